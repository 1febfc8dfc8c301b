"""The review page keeps what the analyst chose when a decision is refused: an indicator they
unticked must not come back ticked, or the next Verify would confirm it."""

from __future__ import annotations

import re

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.store.models import Signal


def _report_with_suggestions(client, store) -> tuple[int, list[str]]:
    page = client.get("/report")
    client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": "Market attacked",
            "text": "Gunmen attacked the market in Djibo at dawn and killed traders.",
            "country": "BFA",
            "source": "Radio Djibo",
        },
    )
    with store.uow() as uow:
        (report,) = uow.reports.list()
        revision = uow.reference.current_revision()
        indicators = [i for f in uow.reference.risk_factors(revision) for i in f.indicators][:3]
        for indicator in indicators:
            uow.add(
                Signal(
                    indicator_id=indicator.id,
                    country_iso3="BFA",
                    observed_on=report.received_at.date(),
                    report_id=report.id,
                    confidence=0.9,
                    status="suggested",
                    asserted_by="model:test",
                )
            )
        uow.commit()
        return report.id, [i.code for i in indicators]


def _ticked(html: str) -> set[str]:
    return set(re.findall(r'name="indicators" value="([^"]+)" checked', html))


def test_a_refused_verification_comes_back_as_the_analyst_sent_it(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id, codes = _report_with_suggestions(client, sqlite_store)
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    assert _ticked(page.text) == set(codes)
    r = client.post(
        f"/review/{report_id}",
        data={
            "csrf_token": csrf_from(page.text),
            "decision": "verify",
            "indicators": [codes[0]],  # two suggestions unticked
            "reliability": "B",
            "credibility": "2",
            "fatalities": "2000000",
            "incitement": "absent",
            "note": "Checked with two traders by phone.",
        },
    )
    assert r.status_code == 422 and "fatalities" in r.text
    assert _ticked(r.text) == {codes[0]}
    assert '<option value="B" selected>' in r.text and '<option value="2" selected>' in r.text
    assert 'name="fatalities" min="0" max="1000000" value="2000000"' in r.text
    assert 'name="civilian_targeting" checked' not in r.text
    assert re.search(r'value="absent" checked', r.text)
    assert ">Checked with two traders by phone.</textarea>" in r.text
    with sqlite_store.uow() as uow:
        assert uow.reports.get(report_id).status != "verified"


def test_a_refused_rejection_keeps_the_ticks_and_the_note(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id, codes = _report_with_suggestions(client, sqlite_store)
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    token = csrf_from(page.text)
    r = client.post(
        f"/review/{report_id}",
        data={"csrf_token": token, "decision": "reject", "indicators": [codes[1]], "note": ""},
    )
    assert r.status_code == 422 and "say why" in r.text
    assert _ticked(r.text) == {codes[1]}
    r = client.post(
        f"/review/{report_id}",
        data={"csrf_token": token, "decision": "reject", "note": "x" * 5001},
    )
    assert r.status_code == 422 and "at most 5,000 characters" in r.text
    assert "x" * 5001 + "</textarea>" in r.text
    with sqlite_store.uow() as uow:
        assert uow.reports.get(report_id).status != "rejected"


def test_the_review_form_limits_match_the_server(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id, _ = _report_with_suggestions(client, sqlite_store)
    log_in(client, "an@example.org", next_="/review")
    html = client.get(f"/review/{report_id}").text
    assert 'max="1000000"' in html and 'name="note" dir="auto" rows="3" maxlength="5000"' in html


def _unsaved(token: str, codes: list[str]) -> dict:
    """A decision being made, as the review form sends it with a comment, link or assignment."""
    return {
        "csrf_token": token,
        "choices": "posted",
        "indicators": [codes[0]],  # two suggestions unticked
        "credibility": "2",
        "event_type": "Riots",
        "incitement": "absent",
        "note": "Checked with two traders by phone.",
    }


def _kept(html: str, codes: list[str]) -> None:
    assert _ticked(html) == {codes[0]}
    assert (
        '<option value="2" selected>' in html
        and '<option value="Riots" selected>Riots</option>' in html
    )
    assert re.search(r'value="absent" checked', html)
    assert ">Checked with two traders by phone.</textarea>" in html


def test_a_comment_link_or_assignment_keeps_the_unsaved_decision(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id, codes = _report_with_suggestions(client, sqlite_store)
    with sqlite_store.uow() as uow:
        analyst_id = uow.users.by_email("an@example.org").id
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    unsaved = _unsaved(csrf_from(page.text), codes)
    work = f"/review/{report_id}/work"

    r = client.post(work, data=unsaved | {"action": "comment", "body": "Asked for a third."})
    assert r.status_code == 200 and "Comment added." in r.text
    assert "Asked for a third." in r.text.split('id="comments"')[1].split("</ul>")[0]
    _kept(r.text, codes)
    r = client.post(work, data=unsaved | {"action": "assign", "analyst_id": str(analyst_id)})
    assert r.status_code == 200 and "Assignment saved." in r.text
    _kept(r.text, codes)
    # Refused work keeps them too.
    r = client.post(
        work, data=unsaved | {"action": "link", "kind": "corroborates", "reference": "R-NOSUCH"}
    )
    assert r.status_code == 404 and "R-NOSUCH" in r.text
    _kept(r.text, codes)
    r = client.post(work, data=unsaved | {"action": "comment", "body": " "})
    assert r.status_code == 422
    _kept(r.text, codes)

    with sqlite_store.uow() as uow:
        report = uow.reports.get(report_id)
        assert report.status != "verified" and report.assigned_to_id == analyst_id
        assert {s.status for s in uow.signals.for_report(report_id)} == {"suggested"}
    # The decision is still made from the page as it stands, not from the draft.
    assert _ticked(client.get(f"/review/{report_id}").text) == set(codes)


def test_the_work_buttons_send_the_decision_form_and_enter_sends_nothing(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id, _ = _report_with_suggestions(client, sqlite_store)
    log_in(client, "an@example.org", next_="/review")
    html = client.get(f"/review/{report_id}").text
    to_work = f'form="review-form" formaction="/review/{report_id}/work" formnovalidate'
    for action in ("comment", "link", "assign"):
        assert f'name="action" value="{action}" {to_work}>' in html
    for field in ('name="body"', 'name="reference"', 'name="link_note"', 'name="analyst_id"'):
        assert re.search(field + r'[^>]* form="review-form"', html), field
    decision = html.split('id="review-form"')[1]
    # The first submit button is the form's default for Enter: a disabled one sends nothing.
    assert decision.index('<input type="submit" hidden disabled>') < decision.index("<button")
    # A comment box that must be filled would stop Verify.
    assert not re.search(r'name="body"[^>]* required', html)


def test_the_review_page_flags_risk_factors_not_yet_checked_against_the_official_text(
    client, sqlite_store
):
    """Titles of risk factors 3, 6, 10 and 11 are reconstructions, as the list of indicators
    of all but 8 and 9; an analyst ticking them must see it, as for unverified indicators."""
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    report_id, _ = _report_with_suggestions(client, sqlite_store)
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}").text
    summaries = dict(re.findall(r"<summary>(\d+)\. (.*?)</summary>", page))
    flagged = {int(n) for n, s in summaries.items() if "title unverified" in s}
    assert flagged == {3, 6, 10, 11}
    assert "list of indicators unverified" not in summaries["8"]
    assert "list of indicators unverified" in summaries["1"]
