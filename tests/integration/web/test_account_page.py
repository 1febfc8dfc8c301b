"""/account: a person turns their notices off or on and picks their language on their own
page; the choice is kept and audited, a bad language is refused with nothing changed, a monitor
(who is never told of work) is offered no notices, and nothing is shown without a login."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.store.models import AuditEntry, User

PAGE = "/account"


def _user(store, email: str) -> User:
    with store.uow() as uow:
        user = uow.users.by_email(email)
        assert user is not None
        return user


def _save(client, **fields: str):
    form = client.get(PAGE)
    return client.post(PAGE, data={"csrf_token": csrf_from(form.text), **fields})


def test_an_analyst_turns_notices_off_and_picks_a_language(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    assert log_in(client, "fatou@example.org").status_code == 303
    page = client.get(PAGE)
    assert page.status_code == 200
    assert 'name="notices" value="on" checked' in page.text  # on until they say otherwise
    assert "fatou@example.org" in page.text

    saved = _save(client, language="fr")  # the box unticked: no field at all
    assert saved.status_code == 200 and "Saved." in saved.text
    user = _user(sqlite_store, "fatou@example.org")
    assert (user.notices, user.language) == (False, "fr")
    assert 'name="notices" value="on" >' in saved.text
    assert '<option value="fr" lang="fr" selected>' in saved.text

    _save(client, notices="on", language="ar")
    user = _user(sqlite_store, "fatou@example.org")
    assert (user.notices, user.language) == (True, "ar")
    with sqlite_store.uow() as uow:
        changes = [
            e.changes
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "User", AuditEntry.action == "update")
            )
        ]
    assert any("notices" in c for c in changes) and any("language" in c for c in changes)


def test_an_unknown_language_is_refused_and_nothing_changes(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    log_in(client, "fatou@example.org")
    refused = _save(client, language="xx")
    assert refused.status_code == 422 and "language: one of ar, en, es, fr, pt" in refused.text
    user = _user(sqlite_store, "fatou@example.org")
    assert (user.notices, user.language) == (True, "en")
    forged = client.post(PAGE, data={"language": "fr"})  # no CSRF token
    assert forged.status_code == 403
    assert _user(sqlite_store, "fatou@example.org").language == "en"


def test_a_monitor_is_offered_no_notices_and_a_visitor_is_sent_to_log_in(client, sqlite_store):
    anonymous = client.get(PAGE, follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/login?next=/account"
    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    log_in(client, "mo@example.org")
    page = client.get(PAGE)
    assert page.status_code == 200 and "mo@example.org" in page.text
    assert 'name="notices"' not in page.text
    assert 'href="/account"' in client.get("/").text  # their name in the header leads here


def test_an_app_reads_and_changes_the_callers_notices_through_the_api(
    client, sqlite_store, analyst_token
):
    headers = {"Authorization": f"Bearer {analyst_token}"}
    mine = client.get("/api/v1/account", headers=headers)
    assert mine.status_code == 200
    assert {k: mine.json()[k] for k in ("email", "role", "notices", "language")} == {
        "email": "analyst@example.org",
        "role": "analyst",
        "notices": True,
        "language": "en",
    }
    changed = client.patch("/api/v1/account", headers=headers, json={"language": "pt"})
    assert changed.status_code == 200 and changed.json()["language"] == "pt"
    assert changed.json()["notices"] is True  # left out: unchanged
    off = client.patch("/api/v1/account", headers=headers, json={"notices": False})
    assert (off.json()["notices"], off.json()["language"]) == (False, "pt")
    refused = client.patch("/api/v1/account", headers=headers, json={"language": "klingon"})
    assert refused.status_code == 422
    assert _user(sqlite_store, "analyst@example.org").language == "pt"
    assert client.get("/api/v1/account").status_code == 401
