"""Events through the API and on a situation's page: public columns only, latest first, and
exports that leave nothing behind on the server."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from datetime import date

import pytest

from tests.conftest import witness_report
from tocsin.risk.situations import ensure_situation
from tocsin.store.models import Event


@pytest.fixture
def events(sqlite_store):
    with sqlite_store.uow() as uow:
        report = witness_report(uow, "R-SECRET-9", "BFA", "+226 555")
        rows = [
            ("acled", "BFA1", date(2020, 3, 1), "Sahel", "Gunmen killed 12 villagers.", 12),
            ("acled", "BFA2", date(2020, 5, 9), "Est", '=HYPERLINK("x","y")', 3),
            ("ged", "G7", date(2020, 4, 2), "Nord", "One-sided violence.", 5),
            ("report", "R-SECRET-9", date(2020, 6, 1), "Sahel", "Witness Amina saw it", 2),
            ("acled", "MLI1", date(2020, 6, 3), "Mopti", "Clashes.", 1),
        ]
        for dataset, source_id, day, admin1, notes, deaths in rows:
            uow.add(
                Event(
                    dataset=dataset,
                    source_event_id=source_id,
                    event_date=day,
                    country_iso3=source_id[:3] if source_id[:3] in ("BFA", "MLI") else "BFA",
                    admin1=admin1,
                    violence_type="violence_against_civilians",
                    civilian_targeting=True,
                    fatalities=deaths,
                    notes=notes,
                    report_id=report.id if dataset == "report" else None,
                    raw={"contact": "+226 555"},
                )
            )
        uow.flush()
        first = uow.session.query(Event).filter_by(source_event_id="BFA1").one()
        uow.add(
            Event(
                dataset="ged",
                source_event_id="G8",
                event_date=date(2020, 3, 1),
                country_iso3="BFA",
                admin1="Sahel",
                fatalities=12,
                duplicate_of_id=first.id,
            )
        )
        uow.commit()
    return sqlite_store


def test_listing_is_latest_first_public_and_filtered(client, events):
    r = client.get("/api/v1/events", params={"country": "Burkina Faso"})
    assert r.status_code == 200 and r.headers["X-Total-Count"] == "4"
    rows = r.json()
    assert [e["event_date"] for e in rows] == [
        "2020-06-01",
        "2020-05-09",
        "2020-04-02",
        "2020-03-01",
    ]
    from_report = rows[0]
    assert from_report["dataset"] == "report"
    assert (from_report["notes"], from_report["source_event_id"]) == (None, None)
    for secret in ("R-SECRET-9", "Amina", "+226", "raw", "report_id"):
        assert secret not in r.text
    page = client.get("/api/v1/events", params={"country": "BFA", "limit": 2, "offset": 2})
    assert [e["source_event_id"] for e in page.json()] == ["G7", "BFA1"]
    window = client.get(
        "/api/v1/events",
        params={"country": "BFA", "since": "2020-04-01", "until": "2020-05-31", "dataset": "acled"},
    )
    assert [e["source_event_id"] for e in window.json()] == ["BFA2"]
    everything = client.get("/api/v1/events", params={"include_duplicates": "true"})
    assert everything.headers["X-Total-Count"] == "6"
    assert client.get("/api/v1/events", params={"since": "2020-02-30"}).status_code == 422
    assert client.get("/api/v1/events", params={"dataset": "twitter"}).status_code == 422


def test_exports_carry_the_same_rows_and_leave_no_file(client, events, tmp_path, monkeypatch):
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    r = client.get("/api/v1/events/export", params={"format": "csv", "country": "BFA"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 4
    assert {row["notes"] for row in rows} >= {'\'=HYPERLINK("x","y")', ""}
    assert "Amina" not in r.text
    hxl = list(csv.reader(io.StringIO(client.get("/api/v1/events/export?format=hxl").text)))
    assert hxl[1][0] == "#event+id" and len(hxl) == 2 + 5
    geo = client.get("/api/v1/events/export?format=geojson&country=MLI")
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = json.loads(geo.text)["features"]
    assert [f["properties"]["source_event_id"] for f in features] == ["MLI1"]
    assert list(spool.iterdir()) == []
    assert client.get("/api/v1/events/export?format=xlsx").status_code == 422


def test_a_situation_page_lists_its_latest_events(client, events):
    with events.uow() as uow:
        situation = ensure_situation(uow, "BFA").id
        uow.commit()
    page = client.get(f"/situations/{situation}").text
    table = page[page.index('id="events"') : page.index("</table>", page.index('id="events"'))]
    assert table.index("2020-06-01") < table.index("2020-03-01")
    assert "verified report" in table and "Gunmen killed 12 villagers." in table
    # The published report's own title is public on the page; the event row is not its text.
    assert "Amina" not in table and "R-SECRET-9" not in page
    assert "Mopti" not in table
    assert "/api/v1/events/export?format=csv&amp;country=BFA" in page


def test_a_situation_page_does_not_count_its_countrys_events(client, events):
    """It shows the latest 15; counting all of them cost a country with 90,000 events a
    third of a second on every view."""
    from sqlalchemy import event

    with events.uow() as uow:
        situation = ensure_situation(uow, "BFA").id
        uow.commit()
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(events.engine, "before_cursor_execute", seen)
    try:
        assert client.get(f"/situations/{situation}").status_code == 200
    finally:
        event.remove(events.engine, "before_cursor_execute", seen)
    assert any("FROM events" in s for s in statements)
    # The trend chart counts by month, grouped; no statement counts the listed events.
    assert not [s for s in statements if s.startswith("SELECT count(*)") and "events" in s]


def test_anonymous_exports_are_limited_per_address(sqlite_store, settings):
    from fastapi.testclient import TestClient

    from tests.conftest import make_principal
    from tocsin.domain.roles import Role
    from tocsin.web.app import create_app

    make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    limited = create_app(settings.model_copy(update={"public_exports_per_hour": 2}), sqlite_store)
    with TestClient(limited, base_url="http://127.0.0.1") as client:
        assert [client.get("/api/v1/events/export").status_code for _ in range(3)] == [
            200,
            200,
            429,
        ]
        refused = client.get("/api/v1/events/export?format=geojson")
        assert "too many exports" in refused.json()["detail"]
        assert client.get("/api/v1/events").status_code == 200  # listing pages is not limited
        token = client.post(
            "/api/v1/tokens",
            json={"email": "analyst@example.org", "password": "correct horse battery"},
        ).json()["token"]
        staff = client.get("/api/v1/events/export", headers={"Authorization": f"Bearer {token}"})
        assert staff.status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/events/export"])
def test_a_period_ending_before_it_starts_is_refused(client, events, path):
    r = client.get(path, params={"since": "2020-06-01", "until": "2020-03-01"})
    assert r.status_code == 422
    assert r.json()["detail"] == "since is after until: the period is empty"
    assert (
        client.get(path, params={"since": "2020-06-01", "until": "2020-06-01"}).status_code == 200
    )


@pytest.mark.parametrize("day", ["86400", "2020-06-01T00:00:00", "2020-6-1", "1591000000.5"])
def test_since_and_until_take_only_a_yyyy_mm_dd_day(client, events, day):
    for name in ("since", "until"):
        r = client.get("/api/v1/events", params={name: day})
        assert r.status_code == 422 and "YYYY-MM-DD" in r.json()["detail"], (name, day)
