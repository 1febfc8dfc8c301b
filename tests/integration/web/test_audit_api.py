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


def _logins(client, admin: dict[str, str]) -> list[dict]:
    entries = client.get("/api/v1/audit?entity=User", headers=admin).json()
    return [e for e in entries if e["action"] in ("login", "login_failed")]


def test_failed_logins_are_in_the_audit_log_without_the_password(client, sqlite_store):
    from tests.integration.web.conftest import log_in
    from tocsin.accounts.service import set_active

    admin = _token(client, sqlite_store, Role.ADMIN, "admin@example.org")
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    make_principal(sqlite_store, Role.ANALYST, "gone@example.org")
    with sqlite_store.uow() as uow:
        set_active(uow, "gone@example.org", False)
        analyst_id = uow.users.by_email("an@example.org").id
        gone_id = uow.users.by_email("gone@example.org").id

    assert log_in(client, "an@example.org", password="guess-number-one").status_code == 401
    assert log_in(client, "nobody@example.org", password="guess-number-two").status_code == 401
    assert log_in(client, "gone@example.org").status_code == 401  # the right password
    assert log_in(client, "guess-number-three", password="x").status_code == 401
    token = {"email": "an@example.org", "password": "guess-number-four"}
    assert client.post("/api/v1/tokens", json=token).status_code == 401

    r = client.get("/api/v1/audit?entity=User", headers=admin)
    assert "guess-number" not in r.text  # no password, nor one typed as the address
    failed = [e for e in _logins(client, admin) if e["action"] == "login_failed"]
    seen = [(e["actor"], e["entity_id"], e["changes"]) for e in reversed(failed)]
    at = {"client": "testclient"}
    assert seen == [
        ("public", str(analyst_id), {"email": "an@example.org", "reason": "wrong password"} | at),
        ("public", None, {"email": "nobody@example.org", "reason": "unknown account"} | at),
        (
            "public",
            str(gone_id),
            {"email": "gone@example.org", "reason": "account closed, right password"} | at,
        ),
        ("public", None, {"email": "[not an e-mail address]", "reason": "unknown account"} | at),
        ("public", str(analyst_id), {"email": "an@example.org", "reason": "wrong password"} | at),
    ]


def test_a_login_is_in_the_audit_log_with_its_client(client, sqlite_store):
    from tests.integration.web.conftest import log_in

    admin = _token(client, sqlite_store, Role.ADMIN, "admin@example.org")
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    assert log_in(client, "an@example.org").status_code == 303
    with sqlite_store.uow() as uow:
        analyst_id = uow.users.by_email("an@example.org").id
    mine = [e for e in _logins(client, admin) if e["entity_id"] == str(analyst_id)]
    assert [(e["actor"], e["action"], e["changes"]) for e in mine] == [
        (
            f"user:{analyst_id}",
            "login",
            {"email": "an@example.org", "client": "testclient"},
        )
    ]


def test_an_unknown_address_costs_a_password_check_as_a_known_one_does(
    client, sqlite_store, monkeypatch
):
    """Refusing an unknown address without hashing would answer faster, and the time would
    tell which addresses have accounts."""
    from tocsin.accounts import passwords, service

    make_principal(sqlite_store, Role.ANALYST, "known@example.org")
    checks: list[str] = []
    real = passwords.verify_password
    monkeypatch.setattr(passwords, "verify_password", lambda h, p: checks.append(p) or real(h, p))
    monkeypatch.setattr(service, "verify_password", passwords.verify_password)
    for email in ("known@example.org", "nobody@example.org"):
        r = client.post("/api/v1/tokens", json={"email": email, "password": "wrong guess 1"})
        assert r.status_code == 401 and r.json()["detail"] == "wrong email or password"
    assert checks == ["wrong guess 1", "wrong guess 1"]
