"""`tocsin alerts ...` as an operator runs it: list subscribers and failed deliveries, send
failed deliveries again once the mail server is back, unsubscribe someone who asked by mail."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tests.conftest import make_principal
from tests.integration.alerting import raise_level
from tests.servers import free_port
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.cli import alerts as alerts_cli
from tocsin.cli.main import app as cli
from tocsin.config import get_settings
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber


@pytest.fixture
def run(settings, monkeypatch):
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("TOCSIN_SECRET_KEY", "test-secret")
    monkeypatch.delenv("TOCSIN_DATABASE_URL", raising=False)
    monkeypatch.setattr(alerts_cli.console, "width", 250)  # a table row on one line
    get_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args: runner.invoke(cli, ["alerts", *args])
    get_settings.cache_clear()


def _failed_delivery(sqlite_store, settings) -> int:
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "Desk@example.org", ["BFA"], analyst)
    raise_level(sqlite_store, analyst, "BFA", "serious_concern")
    settings.smtp_port = free_port()
    settings.delivery_max_attempts = 1
    assert drain_outbox(sqlite_store, build_channels(settings), settings).failed == 1
    with sqlite_store.uow() as uow:
        return uow.alerts.deliveries()[0].id


def test_failed_deliveries_are_listed_and_sent_again(run, sqlite_store, settings, smtp):
    delivery_id = _failed_delivery(sqlite_store, settings)

    listed = run("deliveries", "--status", "failed")
    assert listed.exit_code == 0, listed.output
    assert "Desk@example.org" in listed.output and "unreachable" in listed.output
    assert "Desk@example.org" not in run("deliveries", "--status", "sent").output
    assert run("deliveries", "--status", "lost").exit_code == 2
    assert run("retry").exit_code == 2  # which ones?

    retried = run("retry", "--delivery", str(delivery_id))
    assert retried.exit_code == 0 and "queued 1 delivery again" in retried.output
    again = run("retry", "--delivery", str(delivery_id))
    assert again.exit_code == 2 and "pending, not failed" in again.output
    with sqlite_store.uow() as uow:
        delivery = uow.alerts.delivery(delivery_id)
        assert delivery.status == "pending" and delivery.queued_at > delivery.created_at

    inbox, port = smtp
    settings.smtp_port = port
    settings.delivery_max_attempts = None
    assert drain_outbox(sqlite_store, build_channels(settings), settings).sent == 1
    assert [m["To"] for m in inbox.wait_for(1)] == ["Desk@example.org"]


def test_every_failed_delivery_is_sent_again(run, sqlite_store, settings):
    _failed_delivery(sqlite_store, settings)

    retried = run("retry", "--all-failed")

    assert retried.exit_code == 0 and "queued 1 delivery again" in retried.output
    assert "queued 0 deliveries again" in run("retry", "--all-failed").output


def test_subscribers_are_listed_and_one_is_unsubscribed_on_their_behalf(
    run, sqlite_store, settings
):
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "Desk@example.org", ["BFA", "MLI"], analyst)

    listed = run("subscribers")
    assert listed.exit_code == 0, listed.output
    assert "Desk@example.org" in listed.output and "BFA MLI" in listed.output
    assert "active" in listed.output and "analyst" in listed.output

    done = run("unsubscribe", "desk@EXAMPLE.org")
    assert done.exit_code == 0, done.output
    assert "Desk@example.org" in run("subscribers", "--status", "unsubscribed").output
    assert "Desk@example.org" not in run("subscribers", "--status", "active").output
    back = run("activate", "Desk@example.org")
    assert back.exit_code == 2 and "only they can subscribe again" in back.output
    missing = run("unsubscribe", "nobody@example.org")
    assert missing.exit_code == 2 and "no subscriber" in missing.output
