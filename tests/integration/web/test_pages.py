"""HTML pages without a browser: forms work without JavaScript, CSRF is enforced, output escaped."""

from __future__ import annotations

import re

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role


def _submit(client, title: str, text: str, country: str) -> str:
    """A report sent through the public form, as a reporter's browser would; the page the
    browser is sent to next."""
    page = client.get("/report")
    sent = client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), "title": title, "text": text, "country": country},
        follow_redirects=False,
    )
    return sent.headers["location"]


def _coded(client, store, title: str, text: str, country: str, coding: dict) -> int:
    """A report from the public form, with what the worker's coders would have stored."""
    from datetime import UTC, datetime

    _submit(client, title, text, country)
    with store.uow() as uow:
        (report,) = uow.reports.list()
        report.coding = coding
        report.coded_at = datetime.now(UTC)
        uow.commit()
        return report.id


def _decide(client, page, report_id: int, follow: bool = False, **fields: str):
    """The analyst's decision on a report, posted from its review page."""
    return client.post(
        f"/review/{report_id}",
        data={"csrf_token": csrf_from(page.text), "decision": "verify", **fields},
        follow_redirects=follow,
    )


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
    reference = r.headers["location"].rsplit("/", 1)[1]
    assert reference in client.get(r.headers["location"]).text
    # The page does not repeat whatever another address puts in it.
    spoof = client.get("/report/thanks/ACCOUNT LOCKED call +1 555 0100")
    assert spoof.status_code == 200 and "ACCOUNT LOCKED" not in spoof.text
    with sqlite_store.uow() as uow:
        (report,) = uow.reports.list()
        assert report.channel == "web" and report.reporter_contact == "secret@example.org"


def test_form_without_csrf_token_is_refused(client, sqlite_store):
    client.get("/report")
    r = client.post("/report", data={"title": "x", "text": "y" * 20, "country": "BFA"})
    assert r.status_code == 403
    with sqlite_store.uow() as uow:
        assert uow.reports.list() == []


def test_the_form_limits_hold_behind_the_csrf_check(client, sqlite_store):
    """The CSRF check reads the form first; the limit on files must hold all the same, so that
    a post of hundreds of files is stopped while it is read, not spooled and then refused."""
    from tocsin.web.deps import FORM_MAX_FILES

    page = client.get("/report")
    files = [("attachments", (f"p{i}.png", b"x", "image/png")) for i in range(FORM_MAX_FILES + 1)]
    r = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": "Too many files",
            "text": "Houses were burned at night in the village.",
            "country": "BFA",
        },
        files=files,
    )
    assert r.status_code == 400 and "Too many files" in r.text
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
    _submit(client, "<script>alert(1)</script>", "<img src=x onerror=alert(2)> happened", "BFA")
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


def test_review_page_shows_and_preselects_the_suggested_event_type(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    text = "A crowd of residents beat a suspected thief to death at the market."
    suggestion = {
        "type": "Riots",
        "confidence": 0.81,
        "civilian_targeting": True,
        "method": "trained",
        "span": None,
    }
    report_id = _coded(
        client,
        sqlite_store,
        "Thief lynched",
        text,
        "BEN",
        {"language": "en", "event_type": suggestion},
    )
    log_in(client, "an@example.org", next_="/review")
    html = client.get(f"/review/{report_id}").text
    assert re.search(r'id="suggested-event-type">Riots \(0\.81, trained model\)<', html)
    assert '<option value="Riots" selected>Riots</option>' in html
    assert re.search(r'name="civilian_targeting" checked', html)
    assert "{'type'" not in html and "{&#39;type" not in html


def test_review_queue_says_what_the_coders_know(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/review")
    coders = client.get("/review").text.split('id="coders"')[1]
    assert "keyword rules (no model trained yet" in coders
    assert "Learning from your decisions: not run yet" in coders
    assert "a learned second opinion once 20 reports are answered" in coders


def test_review_queue_names_a_trained_model_and_the_last_learning(client, sqlite_store, settings):
    import json

    models = settings.data_dir / "models"
    models.mkdir(parents=True, exist_ok=True)
    (models / "event_types.joblib").write_bytes(b"model")
    meta = {"examples": 105, "analyst_examples": 5, "saved_at": "2026-11-20T10:00:00+00:00"}
    (models / "event_types.json").write_text(json.dumps(meta))
    (models / "incitement.joblib").write_bytes(b"model")
    (models / "incitement.json").write_text(
        json.dumps({"examples": 64, "analyst_examples": 24, "source": "files"})
    )
    (models / "learning.json").write_text(
        json.dumps(
            {
                "learned_at": "2026-11-20T10:00:00+00:00",
                "indicator_decisions": 12,
                "event_type_decisions": 5,
                "incitement_decisions": 25,
            }
        )
    )
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/review")
    coders = client.get("/review").text.split('id="coders"')[1]
    assert "a trained model, from 100 exported notes and 5 of your decisions" in coders
    assert "learned second opinion, from 40 labelled examples and 24 of your answers" in coders
    assert "on 12 confirmed indicators, 5 verified event types and 25 incitement answers" in coders


def test_analyst_answers_the_incitement_and_language_suggestions(client, sqlite_store):
    """The suggestions are pre-selected; the analyst's answers are kept beside them."""
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    text = "A councillor said on the radio that the Kari are cockroaches."
    report_id = _coded(
        client,
        sqlite_store,
        "Radio speech",
        text,
        "BEN",
        {
            "language": "fr",
            "incitement": {
                "detected": True,
                "score": 0.9,
                "target_group": "the Kari",
                "span": [30, 60],
            },
        },
    )
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    fieldset = page.text.split('id="incitement-decision"')[1].split("</fieldset>")[0]
    assert "suggested: present" in fieldset
    assert re.search(r'value="present" checked', fieldset)
    assert 'value="the Kari"' in fieldset
    assert re.search(r'<option value="fr" selected>French</option>', page.text)

    r = _decide(
        client,
        page,
        report_id,
        event_type="Protests",
        incitement="absent",
        incitement_target="the Kari",
        language="en",
    )
    assert r.status_code == 303
    with sqlite_store.uow() as uow:
        report = uow.reports.get(report_id)
        decided = report.coding_decisions
        assert report.status == "verified" and report.language == "en"
    assert decided["incitement"]["present"] is False
    assert decided["incitement"]["suggested"] is True
    assert decided["incitement"]["target_group"] is None, "no target for absent incitement"
    assert decided["language"] == {**decided["language"], "language": "en", "suggested": "fr"}
    assert decided["incitement"]["decided_by"] is not None


def test_a_flag_from_the_learned_model_alone_is_shown_but_not_preselected(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    text = "A fire destroyed twenty stalls at the central market; no one was hurt."
    incitement = {"detected": True, "score": 0.69, "target_group": None, "span": None}
    report_id = _coded(
        client,
        sqlite_store,
        "Market fire",
        text,
        "NGA",
        {"language": "en", "incitement": {**incitement, "source": "model"}},
    )
    log_in(client, "an@example.org", next_="/review")
    fieldset = client.get(f"/review/{report_id}").text.split('id="incitement-decision"')[1]
    fieldset = fieldset.split("</fieldset>")[0]
    assert "the learned model alone thinks: present (no cue in the text)" in fieldset
    assert re.search(r'value="undecided" checked', fieldset)
    assert not re.search(r'value="present" checked', fieldset)


def test_a_place_found_in_the_text_becomes_the_events_point(client, sqlite_store):
    """A report sent without a point: the place the coder found in its country is offered
    first, and the Event made at verification carries it."""
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    places = [
        {"name": "Niamey", "lat": 13.51366, "lon": 2.1098, "country": "NER"},
        {"name": "Djibo", "lat": 14.10193, "lon": -1.62796, "country": "BFA"},
    ]
    report_id = _coded(
        client,
        sqlite_store,
        "Market attacked",
        "Gunmen attacked the market in Djibo at dawn.",
        "BFA",
        {"language": "en", "places": places},
    )
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    select = page.text.split('id="place-decision"')[1].split("</select>")[0]
    assert '<option value="Djibo|14.10193|-1.62796" selected>' in select
    assert "Niamey" in select and "not known" in select

    r = _decide(client, page, report_id, event_type="Battles", place="Djibo|14.10193|-1.62796")
    assert r.status_code == 303
    with sqlite_store.uow() as uow:
        report = uow.reports.get(report_id)
        event = uow.events.for_report(report_id)
        decided = report.coding_decisions["place"]
        assert (report.place_name, report.latitude, report.longitude) == (
            "Djibo",
            14.10193,
            -1.62796,
        )
        assert (event.place_name, event.latitude, event.longitude) == ("Djibo", 14.10193, -1.62796)
    assert decided["suggested"] is True and decided["before"]["lat"] is None


def test_a_half_given_point_is_refused_with_the_reason(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    _submit(client, "Market attacked", "Gunmen attacked the market in Djibo at dawn.", "BFA")
    with sqlite_store.uow() as uow:
        (report,) = uow.reports.list()
        report_id = report.id
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    r = _decide(client, page, report_id, follow=True, place="Djibo|14.1|")
    assert r.status_code == 422 and "latitude and longitude go together" in r.text
    with sqlite_store.uow() as uow:
        assert uow.reports.get(report_id).status != "verified"


def test_arabic_report_reads_right_to_left_on_the_review_page(client, sqlite_store):
    """Arabic text, its quoted evidence and the target group are laid out by their own
    direction ("auto"), so a Sudanese monitor's report reads in order beside English labels."""
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    text = "قصف مدفعي استهدف السوق الكبير في الفاشر، ومقتل سبعة مدنيين."
    report_id = _coded(
        client,
        sqlite_store,
        "قصف الفاشر",
        text,
        "SDN",
        {
            "language": "ar",
            "incitement": {
                "detected": True,
                "score": 0.8,
                "target_group": "المساليت",
                "span": [0, 3],
            },
            "places": [
                {
                    "name": "الفاشر",
                    "lat": 13.628,
                    "lon": 25.349,
                    "country": "SDN",
                    "span": [text.index("الفاشر"), text.index("الفاشر") + 6],
                }
            ],
        },
    )
    log_in(client, "an@example.org", next_="/review")
    html = client.get(f"/review/{report_id}").text
    assert re.search(r'<article class="report-text" dir="auto">\s*' + re.escape(text), html)
    assert '<h1 dir="auto">قصف الفاشر</h1>' in html
    assert "targeting <bdi>المساليت</bdi>" in html
    assert "<bdi>الفاشر</bdi> (13.628, 25.349)" in html  # not "(25.349 ,13.628)"
    assert re.search(r'<textarea name="body" dir="auto"', html)
    assert client.get("/report").text.count('dir="auto"') >= 5  # what a reporter types


def test_every_waiting_report_can_be_reached_from_the_queue(client, sqlite_store):
    """However many reports arrive, the queue pages through all of them, and by country."""
    from tocsin.intake.bulk import import_reports_csv

    analyst = make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    rows = ["title,text,country"] + [
        f"Report {i:03d},Houses burned in the village at dawn.,{'BFA' if i % 3 else 'MLI'}"
        for i in range(120)
    ]
    with sqlite_store.uow() as uow:
        import_reports_csv(uow, "\n".join(rows).encode(), analyst)
    log_in(client, "an@example.org", next_="/review")

    seen: list[str] = []
    page = 1
    while True:
        html = client.get(f"/review?page={page}").text
        seen += re.findall(r">(Report \d{3})</a>", html.split('id="queue"')[1].split("</table>")[0])
        if 'rel="next"' not in html:
            break
        page += 1
    assert page == 3 and sorted(seen) == [f"Report {i:03d}" for i in range(120)]

    mali = client.get("/review?country=Mali").text
    assert "Waiting in MLI: 1–40 of 40" in mali
    assert client.get("/review?country=Atlantis").status_code == 422


def test_page_titles_are_plain_words(client, sqlite_store):
    """A browser shows a title's text as it is: markup in it would be read out in the tab."""
    pages = {
        "/report": "Submit a report",
        "/report/thanks/R-ABC": "Report received",
        "/": "Watchlist",
    }
    for path, words in pages.items():
        title = re.search(r"<title>(.*?)</title>", client.get(path).text, re.S).group(1)
        assert title == f"{words} · Tocsin", (path, title)


def test_a_report_the_coders_could_not_read_says_so_on_its_page(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id = _coded(
        client,
        sqlite_store,
        "Unreadable",
        "Something the coders could not read, for this test.",
        "BFA",
        {"error": "RuntimeError: the coder broke"},
    )
    log_in(client, "an@example.org", next_="/review")

    page = client.get(f"/review/{report_id}").text

    failed = page.split('id="coding-failed"')[1].split("</p>")[0]
    assert "RuntimeError: the coder broke" in failed and "code it by hand" in failed


def test_a_logged_in_monitor_finds_their_reports_and_their_status(client, sqlite_store):
    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    assert client.get("/my-reports", follow_redirects=False).status_code == 303
    log_in(client, "mo@example.org", next_="/report")
    thanks = _submit(
        client, "Checkpoint closed", "The checkpoint at the river was closed to all.", "BFA"
    )
    reference = thanks.rsplit("/", 1)[1]

    page = client.get("/my-reports").text

    row = page.split('id="my-reports"')[1].split("</table>")[0]
    assert reference in row and "Checkpoint closed" in row and "received" in row
    assert 'href="/my-reports"' in client.get(thanks).text


def test_password_guessing_is_stopped_per_account(client, sqlite_store, app):
    from tocsin.accounts.throttle import LoginThrottle

    app.state.login_throttle = LoginThrottle(per_account=3, per_client=50)
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    make_principal(sqlite_store, Role.ANALYST, "other@example.org")
    for _ in range(3):
        assert log_in(client, "an@example.org", password="guess guess").status_code == 401

    refused = log_in(client, "AN@example.org")  # the right password, too late
    assert refused.status_code == 429 and "too many failed logins" in refused.text
    token = client.post(
        "/api/v1/tokens", json={"email": "an@example.org", "password": "correct horse battery"}
    )
    assert token.status_code == 429
    assert log_in(client, "other@example.org").status_code == 303  # other accounts log in


def test_security_headers(client):
    page = client.get("/report")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["referrer-policy"] == "same-origin"
    assert "<script>" not in page.text  # no inline script a policy would have to allow
    api = client.get("/api/v1/situations")
    assert api.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in api.headers
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "content-security-policy" not in docs.headers
    assert docs.headers["x-frame-options"] == "DENY"
    # Pages and answers are never cached (a witness's contact after logout); static files are.
    assert page.headers["cache-control"] == "no-store"
    assert api.headers["cache-control"] == "no-store"
    assert "cache-control" not in client.get("/static/style.css").headers


def test_a_nul_character_in_the_address_is_refused_clearly(client):
    for address in (
        "/api/v1/reports?country=%00",
        "/alerts.atom?country=B%00F",
        "/api/v1/forms/a%00b",
    ):
        r = client.get(address)
        assert r.status_code == 400 and "NUL" in r.json()["detail"], address


def test_a_chunked_body_over_the_limit_is_told_so(client):
    def chunks():
        for _ in range(3):
            yield b" " * (1024 * 1024)

    r = client.post(
        "/api/v1/reports", content=chunks(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413 and "request body over" in r.json()["detail"]


def test_head_is_answered_like_get_without_a_body(client):
    for path in ("/healthz", "/", "/forecasts", "/static/style.css", "/api/v1/situations"):
        plain = {"Accept-Encoding": "identity"}
        got, head = client.get(path, headers=plain), client.head(path, headers=plain)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == str(len(got.content)), path
        # Asked for gzip, HEAD tells what GET would send: the compressed body's length.
        zipped = {"Accept-Encoding": "gzip"}
        got, head = client.get(path, headers=zipped), client.head(path, headers=zipped)
        assert head.headers.get("content-encoding") == got.headers.get("content-encoding"), path
        if path != "/":  # the home page's CSRF token is masked afresh in each response
            assert head.headers["content-length"] == got.headers["content-length"], path
    assert client.head("/situations/999999").status_code == 404


def test_the_analyst_grades_the_source_the_report_names(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    page = client.get("/report")
    client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": "Houses burned",
            "text": "Houses were burned at night in the village.",
            "country": "BFA",
            "source": "Radio Djibo",
        },
    )
    _submit(client, "Shots heard", "Shots were heard near the market at night.", "BFA")
    with sqlite_store.uow() as uow:
        named, unnamed = sorted(uow.reports.list(), key=lambda r: r.title)
        named_id, unnamed_id = named.id, unnamed.id
    log_in(client, "an@example.org", next_="/review")

    review = client.get(f"/review/{named_id}")
    assert "Radio Djibo" in review.text and 'name="reliability"' in review.text
    _decide(client, review, named_id, reliability="B", credibility="2")
    after = client.get(f"/review/{named_id}").text
    assert "reliability B" in after and "information credibility 2" in after

    # With no source named, a reliability grade would be dropped silently: it is refused.
    review = client.get(f"/review/{unnamed_id}")
    assert 'name="reliability"' not in review.text
    refused = _decide(client, review, unnamed_id, reliability="A")
    assert refused.status_code == 422 and "names no source" in refused.text


def test_a_guess_with_no_cue_is_not_preselected(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    guess = {
        "type": "Strategic developments",
        "confidence": 0.2,
        "method": "rules",
        "civilian_targeting": False,
        "span": None,
    }
    report_id = _coded(
        client,
        sqlite_store,
        "Houses",
        "Militia fighters burned houses in Djibo.",
        "BFA",
        {"language": "en", "event_type": guess},
    )
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}").text
    assert "no cue in the text" in page
    assert (
        '<option value="Strategic developments" selected>Strategic developments</option>'
        not in page
    )


def test_links_name_reports_by_reference_and_a_report_can_be_unassigned(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    _submit(client, "First account", "Houses were burned at night in the village.", "BFA")
    _submit(client, "Second account", "The same houses burned, says a neighbour.", "BFA")
    with sqlite_store.uow() as uow:
        first, second = sorted(uow.reports.list(), key=lambda r: r.title)
        first_id, second_ref = first.id, second.reference
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{first_id}")
    work = {"csrf_token": csrf_from(page.text)}
    client.post(
        f"/review/{first_id}/work",
        data=work | {"action": "link", "kind": "corroborates", "reference": second_ref},
    )
    assert second_ref in client.get(f"/review/{first_id}").text.split('id="links"')[1]

    with sqlite_store.uow() as uow:
        analyst = uow.users.by_email("an@example.org").id
    client.post(
        f"/review/{first_id}/work", data=work | {"action": "assign", "analyst_id": str(analyst)}
    )
    client.post(f"/review/{first_id}/work", data=work | {"action": "assign", "analyst_id": ""})
    with sqlite_store.uow() as uow:
        assert uow.reports.get(first_id).assigned_to_id is None
    assert '<option value="" selected>— nobody yet —' in client.get(f"/review/{first_id}").text


def test_logging_out_ends_the_session_on_the_server(client, sqlite_store):
    from fastapi.testclient import TestClient

    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    assert log_in(client, "an@example.org").status_code == 303
    copied = dict(client.cookies)
    page = client.get("/review")
    assert page.status_code == 200
    client.post("/logout", data={"csrf_token": csrf_from(page.text)})

    with TestClient(client.app, base_url="http://127.0.0.1") as thief:
        thief.cookies.update(copied)  # the cookie as it was before logging out
        assert thief.get("/review", follow_redirects=False).status_code == 303


def test_an_upload_too_large_tells_the_reporter_in_a_page(client):
    from tocsin.web.limits import MAX_UPLOAD

    page = client.get("/report")
    r = client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), "title": "Photos", "country": "BFA"},
        files=[("attachments", ("big.jpg", b"\xff" * (MAX_UPLOAD + 1), "image/jpeg"))],
        headers={"accept": "text/html"},
    )
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert "Too large to send" in r.text and 'href="/report"' in r.text


def test_password_guessing_from_one_ipv6_64_is_one_client(app, sqlite_store):
    """The address limit holds for an IPv6 client that takes a new address in its /64 for each
    try; the audit log still names each address tried from."""
    from fastapi.testclient import TestClient

    from tocsin.accounts.throttle import LoginThrottle
    from tocsin.store.models import AuditEntry

    app.state.login_throttle = LoginThrottle(per_account=50, per_client=2)
    codes = []
    for n in (1, 2, 3):
        with TestClient(app, base_url="http://127.0.0.1", client=(f"2001:db8::{n}", 1)) as c:
            codes.append(log_in(c, f"guess{n}@example.org", password="guess guess").status_code)
    assert codes == [401, 401, 429]
    with sqlite_store.uow() as uow:
        logged = [e.changes for e in uow.session.query(AuditEntry).filter_by(action="login_failed")]
    assert any("2001:db8::2" in str(changes) for changes in logged)


def test_the_icon_is_found_where_browsers_look_for_it(client):
    """Pages name their icon; a feed or an API answer opened in a browser names none, and the
    browser asks for /favicon.ico, which leads to the same icon."""
    assert '<link rel="icon" href="/static/tocsin.svg"' in client.get("/").text
    asked = client.get("/favicon.ico", follow_redirects=False)
    assert asked.status_code == 301 and asked.headers["location"] == "/static/tocsin.svg"
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
