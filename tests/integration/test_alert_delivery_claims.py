"""The outbox with more than one worker and a slow mail server: the store stays writable while
a mail is sent, a delivery taken over by another worker is sent once, and a send never
outlasts its claim."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from tests.conftest import make_principal
from tests.integration.alerting import raise_level, scripted_smtp_server
from tests.servers import Inbox, serving_smtp
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import claim_due, deliver, drain_outbox
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber
from tocsin.store.base import utcnow


@contextmanager
def silent_smtp_server() -> Iterator[tuple[int, threading.Event]]:
    """A listener that accepts connections and never greets, as a blackholed mail host."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)
            connected.set()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield listener.getsockname()[1], connected
    finally:
        listener.close()
        for conn in held:
            conn.close()


def _subscribe(store, analyst, *emails: str) -> None:
    with store.uow(analyst.actor) as uow:
        for email in emails:
            add_subscriber(uow, "Desk", email, ["BFA"], analyst)


def test_the_store_takes_writes_while_a_mail_server_never_answers(sqlite_store, settings, tmp_path):
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    _subscribe(sqlite_store, analyst, "desk@example.org")
    raise_level(sqlite_store, analyst, "BFA", "serious_concern")
    with silent_smtp_server() as (port, connected):
        settings.smtp_port, settings.smtp_timeout = port, 3.0
        results = []
        worker = threading.Thread(
            target=lambda: results.append(
                drain_outbox(sqlite_store, build_channels(settings), settings)
            )
        )
        worker.start()
        assert connected.wait(5), "the worker never reached the mail server"
        other = sqlite3.connect(settings.data_dir / "tocsin.sqlite", timeout=0.2)
        try:
            other.execute("BEGIN IMMEDIATE")  # a write lock, as a report being stored takes
            other.execute("UPDATE countries SET name = name WHERE iso3 = 'BFA'")
            other.commit()
        finally:
            other.close()
        worker.join(10)
    assert results and results[0].retried == 1


def test_a_delivery_taken_over_after_its_lease_ran_out_is_sent_once(store, analyst, settings):
    _subscribe(store, analyst, "desk@example.org", "other@example.org")
    raise_level(store, analyst, "BFA", "serious_concern")
    now, lease = utcnow(), timedelta(seconds=30)
    with scripted_smtp_server() as (inbox, port):
        settings.smtp_port = port
        channels = build_channels(settings)
        slow = claim_due(store, now, lease=lease)  # then busy for longer than its lease
        later = now + 2 * lease
        quick = claim_due(store, later, lease=lease)
        assert sorted(quick.ids) == sorted(slow.ids) and len(slow.ids) == 2

        assert [deliver(store, slow, i, channels, settings, later, lease) for i in slow.ids] == [
            None,
            None,
        ]
        assert [deliver(store, quick, i, channels, settings, later, lease) for i in quick.ids] == [
            "sent",
            "sent",
        ]
        assert [deliver(store, slow, i, channels, settings, later, lease) for i in slow.ids] == [
            None,
            None,
        ]
        assert sorted(m["To"] for m in inbox.wait_for(2)) == [
            "desk@example.org",
            "other@example.org",
        ]
    assert len(inbox.messages) == 2
    with store.uow() as uow:
        assert {(d.status, d.attempts) for d in uow.alerts.deliveries()} == {("sent", 1)}


@dataclass
class DawdlingInbox(Inbox):
    """A mail server that takes `pause` seconds over each of MAIL and RCPT of its first
    `slow_mails` mails: every step inside the client's socket timeout, the whole far longer."""

    pause: float = 1.5
    slow_mails: int = 1
    slow_sessions: list[object] = field(default_factory=list)  # held, so never confused

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        if self.slow_mails > 0:
            self.slow_mails -= 1
            self.slow_sessions.append(session)
        if any(s is session for s in self.slow_sessions):
            await asyncio.sleep(self.pause)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if any(s is session for s in self.slow_sessions):
            await asyncio.sleep(self.pause)
        envelope.rcpt_tos.append(address)
        return "250 OK"


@contextmanager
def dawdling_smtp_server() -> Iterator[tuple[DawdlingInbox, int]]:
    inbox = DawdlingInbox()
    with serving_smtp(inbox) as port:
        yield inbox, port


def test_a_send_slower_than_its_lease_is_cut_off_and_the_alert_arrives_once(
    store, analyst, settings
):
    _subscribe(store, analyst, "desk@example.org")
    raise_level(store, analyst, "BFA", "serious_concern")
    lease = timedelta(seconds=2)
    with dawdling_smtp_server() as (inbox, port):
        settings.smtp_port, settings.smtp_timeout = port, 2.0  # each step answers within it
        channels = build_channels(settings)
        first = claim_due(store, utcnow(), lease=lease)
        outcomes: list[str | None] = []
        slow = threading.Thread(
            target=lambda: outcomes.extend(
                deliver(store, first, i, channels, settings, lease=lease) for i in first.ids
            )
        )
        started = time.monotonic()
        slow.start()
        time.sleep(lease.total_seconds() + 0.3)  # the first claim has run out
        second = claim_due(store, utcnow(), lease=lease)
        assert second.ids == first.ids, "the delivery was neither sent nor retryable in time"
        assert [deliver(store, second, i, channels, settings, lease=lease) for i in second.ids] == [
            "sent"
        ]
        slow.join(10)
        time.sleep(1.5)  # a send that went on regardless would have arrived by now
    assert [m["To"] for m in inbox.messages] == ["desk@example.org"], "the alert came twice"
    assert outcomes == ["retried"], "the slow send was not cut off"
    assert time.monotonic() - started < 2 * lease.total_seconds() + 3
    with store.uow() as uow:
        (delivery,) = uow.alerts.deliveries()
        assert (delivery.status, delivery.attempts) == ("sent", 2)
