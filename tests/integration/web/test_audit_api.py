"""The audit log, read by administrators: one record's history, one person's actions."""

from __future__ import annotations

from typer.testing import CliRunner

from tests.conftest import make_principal
from tocsin.domain.roles import Role
from tocsin.web.api.contract import TOTAL_HEADER


def _token(client, store, role: Role, email: str) -> dict[str, str]:
    make_principal(store, role, email)
    r = client.post("/api/v1/tokens", json={"email": email, "password": "correct horse battery"})
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_an_administrator_reads_a_reports_history(client, sqlite_store, analyst_token):
    admin = _token(client, sqlite_store, Role.ADMIN, "admin@example.org")
    analyst = {"Authorization": f"Bearer {analyst_token}"}
    report = {
        "title": "Raid",
        "text": "Houses were burned at night.",
        "country": "BFA",
        "reporter_name": "Awa",
        "reporter_contact": "+226 70",
        "anonymous": False,
    }
    report_id = client.post("/api/v1/reports", json=report).json()["id"]
    assert client.post(f"/api/v1/reports/{report_id}/verify", json={}, headers=analyst).is_success

    r = client.get(f"/api/v1/audit?entity=Report&entity_id={report_id}", headers=admin)
    assert r.status_code == 200, r.text
    history = r.json()
    assert [e["action"] for e in history][-1] == "insert"  # newest first: created last
    assert any(e["action"] == "update" and e["changes"].get("status") for e in history)
    assert int(r.headers[TOTAL_HEADER]) == len(history)
    # The witness was never written to the log, so it cannot be read from it.
    assert "Awa" not in r.text and "+226" not in r.text

    with sqlite_store.uow() as uow:
        analyst_id = uow.users.by_email("analyst@example.org").id
    mine = client.get(f"/api/v1/audit?actor=user:{analyst_id}&limit=1", headers=admin)
    assert len(mine.json()) == 1 and int(mine.headers[TOTAL_HEADER]) >= 1


def test_only_administrators_read_the_audit_log(client, sqlite_store, analyst_token):
    assert client.get("/api/v1/audit").status_code == 401
    r = client.get("/api/v1/audit", headers={"Authorization": f"Bearer {analyst_token}"})
    assert r.status_code == 403 and "read the audit log" in r.json()["detail"]


def test_the_audit_command_lists_a_records_history(cli_home):
    from tocsin.cli.main import app

    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    added = runner.invoke(
        app, ["user", "add", "an@example.org", "--role", "analyst", "--password", "x" * 12]
    )
    assert added.exit_code == 0, added.output
    runner.invoke(app, ["user", "deactivate", "an@example.org"])
    result = runner.invoke(app, ["audit", "--entity", "User", "--id", "1"])
    assert result.exit_code == 0, result.output
    assert "insert" in result.output and "2 of 2 entries" in result.output
    # A change is printed as it is, not read as markup ("[true, false]" was dropped).
    assert '"active": [true, false]' in result.output
    bad = runner.invoke(app, ["audit", "--since", "yesterday"])
    assert bad.exit_code != 0 and "--since" in bad.output


def test_a_token_is_logged_as_its_owners_doing(client, sqlite_store, analyst_token):
    from sqlalchemy import select

    from tocsin.store.models import AuditEntry

    with sqlite_store.uow() as uow:
        analyst_id = uow.users.by_email("analyst@example.org").id
        actor = uow.session.scalar(
            select(AuditEntry.actor).where(
                AuditEntry.entity == "ApiToken", AuditEntry.action == "insert"
            )
        )
    assert actor == f"user:{analyst_id}"
