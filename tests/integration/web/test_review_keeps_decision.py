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
