"""Cursor paging of the reports and subscribers listings, as for events: the `Link` header
walks every row once, on both stores; a bad cursor is a 400."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from tests.conftest import make_principal
from tocsin.domain.roles import Role
from tocsin.store.models import Report
from tocsin.web.app import create_app
from tocsin.web.cursor import encode

SAME_MOMENT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def client(store, settings):
    make_principal(store, Role.ANALYST, "ana@example.org")
    with store.uow() as uow:
        for i in range(11):
            uow.add(
                Report(
                    reference=f"R-{i:03d}",
                    status="published" if i % 2 else "received",
                    channel="web",
                    title=f"Report {i}",
                    text="Houses were burned.",
                    country_iso3="BFA",
                    # Several received in the same instant: the id breaks the tie.
                    received_at=SAME_MOMENT
                    if i in (3, 4, 5, 6)
                    else datetime(2026, 1, i + 1, tzinfo=UTC),
                )
            )
        uow.commit()
    with TestClient(create_app(settings, store), base_url="http://127.0.0.1") as c:
        token = c.post(
            "/api/v1/tokens", json={"email": "ana@example.org", "password": "correct horse battery"}
        ).json()["token"]
        c.headers["Authorization"] = f"Bearer {token}"
        for i in range(7):
            body = {"email": f"desk{i}@example.org", "countries": ["BFA"]}
            assert c.post("/api/v1/subscribers", json=body).status_code == 201
        yield c


def _walk(client, url: str) -> list[int]:
    ids: list[int] = []
    while url:
        r = client.get(url)
        assert r.status_code == 200, r.text
        ids += [row["id"] for row in r.json()]
        url = r.links.get("next", {}).get("url")
    return ids


@pytest.mark.parametrize(
    "path", ["/api/v1/reports", "/api/v1/reports?status=published", "/api/v1/subscribers"]
)
def test_the_next_links_walk_every_row_once_in_order(client, path):
    whole = [row["id"] for row in client.get(path).json()]
    joiner = "&" if "?" in path else "?"
    assert _walk(client, f"{path}{joiner}limit=2") == whole and len(whole) == len(set(whole))
    assert _walk(client, f"{path}{joiner}limit=3") == whole


def test_the_public_walks_published_reports_only(client):
    del client.headers["Authorization"]
    ids = _walk(client, "/api/v1/reports?limit=2")
    assert len(ids) == 5


@pytest.mark.parametrize("path", ["/api/v1/reports", "/api/v1/subscribers"])
def test_a_bad_cursor_is_refused_clearly(client, path):
    for cursor in ("eyJ4IjoxfQ", encode({"t": "2026-01-01T00:00:00", "i": 3}), encode({"i": 0})):
        r = client.get(path, params={"cursor": cursor})
        assert r.status_code == 400 and r.json()["detail"].startswith("cursor:"), cursor
    cursor = client.get(path, params={"limit": 1}).headers["X-Next-Cursor"]
    r = client.get(path, params={"cursor": cursor, "offset": 1})
    assert r.status_code == 400 and "not both" in r.json()["detail"]
