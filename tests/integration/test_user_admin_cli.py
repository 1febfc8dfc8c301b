"""What an administrator does to an account from the command line: change its role, set a new
password, issue a token, each refused with a clear line when it cannot be done."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from tests.integration.web.conftest import log_in
from tocsin.accounts.service import Principal, set_notices
from tocsin.bootstrap import open_store
from tocsin.cli.main import app as cli
from tocsin.config import Settings
from tocsin.domain.roles import Role
from tocsin.risk.following import follow, followed_by
from tocsin.risk.situations import ensure_situation
from tocsin.store.models import AuditEntry
from tocsin.web.app import create_app

PASSWORD = "correct horse battery"
NEW_PASSWORD = "a new staple battery"


def _setup(email: str = "an@example.org", role: str = "analyst") -> CliRunner:
    runner = CliRunner()
    assert runner.invoke(cli, ["init"]).exit_code == 0
    added = runner.invoke(cli, ["user", "add", email, "--role", role, "--password", PASSWORD])
    assert added.exit_code == 0, added.output
    return runner


def _token(runner: CliRunner, email: str = "an@example.org") -> dict[str, str]:
    issued = runner.invoke(cli, ["user", "token", email])
    assert issued.exit_code == 0, issued.output
    return {"Authorization": f"Bearer {issued.stdout.strip()}"}


def _user_changes(field: str) -> list[tuple[str, dict]]:
    store = open_store()
    with store.uow() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "User", AuditEntry.action == "update")
        ).all()
        found = [(e.actor, e.changes) for e in entries if field in e.changes]
    store.dispose()
    return found


def test_a_token_is_refused_for_a_closed_account(cli_home):
    runner = _setup()
    assert runner.invoke(cli, ["user", "deactivate", "an@example.org"]).exit_code == 0
    refused = runner.invoke(cli, ["user", "token", "an@example.org", "--name", "while-closed"])
    assert refused.exit_code == 2
    assert (
        refused.output == "error: cannot issue a token: the account of an@example.org is closed\n"
    )
    assert "while-closed" not in runner.invoke(cli, ["user", "tokens", "an@example.org"]).output


def test_a_new_role_takes_effect_at_the_next_request_of_the_same_token(cli_home):
    runner = _setup()
    token = _token(runner)
    web = TestClient(create_app(Settings()), base_url="http://127.0.0.1")
    assert web.get("/api/v1/audit", headers=token).status_code == 403

    made_admin = runner.invoke(cli, ["user", "set-role", "AN@example.org", "admin"])
    assert made_admin.exit_code == 0, made_admin.output
    assert "is now admin (was analyst)" in made_admin.output
    assert web.get("/api/v1/audit", headers=token).status_code == 200

    assert runner.invoke(cli, ["user", "set-role", "an@example.org", "monitor"]).exit_code == 0
    assert web.get("/api/v1/audit", headers=token).status_code == 403
    assert _user_changes("role") == [
        ("cli", {"role": ["analyst", "admin"]}),
        ("cli", {"role": ["admin", "monitor"]}),
    ]
    for role in ("public", "boss"):
        bad = runner.invoke(cli, ["user", "set-role", "an@example.org", role])
        assert bad.exit_code == 2 and bad.output.startswith("error: role: ")
    missing = runner.invoke(cli, ["user", "set-role", "nobody@example.org", "admin"])
    assert missing.exit_code == 2 and "no user nobody@example.org" in missing.output


def test_a_new_password_ends_the_sessions_and_tokens_of_the_old_one(cli_home):
    runner = _setup()
    token = _token(runner)
    web = TestClient(create_app(Settings()), base_url="http://127.0.0.1")
    assert log_in(web, "an@example.org", PASSWORD).status_code == 303
    assert web.get("/review").status_code == 200

    changed = runner.invoke(
        cli, ["user", "password", "an@example.org"], input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n"
    )
    assert changed.exit_code == 0, changed.output
    assert "sessions ended and its tokens revoked" in changed.output
    assert web.get("/review", follow_redirects=False).status_code == 303  # to log in
    assert web.get("/api/v1/reports/mine", headers=token).status_code == 401
    assert log_in(web, "an@example.org", PASSWORD).status_code == 401
    assert log_in(web, "an@example.org", NEW_PASSWORD).status_code == 303
    assert _user_changes("password_hash") == [("cli", {"password_hash": "[restricted]"})]

    mismatch = runner.invoke(
        cli, ["user", "password", "an@example.org"], input=f"{NEW_PASSWORD}\nsomething else\n"
    )
    assert mismatch.exit_code != 0 and "do not match" in mismatch.output


def test_a_blank_password_is_refused_wherever_a_password_is_set(cli_home):
    runner = _setup()
    spaces = " " * 12
    added = runner.invoke(
        cli, ["user", "add", "sp@example.org", "--role", "analyst", "--password", spaces]
    )
    assert added.exit_code == 2
    assert added.output == "error: password: must not be blank or only spaces\n"
    changed = runner.invoke(
        cli, ["user", "password", "an@example.org"], input=f"{spaces}\n{spaces}\n"
    )
    assert changed.exit_code == 2
    assert "error: password: must not be blank or only spaces" in changed.output
    web = TestClient(create_app(Settings()), base_url="http://127.0.0.1")
    assert log_in(web, "an@example.org", PASSWORD).status_code == 303  # unchanged


def test_the_list_says_who_is_mailed_notices_in_which_language_and_what_they_follow(cli_home):
    runner = _setup()
    added = ["user", "add", "fa@example.org", "--role", "analyst", "--password", PASSWORD]
    assert runner.invoke(cli, added).exit_code == 0
    store = open_store(migrate=True)
    with store.uow() as uow:
        fatou = uow.users.by_email("fa@example.org")
        set_notices(uow, fatou.id, False, "fr")
        for country in ("MLI", "BFA"):
            situation = ensure_situation(uow, country)
            uow.commit()
            follow(uow, situation.id, Principal(fatou.id, Role.ANALYST))
    listed = runner.invoke(cli, ["user", "list"], env={"COLUMNS": "200"}).output
    rows = {
        line.split("│")[2].strip(): [cell.strip() for cell in line.split("│")]
        for line in listed.splitlines()
        if "@" in line
    }
    assert rows["an@example.org"][-3:-1] == ["en", ""]
    assert rows["fa@example.org"][-3:-1] == ["off", "BFA, MLI"]


def test_a_coordinator_gives_an_analyst_a_portfolio_and_takes_it_back(cli_home):
    runner = _setup()
    store = open_store(migrate=True)
    with store.uow() as uow:
        for country in ("MLI", "BFA"):
            ensure_situation(uow, country)
            uow.commit()
    given = runner.invoke(cli, ["user", "follow", "an@example.org", "Mali", "bfa"])
    assert given.exit_code == 0, given.output
    assert "an@example.org now follows: Mali, Burkina Faso; follows: BFA, MLI" in given.output
    again = runner.invoke(cli, ["user", "follow", "an@example.org", "MLI"])
    assert "now follows: nothing new" in again.output

    unknown = runner.invoke(cli, ["user", "follow", "an@example.org", "NER", "MLI", "--stop"])
    assert unknown.exit_code == 2 and "NER: no situation under watch" in unknown.output
    with store.uow() as uow:  # nothing changed: Niger is refused before Mali is touched
        analyst = uow.users.by_email("an@example.org")
        assert [s.country_iso3 for s in followed_by(uow, analyst.id)] == ["BFA", "MLI"]
        audited = uow.session.scalars(
            select(AuditEntry.actor).where(AuditEntry.entity == "SituationFollower")
        ).all()
    assert audited == ["cli", "cli"]
    taken = runner.invoke(cli, ["user", "follow", "an@example.org", "MLI", "--stop"])
    assert "no longer follows: Mali; follows: BFA" in taken.output
