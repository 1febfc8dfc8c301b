"""Following a situation from its page and through the API: an analyst follows and stops
following (CSRF-checked, idempotent), sees their portfolio on /account in the page's
language; a monitor and the public are offered no button and refused by the API."""

from __future__ import annotations

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.risk.situations import ensure_situation


def _situation(store, country: str = "CIV") -> int:
    with store.uow() as uow:
        situation = ensure_situation(uow, country)
        uow.commit()
        return situation.id


def test_an_analyst_follows_a_situation_from_its_page(client, sqlite_store):
    situation_id = _situation(sqlite_store)
    make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    log_in(client, "fatou@example.org")
    page = f"/situations/{situation_id}"
    shown = client.get(page)
    assert f'action="{page}/follow"' in shown.text
    assert "You follow no situation" in client.get("/account").text

    forged = client.post(f"{page}/follow", data={}, follow_redirects=False)
    assert forged.status_code == 403
    followed = client.post(
        f"{page}/follow", data={"csrf_token": csrf_from(shown.text)}, follow_redirects=False
    )
    assert followed.status_code == 303 and followed.headers["location"] == page
    again = client.get(page)
    assert "You follow this situation" in again.text
    assert f'action="{page}/unfollow"' in again.text

    account = client.get("/account?lang=fr").text
    assert f'<a href="{page}">Côte d’Ivoire</a>' in account

    client.post(f"{page}/unfollow", data={"csrf_token": csrf_from(again.text)})
    assert f'action="{page}/follow"' in client.get(page).text
    assert "You follow no situation" in client.get("/account").text


def test_a_monitor_and_the_public_are_offered_no_following(client, sqlite_store):
    situation_id = _situation(sqlite_store)
    page = f"/situations/{situation_id}"
    assert "/follow" not in client.get(page).text
    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    log_in(client, "mo@example.org")
    shown = client.get(page)
    assert "/follow" not in shown.text
    refused = client.post(f"{page}/follow", data={"csrf_token": csrf_from(shown.text)})
    assert refused.status_code == 403
    assert "Situations you follow" not in client.get("/account").text


def test_an_app_follows_through_the_api(client, sqlite_store, analyst_token, monitor_token):
    situation_id = _situation(sqlite_store)
    other = _situation(sqlite_store, "MLI")
    headers = {"Authorization": f"Bearer {analyst_token}"}
    url = f"/api/v1/situations/{situation_id}/follow"
    first = client.put(url, headers=headers)
    assert first.status_code == 200
    assert first.json() == {"situation_id": situation_id, "following": True, "changed": True}
    assert client.put(url, headers=headers).json()["changed"] is False
    client.put(f"/api/v1/situations/{other}/follow", headers=headers)
    assert client.get("/api/v1/account", headers=headers).json()["following"] == sorted(
        [situation_id, other], key=lambda i: {situation_id: "Côte", other: "Mali"}[i]
    )
    gone = client.delete(url, headers=headers)
    assert gone.json() == {"situation_id": situation_id, "following": False, "changed": True}
    assert client.get("/api/v1/account", headers=headers).json()["following"] == [other]
    assert client.put("/api/v1/situations/9999/follow", headers=headers).status_code == 404
    monitor = {"Authorization": f"Bearer {monitor_token}"}
    assert client.put(url, headers=monitor).status_code == 403
    assert client.put(url).status_code == 401
