"""Following a situation from its page and through the API: an analyst follows and stops
following (CSRF-checked, idempotent), sees their portfolio on /account in the page's
language, and the review queue of those situations' reports; a monitor and the public are
offered no button and refused by the API."""

from __future__ import annotations

import re

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.risk.following import follow
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
    assert "Followed by: Fatou" in again.text  # staff see who covers it

    account = client.get("/account?lang=fr").text
    assert f'<a href="{page}">Côte d’Ivoire</a>' in account

    client.post(f"{page}/unfollow", data={"csrf_token": csrf_from(again.text)})
    assert f'action="{page}/follow"' in client.get(page).text
    assert "You follow no situation" in client.get("/account?lang=en").text


def test_a_monitor_and_the_public_are_offered_no_following(client, sqlite_store):
    situation_id = _situation(sqlite_store)
    page = f"/situations/{situation_id}"
    fatou = make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    with sqlite_store.uow(fatou.actor) as uow:
        follow(uow, situation_id, fatou)
    public = client.get(page).text
    assert "/follow" not in public and "Fatou" not in public  # no staff name for the public
    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    log_in(client, "mo@example.org")
    shown = client.get(page)
    assert "/follow" not in shown.text and "Followed by" not in shown.text
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
    listed = client.get("/api/v1/situations?followed=true", headers=headers).json()
    assert sorted(s["id"] for s in listed) == sorted([situation_id, other])
    assert all(s["following"] for s in listed)
    assert client.get(f"/api/v1/situations/{other}", headers=headers).json()["following"] is True
    public = client.get("/api/v1/situations").json()
    assert len(public) == 2 and not any(s["following"] for s in public)
    assert client.get("/api/v1/situations?followed=true").json() == []
    gone = client.delete(url, headers=headers)
    assert gone.json() == {"situation_id": situation_id, "following": False, "changed": True}
    assert client.get("/api/v1/account", headers=headers).json()["following"] == [other]
    after = client.get("/api/v1/situations", headers=headers).json()
    assert {s["id"]: s["following"] for s in after} == {situation_id: False, other: True}
    assert client.put("/api/v1/situations/9999/follow", headers=headers).status_code == 404
    monitor = {"Authorization": f"Bearer {monitor_token}"}
    assert client.put(url, headers=monitor).status_code == 403
    assert client.put(url).status_code == 401


def _report(client, title: str, country: str) -> int:
    sent = {"title": title, "text": "Houses were burned at night.", "country": country}
    return client.post("/api/v1/reports", json=sent).json()["id"]


def _queued(html: str) -> list[str]:
    return sorted(re.findall(r'<a href="/review/\d+" dir="auto">([^<]+)</a>', html))


def test_the_review_queue_narrows_to_the_situations_one_follows(client, sqlite_store):
    """Fatou follows Mali: the queue offers her Mali's reports apart, with the other filters
    kept; an analyst who follows nothing is not offered the filter."""
    mali = _situation(sqlite_store, "MLI")
    for title, country in (("Mopti", "MLI"), ("Gao", "MLI"), ("Dori", "BFA")):
        _report(client, title, country)
    fatou = make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    make_principal(sqlite_store, Role.ANALYST, "awa@example.org")
    with sqlite_store.uow(fatou.actor) as uow:
        follow(uow, mali, fatou)
    log_in(client, "fatou@example.org")

    queue = client.get("/review").text
    assert _queued(queue) == ["Dori", "Gao", "Mopti"]
    assert '<a href="/review?followed=1">Situations I follow: 2</a>' in queue
    mine = client.get("/review?followed=1").text
    assert _queued(mine) == ["Gao", "Mopti"]
    assert '<a href="/review?assigned=nobody&amp;followed=1">' in mine  # kept by the others
    assert _queued(client.get("/review?followed=1&assigned=nobody&country=BFA").text) == []

    log_in(client, "awa@example.org")
    assert "Situations I follow" not in client.get("/review").text


def test_the_api_lists_the_reports_of_the_situations_one_follows(
    client, sqlite_store, analyst_token
):
    mali = _situation(sqlite_store, "MLI")
    _report(client, "Mopti", "MLI")
    _report(client, "Dori", "BFA")
    headers = {"Authorization": f"Bearer {analyst_token}"}
    url = "/api/v1/reports?followed=true"
    assert client.get(url, headers=headers).json() == []  # follows nothing yet
    client.put(f"/api/v1/situations/{mali}/follow", headers=headers)
    listed = client.get(url, headers=headers)
    assert [r["title"] for r in listed.json()] == ["Mopti"]
    assert listed.headers["X-Total-Count"] == "1"
    assert client.get(url).status_code == 403  # the public: no such filter


def test_the_watchlist_marks_and_narrows_to_the_situations_one_follows(client, sqlite_store):
    mali, _ = _situation(sqlite_store, "MLI"), _situation(sqlite_store, "BFA")
    fatou = make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    with sqlite_store.uow(fatou.actor) as uow:
        follow(uow, mali, fatou)
    assert "You follow it" not in client.get("/").text  # the public
    log_in(client, "fatou@example.org")

    everything = client.get("/").text
    assert _watched(everything) == {"Burkina Faso", "Mali"}
    assert everything.count("You follow it") == 1
    assert '<a href="/?followed=1">Only the situations I follow (1)</a>' in everything
    mine = client.get("/?followed=1").text
    assert _watched(mine) == {"Mali"}
    assert '<a href="/">Every situation, not only those I follow</a>' in mine


def _watched(html: str) -> set[str]:
    return set(re.findall(r'<a href="/situations/\d+">([^<]+)</a>', html))
