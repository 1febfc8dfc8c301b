"""While the store cannot be reached (PostgreSQL stopped), the service says so: /healthz
answers 503 for an uptime monitor, the API a 503 with Retry-After in its one error shape, and a
page the error page, never a plain-text 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.servers import free_port
from tocsin.store.engine import make_engine
from tocsin.store.uow import Store
from tocsin.web.app import create_app

SAID = "the database cannot be reached; try again in a minute"


@pytest.fixture
def down(settings):
    """The app on a PostgreSQL store nothing listens for (a closed loopback port)."""
    store = Store(make_engine(f"postgresql://tocsin@127.0.0.1:{free_port()}/tocsin"))
    with TestClient(create_app(settings, store), base_url="http://127.0.0.1") as client:
        yield client
    store.dispose()


def test_healthz_answers_503_when_the_store_is_unreachable(down):
    got = down.get("/healthz")
    assert got.status_code == 503
    assert got.json()["status"] == "unavailable" and got.json()["detail"] == SAID
    assert got.headers["retry-after"] == "60"
    head = down.head("/healthz")
    assert head.status_code == 503 and head.content == b""


def test_the_api_answers_503_with_a_retry_hint_when_the_store_is_unreachable(down):
    for got in (
        down.get("/api/v1/situations"),
        down.get("/api/v1/events/export"),  # refused before it starts, never a cut-off 200
        down.post(
            "/api/v1/reports",
            json={"title": "t", "text": "x"},
            headers={"authorization": "Bearer not-checked-without-a-store"},
        ),
    ):
        assert got.status_code == 503
        assert got.json() == {"detail": SAID}
        assert got.headers["retry-after"] == "60"


def test_a_page_is_the_error_page_when_the_store_is_unreachable(down):
    got = down.get("/", headers={"accept": "text/html"})
    assert got.status_code == 503
    assert got.headers["content-type"].startswith("text/html")
    assert SAID in got.text
    assert got.headers["retry-after"] == "60"


def test_healthz_is_ok_when_the_store_answers(store, settings):
    with TestClient(create_app(settings, store), base_url="http://127.0.0.1") as client:
        got = client.get("/healthz")
    assert got.status_code == 200 and got.json()["status"] == "ok"
