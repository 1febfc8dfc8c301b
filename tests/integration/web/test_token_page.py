"""/account/tokens: a logged-in person makes an API token in the browser (password asked again,
the token shown once and working), sees their tokens with their ends, and revokes one; no one
else's token is listed or revocable, and nothing happens without a login."""

from __future__ import annotations

import re

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role

PAGE = "/account/tokens"


def _logged_in(client, sqlite_store, email="monitor@example.org"):
    make_principal(sqlite_store, Role.MONITOR, email)
    assert log_in(client, email).status_code == 303


def _make(client, name="phone app", days="30", password="correct horse battery"):
    form = client.get(PAGE)
    return client.post(
        PAGE,
        data={"csrf_token": csrf_from(form.text), "name": name, "days": days, "password": password},
    )


def test_a_token_made_on_the_page_is_shown_once_and_works(client, sqlite_store):
    _logged_in(client, sqlite_store)
    made = _make(client)
    assert made.status_code == 200, made.text
    token = re.search(r'<code id="new-token" class="secret">(tcs_[^<]+)</code>', made.text)[1]
    assert "no-store" in made.headers["cache-control"]
    assert "It stops working on <time datetime=" in made.text

    client.cookies.clear()  # the app has no session, only the token
    mine = client.get("/api/v1/reports/mine", headers={"Authorization": f"Bearer {token}"})
    assert mine.status_code == 200
    listed = client.get("/api/v1/tokens", headers={"Authorization": f"Bearer {token}"}).json()
    assert [t["name"] for t in listed] == ["phone app"]

    log_in(client, "monitor@example.org")
    page = client.get(PAGE)
    assert "phone app" in page.text and token not in page.text  # listed, never shown again


def test_wrong_password_long_life_and_empty_name_are_refused_and_nothing_is_made(
    client, sqlite_store
):
    _logged_in(client, sqlite_store)
    wrong = _make(client, password="guess")
    assert wrong.status_code == 401 and "wrong password" in wrong.text
    assert 'value="phone app"' in wrong.text  # what was typed is kept
    too_long = _make(client, days="400")
    assert too_long.status_code == 422 and "from 1 to 365" in too_long.text
    assert _make(client, days="a week").status_code == 422
    assert _make(client, name="   ").status_code == 422
    assert "You have no API token." in client.get(PAGE).text


def test_a_token_is_revoked_from_the_page_and_stops_working(client, sqlite_store):
    _logged_in(client, sqlite_store)
    token = re.search(r"(tcs_[A-Za-z0-9_-]+)", _make(client).text)[1]
    page = client.get(PAGE)
    action = re.search(r'action="(/account/tokens/\d+/revoke)"', page.text)[1]

    revoked = client.post(action, data={"csrf_token": csrf_from(page.text)}, follow_redirects=False)

    assert revoked.status_code == 303
    assert "revoked" in client.get(PAGE).text
    mine = client.get("/api/v1/reports/mine", headers={"Authorization": f"Bearer {token}"})
    assert mine.status_code == 401


def test_another_persons_token_is_neither_listed_nor_revocable(client, sqlite_store):
    _logged_in(client, sqlite_store, "first@example.org")
    _make(client, name="first's script")
    first_action = re.search(r'action="(/account/tokens/\d+/revoke)"', client.get(PAGE).text)[1]
    client.post("/logout", data={"csrf_token": csrf_from(client.get(PAGE).text)})

    _logged_in(client, sqlite_store, "second@example.org")
    page = client.get(PAGE)
    assert "first&#39;s script" not in page.text and "first's script" not in page.text
    refused = client.post(first_action, data={"csrf_token": csrf_from(page.text)})
    assert refused.status_code == 404


def test_without_a_login_the_page_sends_to_the_login(client):
    answer = client.get(PAGE, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == f"/login?next={PAGE}"
    form = client.get("/login")
    posted = client.post(
        PAGE,
        data={"csrf_token": csrf_from(form.text), "name": "x", "days": "3", "password": "p"},
        follow_redirects=False,
    )
    assert posted.status_code == 303


def test_the_page_speaks_french(client, sqlite_store):
    _logged_in(client, sqlite_store)
    page = client.get(PAGE + "?lang=fr")
    assert '<html lang="fr"' in page.text and "<h1>Jetons d'API</h1>" in page.text
    wrong = _make(client, password="guess")
    assert "mot de passe incorrect" in wrong.text
