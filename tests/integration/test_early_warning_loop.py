"""The foundation loop, on real SQLite and PostgreSQL with a real SMTP server on loopback:
report -> verification with indicator tags -> level raised by the rule -> alert in the outbox
-> delivered by e-mail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.domain.reports import Channel
from tocsin.intake.service import parse_submission, parse_verification, submit_report, verify_report
from tocsin.network.subscribers import add_subscriber
from tocsin.store.models import AuditEntry, Delivery, Event, LevelChange
from tocsin.store.uow import Store

TODAY = date(2026, 3, 1)


def _report(store: Store, who: Principal, title: str) -> int:
    data = {
        "title": title,
        "text": f"{title}. Armed men went house to house in the district.",
        "country": "BFA",
        "occurred_on": "2026-02-20",
        "place_name": "Djibo",
    }
    with store.uow(who.actor) as uow:
        return submit_report(uow, parse_submission(data), who, Channel.API).id


def _verify(store: Store, analyst: Principal, report_id: int, codes: list[str]) -> None:
    with store.uow(analyst.actor) as uow:
        verify_report(
            uow, report_id, parse_verification({"indicators": codes}), analyst, today=TODAY
        )


def test_verified_signals_raise_level_and_alert_is_emailed(store, analyst, monitor, smtp, settings):
    inbox, port = smtp
    settings.smtp_port = port
    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk officer", "desk@example.org", ["Burkina Faso"], analyst)
        add_subscriber(uow, "Elsewhere", "other@example.org", ["MLI"], analyst)

    first = _report(store, monitor, "Village raided")
    _verify(store, analyst, first, ["1.1"])
    with store.uow() as uow:
        assert uow.situations.for_country("BFA").level == "watch"
        assert uow.events.for_report(first) is not None

    second = _report(store, monitor, "Leaders call a group vermin")
    _verify(store, analyst, second, ["8.7", "9.1"])
    with store.uow() as uow:
        situation = uow.situations.for_country("BFA")
        assert situation.level == "serious_concern"
        change = uow.session.scalars(
            select(LevelChange).where(LevelChange.to_level == "serious_concern")
        ).one()
        assert change.changed_by == "rule:level-fusion"
        assert any("risk factors" in reason for reason in change.reasons)
        deliveries = uow.alerts.deliveries()
        assert [d.subscriber.email for d in deliveries] == ["desk@example.org"]

    result = drain_outbox(store, build_channels(settings), settings)
    assert result.sent == 1
    messages = inbox.wait_for(1)
    assert len(messages) == 1
    assert messages[0]["To"] == "desk@example.org"
    assert "serious concern" in messages[0]["Subject"]
    assert "risk factors" in messages[0].get_payload()
    with store.uow() as uow:
        delivery = uow.session.scalars(select(Delivery)).one()
        assert delivery.status == "sent" and delivery.sent_at is not None

    # Draining again sends nothing: a delivered alert is never sent twice.
    assert drain_outbox(store, build_channels(settings), settings).sent == 0
    assert len(inbox.messages) == 1


def test_smtp_down_keeps_alert_in_outbox_until_server_returns(store, analyst, monitor, settings):
    from tests.servers import free_port, smtp_server

    port = free_port()
    settings.smtp_port = port
    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst)
    report = _report(store, monitor, "Massacre reported")
    _verify(store, analyst, report, ["1.1", "8.7", "9.1"])

    down = drain_outbox(store, build_channels(settings), settings)
    assert (down.sent, down.retried) == (0, 1)
    with store.uow() as uow:
        delivery = uow.session.scalars(select(Delivery)).one()
        assert delivery.status == "pending" and delivery.attempts == 1
        assert "unreachable" in delivery.last_error

    with smtp_server(port) as (inbox, _):
        back = drain_outbox(store, build_channels(settings), settings)
        assert back.sent == 1
        assert len(inbox.wait_for(1)) == 1
        assert drain_outbox(store, build_channels(settings), settings).sent == 0
    assert len(inbox.messages) == 1


def test_failed_verification_writes_nothing(store, analyst, monitor):
    report = _report(store, monitor, "Shots fired at market")
    with store.uow(analyst.actor) as uow:
        with pytest.raises(Exception, match="unknown Framework of Analysis indicator"):
            verify_report(
                uow,
                report,
                parse_verification({"indicators": ["1.1", "99.9"]}),
                analyst,
                today=TODAY,
            )
    with store.uow() as uow:
        assert uow.reports.get(report).status == "received"
        assert uow.session.scalars(select(Event)).all() == []


def test_every_write_is_audited_and_audit_is_append_only(store, analyst, monitor):
    report = _report(store, monitor, "Checkpoint abuse")
    _verify(store, analyst, report, ["1.1"])
    with store.uow() as uow:
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "Report")).all()
        actions = {(e.action, e.actor) for e in entries}
        assert ("insert", monitor.actor) in actions
        assert ("update", analyst.actor) in actions
        update = next(e for e in entries if e.action == "update")
        assert update.changes["status"][1] == "verified"
        inserted = next(e for e in entries if e.action == "insert")
        assert inserted.entity_id == str(report) and update.entity_id == str(report)
        event_id = uow.events.for_report(report).id
        assert uow.session.scalar(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "Event", AuditEntry.action == "insert"
            )
        ) == str(event_id)
        assert (
            "reporter_contact" not in update.changes
            or update.changes["reporter_contact"] == "[restricted]"
        )
    with store.engine.connect() as conn, pytest.raises(Exception, match="append-only"):
        conn.exec_driver_sql("DELETE FROM audit_entries")


def test_worker_command_delivers_the_outbox(sqlite_store, settings, smtp):
    """`tocsin worker --once`, as an operator runs it, against a real SMTP server."""
    import os
    import subprocess
    import sys

    from tests.conftest import make_principal
    from tocsin.domain.roles import Role

    inbox, port = smtp
    analyst = make_principal(sqlite_store, Role.ANALYST, "w-ana@example.org")
    monitor = make_principal(sqlite_store, Role.MONITOR, "w-mo@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst)
    _verify(sqlite_store, analyst, _report(sqlite_store, monitor, "Raid"), ["1.1", "8.7"])
    env = dict(os.environ, TOCSIN_DATA_DIR=str(settings.data_dir), TOCSIN_SMTP_PORT=str(port))
    done = subprocess.run(
        [sys.executable, "-m", "tocsin.cli", "worker", "--once", "--no-coding"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    # The subscriber's alert, and the analyst's notice that the level, raised on signals of
    # February that have since left the window, is due for review.
    assert sorted(m["To"] for m in inbox.wait_for(2)) == ["desk@example.org", "w-ana@example.org"]
    with sqlite_store.uow() as uow:
        assert [(d.kind, d.status) for d in uow.alerts.deliveries()] == [
            ("alert", "sent"),
            ("notice", "sent"),
        ]
