"""HTML pages without a browser: forms work without JavaScript, CSRF is enforced, output escaped."""

from __future__ import annotations

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role


def test_public_form_submits_without_javascript(client, sqlite_store):
    page = client.get("/report")
    assert page.status_code == 200
    r = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": "Houses burned",
            "text": "Houses were burned at night in the village.",
            "country": "BFA",
            "reporter_contact": "secret@example.org",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/report/thanks/R-")
    with sqlite_store.uow() as uow:
        (report,) = uow.reports.list()
        assert report.channel == "web" and report.reporter_contact == "secret@example.org"


def test_form_without_csrf_token_is_refused(client, sqlite_store):
    client.get("/report")
    r = client.post("/report", data={"title": "x", "text": "y" * 20, "country": "BFA"})
    assert r.status_code == 403
    with sqlite_store.uow() as uow:
        assert uow.reports.list() == []


def test_form_errors_are_shown_and_values_kept(client):
    page = client.get("/report")
    r = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": "Kept title",
            "text": "short",
            "country": "BFA",
        },
    )
    assert r.status_code == 422
    assert "text" in r.text and 'value="Kept title"' in r.text


def test_script_in_a_report_is_rendered_escaped(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    page = client.get("/report")
    client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": "<script>alert(1)</script>",
            "text": "<img src=x onerror=alert(2)> happened",
            "country": "BFA",
        },
    )
    log_in(client, "an@example.org", next_="/review")
    queue = client.get("/review")
    assert "<script>alert(1)</script>" not in queue.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in queue.text


def test_review_queue_requires_login(client):
    r = client.get("/review", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_wrong_password_is_refused(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    r = log_in(client, "an@example.org", password="wrong password!")
    assert r.status_code == 401 and "wrong email or password" in r.text


def test_login_redirect_stays_on_site(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    r = log_in(client, "an@example.org", next_="//evil.example.com/")
    assert r.status_code == 303 and r.headers["location"] == "/"
