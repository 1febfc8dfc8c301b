"""A report's assignee whose account was closed: undecided reports go back to the queue, a
decided one still names them, and no report can be given to a closed account."""

from __future__ import annotations

import pytest

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.accounts.service import set_active
from tocsin.domain.errors import InvalidInput
from tocsin.domain.roles import Role
from tocsin.intake.evidence import assign_report


def _report(client) -> int:
    sent = {"title": "Raid", "text": "Houses were burned at night.", "country": "BFA"}
    return client.post("/api/v1/reports", json=sent).json()["id"]


def test_a_report_cannot_be_given_to_a_closed_account(client, sqlite_store):
    analyst = make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    gone = make_principal(sqlite_store, Role.ANALYST, "ana.lyst@example.org")
    report_id = _report(client)
    with sqlite_store.uow() as uow:
        set_active(uow, "ana.lyst@example.org", False)
    with sqlite_store.uow() as uow, pytest.raises(InvalidInput, match="account is closed"):
        assign_report(uow, report_id, gone.user_id, analyst)
    with sqlite_store.uow() as uow:
        assert uow.reports.get(report_id).assigned_to_id is None


def test_closing_an_account_returns_its_undecided_reports_to_the_queue(client, sqlite_store):
    analyst = make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    gone = make_principal(sqlite_store, Role.ANALYST, "ana.lyst@example.org")
    waiting, decided, theirs = _report(client), _report(client), _report(client)
    with sqlite_store.uow() as uow:
        for report_id in (waiting, decided):
            assign_report(uow, report_id, gone.user_id, analyst)
        assign_report(uow, theirs, analyst.user_id, analyst)
        uow.reports.get(decided).status = "rejected"
        uow.commit()
        assert set_active(uow, "ana.lyst@example.org", False) == 1
    with sqlite_store.uow() as uow:
        assert uow.reports.get(waiting).assigned_to_id is None
        assert uow.reports.get(decided).assigned_to_id == gone.user_id  # who reviewed it
        assert uow.reports.get(theirs).assigned_to_id == analyst.user_id


def test_the_page_names_a_closed_assignee_rather_than_nobody(client, sqlite_store):
    analyst = make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    gone = make_principal(sqlite_store, Role.ANALYST, "ana.lyst@example.org")
    report_id = _report(client)
    with sqlite_store.uow() as uow:
        assign_report(uow, report_id, gone.user_id, analyst)
        uow.reports.get(report_id).status = "rejected"  # decided: it keeps who reviewed it
        uow.commit()
        set_active(uow, "ana.lyst@example.org", False)

    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}").text
    assignment = page.split('name="analyst_id"')[1].split("</select>")[0]
    assert f'<option value="{gone.user_id}" selected>Ana.Lyst (account closed)</option>' in (
        assignment
    )
    assert '<option value="" selected>' not in assignment
    assert f'<option value="{analyst.user_id}" >An</option>' in assignment

    refused = client.post(
        f"/review/{report_id}/work",
        data={
            "csrf_token": csrf_from(page),
            "action": "assign",
            "analyst_id": str(gone.user_id),
        },
    )
    assert "account is closed" in refused.text


def test_a_closed_account_is_not_offered_for_another_report(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    make_principal(sqlite_store, Role.ANALYST, "ana.lyst@example.org")
    report_id = _report(client)
    with sqlite_store.uow() as uow:
        set_active(uow, "ana.lyst@example.org", False)
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}").text
    assignment = page.split('name="analyst_id"')[1].split("</select>")[0]
    assert "Ana.Lyst" not in assignment and '<option value="" selected>' in assignment
