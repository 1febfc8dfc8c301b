from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.conftest import make_principal
from tocsin.domain.roles import Role
from tocsin.web.app import create_app


@pytest.fixture
def app(sqlite_store, settings):
    return create_app(settings, sqlite_store)


@pytest.fixture
def client(app):
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture
def analyst_token(sqlite_store, client) -> str:
    make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    r = client.post(
        "/api/v1/tokens", json={"email": "analyst@example.org", "password": "correct horse battery"}
    )
    assert r.status_code == 201, r.text
    return r.json()["token"]


@pytest.fixture
def monitor_token(sqlite_store, client) -> str:
    make_principal(sqlite_store, Role.MONITOR, "monitor@example.org")
    r = client.post(
        "/api/v1/tokens", json={"email": "monitor@example.org", "password": "correct horse battery"}
    )
    return r.json()["token"]


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def log_in(client, email: str, password: str = "correct horse battery", next_: str = "/"):
    """Log in through the page, as a browser would: fetch the form for its CSRF token, post it."""
    form = client.get("/login")
    return client.post(
        "/login",
        follow_redirects=False,
        data={
            "csrf_token": csrf_from(form.text),
            "email": email,
            "password": password,
            "next": next_,
        },
    )
