"""A phone lost or seized, a monitor who left: their tokens revoked, their account closed,
from the command line, and the API and pages refuse them from the next request on."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.integration.web.conftest import log_in
from tocsin.cli.main import app as cli
from tocsin.config import Settings
from tocsin.web.app import create_app

PASSWORD = "correct horse battery"


def test_revoked_tokens_and_a_closed_account_stop_at_the_next_request(cli_home):
    runner = CliRunner()
    assert runner.invoke(cli, ["init"]).exit_code == 0
    added = runner.invoke(
        cli, ["user", "add", "mo@example.org", "--role", "monitor", "--password", PASSWORD]
    )
    assert added.exit_code == 0, added.output
    phone = runner.invoke(cli, ["user", "token", "mo@example.org", "--name", "phone"])
    laptop = runner.invoke(cli, ["user", "token", "mo@example.org", "--name", "laptop"])
    web = TestClient(create_app(Settings()), base_url="http://127.0.0.1")

    def mine(token: str) -> int:
        headers = {"Authorization": f"Bearer {token.strip()}"}
        return web.get("/api/v1/reports/mine", headers=headers).status_code

    assert mine(phone.stdout) == 200 and mine(laptop.stdout) == 200
    revoked = runner.invoke(cli, ["user", "revoke-tokens", "mo@example.org", "--name", "phone"])
    assert "revoked 1 token(s)" in revoked.output
    assert mine(phone.stdout) == 401 and mine(laptop.stdout) == 200
    listed = runner.invoke(cli, ["user", "tokens", "mo@example.org"]).output
    assert "phone" in listed and "laptop" in listed

    assert log_in(web, "mo@example.org", PASSWORD).status_code == 303
    assert web.get("/my-reports").status_code == 200
    seized_cookie = dict(web.cookies)
    assert runner.invoke(cli, ["user", "deactivate", "mo@example.org"]).exit_code == 0
    assert mine(laptop.stdout) == 401
    assert web.get("/my-reports", follow_redirects=False).status_code == 303  # to log in
    assert log_in(web, "mo@example.org", PASSWORD).status_code == 401

    # Reopened (the monitor is back, on a new phone): nothing the old devices hold works.
    assert runner.invoke(cli, ["user", "activate", "mo@example.org"]).exit_code == 0
    assert mine(laptop.stdout) == 401 and mine(phone.stdout) == 401
    seized = TestClient(create_app(Settings()), base_url="http://127.0.0.1")
    seized.cookies.update(seized_cookie)
    assert seized.get("/my-reports", follow_redirects=False).status_code == 303
    assert log_in(web, "mo@example.org", PASSWORD).status_code == 303
    missing = runner.invoke(cli, ["user", "deactivate", "nobody@example.org"])
    assert missing.exit_code == 2 and "no user" in missing.output
