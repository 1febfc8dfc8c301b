"""A token asked for through the API: its lifetime chosen within the deployment's rule, its end
in the answer, and an expired one refused with a 401 that says it expired."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update

from tests.conftest import make_principal
from tocsin.domain.roles import Role
from tocsin.store.base import utcnow
from tocsin.store.models import ApiToken

LOGIN = {"email": "an@example.org", "password": "correct horse battery"}


def test_the_answer_says_when_the_token_ends_and_a_chosen_lifetime_is_bounded(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, LOGIN["email"])
    default = client.post("/api/v1/tokens", json=LOGIN)
    assert default.status_code == 201, default.text
    ends = datetime.fromisoformat(default.json()["expires_at"])
    assert timedelta(days=89) < ends - utcnow() <= timedelta(days=90)

    week = client.post("/api/v1/tokens", json={**LOGIN, "days": 7})
    assert week.status_code == 201
    assert datetime.fromisoformat(week.json()["expires_at"]) - utcnow() <= timedelta(days=7)
    too_long = client.post("/api/v1/tokens", json={**LOGIN, "days": 366})
    assert too_long.status_code == 422 and "at most 365" in too_long.text
    assert client.post("/api/v1/tokens", json={**LOGIN, "days": 0}).status_code == 422


def test_an_expired_token_is_told_it_expired_and_an_unknown_one_is_not(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, LOGIN["email"])
    token = client.post("/api/v1/tokens", json=LOGIN).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/reports/mine", headers=headers).status_code == 200
    with sqlite_store.uow() as uow:
        uow.session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(hours=1)))
        uow.commit()

    expired = client.get("/api/v1/reports/mine", headers=headers)
    assert expired.status_code == 401
    assert "expired on" in expired.text and "UTC" in expired.text
    unknown = client.get("/api/v1/reports/mine", headers={"Authorization": "Bearer tcs_x"})
    assert unknown.status_code == 401 and "expired" not in unknown.text


def test_the_caller_lists_its_tokens_with_their_end_and_last_use(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, LOGIN["email"])
    make_principal(sqlite_store, Role.ANALYST, "other@example.org")
    client.post("/api/v1/tokens", json={**LOGIN, "email": "other@example.org"})
    phone = client.post("/api/v1/tokens", json={**LOGIN, "name": "phone", "days": 7}).json()
    headers = {"Authorization": f"Bearer {phone['token']}"}

    listed = client.get("/api/v1/tokens", headers=headers)

    assert listed.status_code == 200
    (mine,) = listed.json()  # the other account's token is not listed
    assert mine["name"] == "phone" and mine["state"] == "live"
    assert mine["expires_at"] == phone["expires_at"] and mine["last_used_at"] is not None
    assert "token" not in mine and "token_hash" not in mine
    assert client.get("/api/v1/tokens").status_code == 401


def test_an_app_revokes_its_own_token_and_no_one_elses(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, LOGIN["email"])
    make_principal(sqlite_store, Role.ANALYST, "other@example.org")
    theirs = client.post("/api/v1/tokens", json={**LOGIN, "email": "other@example.org"}).json()
    mine = client.post("/api/v1/tokens", json={**LOGIN, "name": "phone"}).json()
    headers = {"Authorization": f"Bearer {mine['token']}"}
    (listed,) = client.get("/api/v1/tokens", headers=headers).json()
    other_id = listed["id"] - 1  # issued just before, to the other account

    assert client.delete(f"/api/v1/tokens/{other_id}", headers=headers).status_code == 404
    revoked = client.delete(f"/api/v1/tokens/{listed['id']}", headers=headers)

    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    assert client.get("/api/v1/tokens", headers=headers).status_code == 401
    other = {"Authorization": f"Bearer {theirs['token']}"}
    assert client.get("/api/v1/tokens", headers=other).status_code == 200
