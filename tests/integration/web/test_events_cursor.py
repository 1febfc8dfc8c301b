"""Cursor paging of the events API: every event once, in the listing's order, whatever is
added meanwhile, on both stores; offsets keep working; a bad cursor is a clear 400."""

from __future__ import annotations

import base64
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.conftest import witness_report
from tocsin.store.models import Event
from tocsin.web.app import create_app

DAYS = [date(2021, 1, 1) + timedelta(days=i // 3) for i in range(23)]  # three events a day


@pytest.fixture
def client(store, settings):
    with store.uow() as uow:
        report = witness_report(uow, "R-SECRET-9", "BFA", "+226 555")
        for i, day in enumerate(DAYS):
            uow.add(
                Event(
                    dataset="report" if i == 7 else "acled",
                    source_event_id=f"E{i}",
                    event_date=day,
                    country_iso3="MLI" if i % 5 == 0 else "BFA",
                    notes="Witness Amina" if i == 7 else f"event {i}",
                    report_id=report.id if i == 7 else None,
                )
            )
        uow.commit()
    with TestClient(create_app(settings, store), base_url="http://127.0.0.1") as c:
        yield c


def _walk(client, url: str) -> tuple[list[str], list]:
    ids, pages = [], []
    while url:
        r = client.get(url)
        assert r.status_code == 200, r.text
        pages.append(r)
        ids += [e["source_event_id"] or "report" for e in r.json()]
        url = r.links.get("next", {}).get("url")
    return ids, pages


def test_following_the_next_links_gives_every_event_once_in_order(client):
    everything = [e["source_event_id"] or "report" for e in client.get("/api/v1/events").json()]
    ids, pages = _walk(client, "/api/v1/events?limit=4")
    assert ids == everything and len(ids) == 23
    assert len(pages) == 6 and "link" not in pages[-1].headers
    assert all(p.headers["X-Total-Count"] == "23" for p in pages)
    assert pages[0].headers["X-Next-Cursor"] in pages[0].links["next"]["url"]
    for secret in ("R-SECRET-9", "Amina", "+226"):
        assert all(secret not in p.text for p in pages)


def test_the_next_link_keeps_the_filters(client):
    ids, pages = _walk(client, "/api/v1/events?country=BFA&since=2021-01-02&limit=3")
    expected = client.get("/api/v1/events", params={"country": "BFA", "since": "2021-01-02"})
    assert ids == [e["source_event_id"] or "report" for e in expected.json()]
    assert "country=BFA" in pages[0].links["next"]["url"]


def test_a_page_full_to_the_last_row_has_no_next_link(client):
    r = client.get("/api/v1/events?limit=23")
    assert len(r.json()) == 23 and "link" not in r.headers and "x-next-cursor" not in r.headers


def test_events_added_meanwhile_do_not_shift_the_next_page(client, store):
    first = client.get("/api/v1/events?limit=5")
    with store.uow() as uow:
        uow.add(
            Event(
                dataset="acled",
                source_event_id="NEW",
                event_date=date(2030, 1, 1),
                country_iso3="BFA",
            )
        )
        uow.commit()
    following = client.get(first.links["next"]["url"]).json()
    offset_page = client.get("/api/v1/events?limit=5&offset=5").json()
    assert following[0]["event_date"] <= first.json()[-1]["event_date"]
    assert following[0]["id"] != first.json()[-1]["id"]
    assert following[:4] == offset_page[1:]  # the offset page slid back by the new event


def test_offset_paging_still_works_and_links_a_cursor(client):
    r = client.get("/api/v1/events?limit=4&offset=4")
    assert len(r.json()) == 4 and "offset" not in r.links["next"]["url"]
    after = client.get(r.links["next"]["url"]).json()
    assert after == client.get("/api/v1/events?limit=4&offset=8").json()


@pytest.mark.parametrize(
    "cursor",
    [
        "nonsense!",
        "e30",  # {}
        base64.urlsafe_b64encode(b'{"d":"2021-13-01","i":3}').decode(),
        base64.urlsafe_b64encode(b'{"d":"2021-01-01","i":"3"}').decode(),
        base64.urlsafe_b64encode(b'{"d":"2021-01-01","i":99999999999999999999}').decode(),
        base64.urlsafe_b64encode(b'{"d":"2021-01-01","i":true}').decode(),
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
    ],
)
def test_a_cursor_that_cannot_be_read_is_refused_clearly(client, cursor):
    r = client.get("/api/v1/events", params={"cursor": cursor})
    assert r.status_code == 400
    assert r.json()["detail"].startswith("cursor: not a cursor this listing gave")


def test_a_cursor_with_an_offset_is_refused(client):
    cursor = client.get("/api/v1/events?limit=2").headers["X-Next-Cursor"]
    r = client.get("/api/v1/events", params={"cursor": cursor, "offset": 3})
    assert r.status_code == 400 and "not both" in r.json()["detail"]
