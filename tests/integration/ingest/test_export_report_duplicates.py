"""A duplicate link never ties a public event to a report's event: the partner's or ACLED's
event stays listed, unlinked, and its point never stands in for the report's blanked one.

The reviewer's steps: a monitor's report with a point, verified but not published; a partner
row a kilometre away imported and linked to it as a probable duplicate; then published."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from tests.integration.ingest.layouts import acled_row, write_acled
from tocsin.accounts.service import Principal
from tocsin.domain.reports import Channel
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.export import EventFilter, export_events, public_page
from tocsin.ingest.pipeline import import_file
from tocsin.intake.service import (
    parse_submission,
    parse_verification,
    publish_report,
    submit_report,
    verify_report,
)
from tocsin.store.models import Event
from tocsin.store.uow import Store

DAY = date(2026, 11, 10)
REPORT_POINT = (13.10234, -1.08765)
PARTNER_MAPPING = {
    "source": "partner-x",
    "columns": {
        "source_event_id": "Incident ID",
        "event_date": "Date",
        "country": "Country",
        "admin1": "Region",
        "place_name": "Town",
        "latitude": "Lat",
        "longitude": "Lon",
        "event_type": "Type",
        "actor1": "Perpetrator",
        "fatalities": "Killed",
        "notes": "Description",
    },
}


def _verified_report(store: Store, monitor: Principal, analyst: Principal) -> int:
    submission = {
        "title": "Four villagers killed",
        "text": "Gunmen killed four villagers on the road near the safehouse.",
        "country": "BFA",
        "occurred_on": DAY.isoformat(),
        "admin1": "Centre-Nord",
        "place_name": "Safehouse Delta",
        "latitude": REPORT_POINT[0],
        "longitude": REPORT_POINT[1],
    }
    with store.uow(monitor.actor) as uow:
        report_id = submit_report(uow, parse_submission(submission), monitor, Channel.API).id
    decision = {
        "event_type": "Violence against civilians",
        "fatalities": 4,
        "civilian_targeting": True,
    }
    with store.uow(analyst.actor) as uow:
        verify_report(uow, report_id, parse_verification(decision), analyst, today=DAY)
    return report_id


def _publish(store: Store, analyst: Principal, report_id: int) -> None:
    with store.uow(analyst.actor) as uow:
        publish_report(uow, report_id, analyst)


def _import_partner_row(store: Store, tmp_path: Path, linked: int = 1) -> None:
    mapping = tmp_path / "partner.yaml"
    mapping.write_text(yaml.safe_dump(PARTNER_MAPPING), encoding="utf-8")
    rows = tmp_path / "partner.csv"
    rows.write_text(
        "Incident ID,Date,Country,Region,Town,Lat,Lon,Type,Perpetrator,Killed,Description\n"
        f"P-2,{DAY},BFA,Centre-Nord,Kaya,13.09,-1.08,Violence against civilians,"
        "Unknown gunmen,4,Four civilians killed near Kaya\n",
        encoding="utf-8",
    )
    result = import_file(store, "csv", rows, ImportOptions(mapping=mapping))
    assert (result.job.taken, result.job.duplicates) == (1, linked)


def _import_acled_row(store: Store, tmp_path: Path, linked: int = 1) -> None:
    row = acled_row(
        "BFA9001",
        event_date="10 November 2026",
        year="2026",
        iso="854",
        country="Burkina Faso",
        admin1="Centre-Nord",
        admin2="Sanmatenga",
        location="Kaya",
        latitude="13.0917",
        longitude="-1.0844",
        actor1="Unidentified Armed Group (Burkina Faso)",
        actor2="Civilians (Burkina Faso)",
        fatalities="4",
    )
    result = import_file(store, "acled", write_acled(tmp_path / "acled.csv", [row]))
    assert (result.job.taken, result.job.duplicates) == (1, linked)


def _stored(store: Store, dataset: str) -> Event:
    with store.uow() as uow:
        return uow.session.query(Event).filter_by(dataset=dataset, country_iso3="BFA").one()


def _page(store: Store, include_duplicates: bool) -> list[dict[str, Any]]:
    where = EventFilter(country="BFA", include_duplicates=include_duplicates)
    return public_page(store, where, limit=100)[0]


def _exports(store: Store, include_duplicates: bool) -> dict[str, list[dict[str, Any]]]:
    """Each export's rows, as dicts of the public columns."""
    where = EventFilter(country="BFA", include_duplicates=include_duplicates)
    rows: dict[str, list[dict[str, Any]]] = {}
    for fmt in ("csv", "hxl", "geojson"):
        out = io.StringIO()
        export_events(store, fmt, out, where)
        if fmt == "geojson":
            features = json.loads(out.getvalue())["features"]
            rows[fmt] = [{**f["properties"], "geometry": f["geometry"]} for f in features]
        else:
            lines = out.getvalue().splitlines()
            del lines[1 : 2 if fmt == "hxl" else 1]  # the hashtag row
            rows[fmt] = [{k: (v or None) for k, v in r.items()} for r in csv.DictReader(lines)]
    return rows


def _as_listed(rows: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return sorted((r["dataset"], r["duplicate_of_id"]) for r in rows)


def test_a_partner_row_linked_to_a_report_is_listed_unlinked_before_and_after_publication(
    store: Store, monitor: Principal, analyst: Principal, tmp_path: Path
) -> None:
    report_id = _verified_report(store, monitor, analyst)
    _import_partner_row(store, tmp_path)
    report_event, partner = _stored(store, "report"), _stored(store, "csv")
    assert partner.duplicate_of_id == report_event.id, "the stored link is the analysts'"

    # Unpublished: the partner's event is an original, and nothing tells of the report.
    for include_duplicates in (False, True):
        assert _as_listed(_page(store, include_duplicates)) == [("csv", None)]
        for fmt, rows in _exports(store, include_duplicates).items():
            assert _as_listed(rows) == [("csv", None)], fmt

    _publish(store, analyst, report_id)

    # Published: both are listed, the report's without its point, and no link joins them.
    for include_duplicates in (False, True):
        page = _page(store, include_duplicates)
        assert _as_listed(page) == [("csv", None), ("report", None)]
        from_report = next(e for e in page if e["dataset"] == "report")
        assert (from_report["latitude"], from_report["place_name"]) == (None, None)
        for fmt, rows in _exports(store, include_duplicates).items():
            assert _as_listed(rows) == [("csv", None), ("report", None)], fmt
            assert str(report_event.id) not in {str(r["duplicate_of_id"]) for r in rows}
    with store.uow() as uow:
        assert uow.session.get(Event, partner.id).duplicate_of_id == report_event.id


def test_a_report_linked_as_the_duplicate_of_an_acled_event_is_not_tied_to_it(
    store: Store, monitor: Principal, analyst: Principal, tmp_path: Path
) -> None:
    report_id = _verified_report(store, monitor, analyst)
    _import_acled_row(store, tmp_path)
    acled, report_event = _stored(store, "acled"), _stored(store, "report")
    assert report_event.duplicate_of_id == acled.id

    assert _as_listed(_page(store, include_duplicates=True)) == [("acled", None)]
    _publish(store, analyst, report_id)

    # The report's event is not hidden as a duplicate, which would mark it as ACLED's.
    for include_duplicates in (False, True):
        assert _as_listed(_page(store, include_duplicates)) == [("acled", None), ("report", None)]
        for fmt, rows in _exports(store, include_duplicates).items():
            assert _as_listed(rows) == [("acled", None), ("report", None)], fmt
            (from_report,) = [r for r in rows if r["dataset"] == "report"]
            assert from_report.get("geometry") is None and from_report.get("latitude") is None


def test_a_link_between_two_imported_datasets_stays_public(store: Store, tmp_path: Path) -> None:
    _import_acled_row(store, tmp_path, linked=0)
    _import_partner_row(store, tmp_path)
    acled = _stored(store, "acled")

    assert _as_listed(_page(store, include_duplicates=False)) == [("acled", None)]
    assert _as_listed(_page(store, include_duplicates=True)) == [
        ("acled", None),
        ("csv", acled.id),
    ]
