"""The review page says who confirmed each indicator by name, as the level history does for
staff: an analyst weighing a colleague's ticks is not told "user:3"."""

from __future__ import annotations

from tests.conftest import make_principal
from tests.integration.web.conftest import log_in
from tocsin.domain.roles import Role
from tocsin.intake.service import parse_verification, verify_report


def test_the_review_page_names_the_analyst_who_confirmed_an_indicator(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "reader@example.org")
    decider = make_principal(sqlite_store, Role.ANALYST, "amara@example.org")
    sent = {"title": "Raid", "text": "Houses of the group were burned at night.", "country": "BFA"}
    report_id = client.post("/api/v1/reports", json=sent).json()["id"]
    with sqlite_store.uow() as uow:
        decision = parse_verification({"indicators": ["10.7"], "credibility": "2"})
        verify_report(uow, report_id, decision, decider)

    log_in(client, "reader@example.org", next_="/review")
    page = client.get(f"/review/{report_id}").text
    signals = page.split('id="report-signals"')[1].split("</ul>")[0]
    assert "confirmed (Amara)" in signals
    assert f"user:{decider.user_id}" not in signals
