"""UCDP GED and GDELT: the real samples, and small files in the exact published layouts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.integration.ingest.layouts import (
    GDELT_1_COLUMNS,
    GDELT_2_COLUMNS,
    GED_20_COLUMNS,
    write_gdelt,
    write_ged20,
)
from tests.integration.ingest.lookup import count, event
from tests.shared_data import shared_file
from tocsin.ingest import gdelt
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.jobs import job_rejects
from tocsin.ingest.pipeline import import_file
from tocsin.store.models import Event
from tocsin.store.uow import Store


def test_ged_191_sample_maps_by_name(store: Store, ged191: Path) -> None:
    result = import_file(store, "ged", ged191)

    assert (result.job.rows_read, result.job.taken, result.job.rejected) == (3194, 3193, 1)
    [bad] = job_rejects(store, result.job.id)
    assert (bad.source_event_id, bad.field) == ("210317", "fatalities_low")  # low 2 > high 1
    e = event(store, "ged", "209980")
    assert e.event_date == date(2015, 5, 11) and e.date_precision == 2
    assert (e.country_iso3, e.admin1, e.place_name) == ("MMR", "Shan State", "Laukkaing Town")
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (1, 1, 30)
    assert (e.event_type, e.violence_type, e.civilian_targeting) == (
        "state-based",
        "armed_conflict",
        False,
    )
    assert e.actor1 == "Government of Myanmar (Burma)" and e.actor2 == "MNDAA"
    assert count(store, Event.dataset == "ged", Event.civilian_targeting.is_(True)) == 1520
    assert count(store, Event.country_iso3 == "BGD") == 601


def test_ged_newer_layout_of_49_columns(store: Store, tmp_path: Path) -> None:
    assert len(GED_20_COLUMNS) == 49
    base = {
        "year": "2020",
        "active_year": "1",
        "code_status": "Clear",
        "type_of_violence": "3",
        "side_a": "Government of Nigeria",
        "side_b": "Civilians",
        "country": "Nigeria",
        "country_id": "475",
        "adm_1": "Borno state",
        "where_coordinates": "Maiduguri town",
        "latitude": "11.846440",
        "longitude": "13.160270",
        "date_prec": "4",
        "date_start": "2020-03-01 00:00:00.000",
        "date_end": "2020-03-31 00:00:00.000",
        "best": "12",
        "high": "20",
        "low": "10",
    }
    path = write_ged20(
        tmp_path / "ged201.csv",
        [
            {**base, "id": "1001", "relid": "NGA-2020-1-1"},
            {
                **base,
                "id": "1002",
                "type_of_violence": "1",
                "side_b": "Boko Haram",
                "best": "3",
                "high": "3",
                "low": "3",
                "date_prec": "1",
                "date_start": "2020-03-05 00:00:00.000",
            },
            {**base, "id": "1003", "date_start": "2020-02-31 00:00:00.000"},
        ],
    )

    result = import_file(store, "ged", path)

    assert (result.job.taken, result.job.rejected) == (2, 1)
    [bad] = job_rejects(store, result.job.id)
    assert (bad.line, bad.field, bad.reason) == (4, "event_date", "impossible or unreadable date")
    one_sided = event(store, "ged", "1001")
    assert (one_sided.fatalities, one_sided.fatalities_low, one_sided.fatalities_high) == (
        12,
        10,
        20,
    )
    assert one_sided.date_precision == 3 and one_sided.event_date == date(2020, 3, 1)
    assert one_sided.civilian_targeting and one_sided.country_iso3 == "NGA"
    assert event(store, "ged", "1002").violence_type == "armed_conflict"


def test_gdelt_2_sample_takes_located_material_conflict(store: Store) -> None:
    path = shared_file("events/gdelt/20191024143000.export.CSV")

    result = import_file(store, "gdelt", path)

    job = result.job
    assert (job.rows_read, job.taken, job.skipped, job.rejected) == (2111, 329, 1782, 0)
    assert job.taken + job.skipped == job.rows_read  # nothing silently dropped
    assert count(store, Event.dataset == "gdelt", Event.violence_type.is_(None)) == 0


def test_gdelt_2_layout_of_61_columns(store: Store, tmp_path: Path) -> None:
    assert gdelt.columns(61) == GDELT_2_COLUMNS and len(GDELT_2_COLUMNS) == 61
    fight = {
        "GLOBALEVENTID": "900000001",
        "SQLDATE": "20191024",
        "Actor1Name": "NIGERIA",
        "Actor2Name": "BOKO HARAM",
        "EventCode": "190",
        "EventRootCode": "19",
        "QuadClass": "4",
        "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Maiduguri, Borno, Nigeria",
        "ActionGeo_CountryCode": "NI",
        "ActionGeo_Lat": "11.8464",
        "ActionGeo_Long": "13.1603",
        "DATEADDED": "20191024143000",
        "SOURCEURL": "https://example.org/a",
    }
    massacre = {
        **fight,
        "GLOBALEVENTID": "900000002",
        "EventCode": "202",
        "EventRootCode": "20",
        "Actor2Type1Code": "CVL",
    }
    meeting = {
        **fight,
        "GLOBALEVENTID": "900000003",
        "EventCode": "040",
        "EventRootCode": "04",
        "QuadClass": "1",
    }
    path = write_gdelt(
        tmp_path / "20191024150000.export.CSV", GDELT_2_COLUMNS, [fight, massacre, meeting]
    )

    result = import_file(store, "gdelt", path)

    assert (result.job.taken, result.job.skipped) == (2, 1)
    e = event(store, "gdelt", "900000001")
    assert (e.country_iso3, e.admin1, e.place_name) == ("NGA", "Borno", "Maiduguri")
    assert (e.event_type, e.violence_type, e.fatalities) == ("Fight", "armed_conflict", None)
    assert e.source_line == 1 and e.notes == "https://example.org/a"
    killing = event(store, "gdelt", "900000002")
    assert killing.civilian_targeting and killing.violence_type == "violence_against_civilians"

    everything = import_file(store, "gdelt", path, ImportOptions(include_all=True), resume=False)
    assert (everything.job.taken, everything.job.unchanged) == (1, 2)


@pytest.mark.parametrize(
    "name,columns", [("gdelt1_20160728.export.CSV", 58), ("gdelt1_1982.backfile.CSV", 57)]
)
def test_gdelt_1_daily_and_back_files(sqlite_store: Store, name: str, columns: int) -> None:
    path = shared_file(f"events/gdelt/{name}")
    assert len(gdelt.columns(columns)) == columns
    if columns == 58:
        assert gdelt.columns(58) == GDELT_1_COLUMNS

    result = import_file(sqlite_store, "gdelt", path)

    job = result.job
    assert job.status == "succeeded" and job.taken > 0
    assert job.taken + job.skipped + job.rejected == job.rows_read
