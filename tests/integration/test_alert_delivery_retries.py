"""Delivering alerts against real SMTP servers on loopback, on SQLite and PostgreSQL: what a
refusal means, how long a delivery is retried, and Message-IDs that are unique yet stable."""

from __future__ import annotations

import re
import shutil
from datetime import timedelta

from tests.conftest import make_principal
from tests.integration.alerting import raise_level, scripted_smtp_server
from tests.servers import free_port
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.alerts.subscriptions import unsubscribe
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber
from tocsin.store.engine import make_engine
from tocsin.store.uow import Store

GREYLISTED = "450 4.2.0 Greylisted, please try again later"
TRY_LATER = "451 4.3.0 Try again later"


def _subscribe(store, analyst, email="desk@example.org", countries=("BFA",)) -> int:
    with store.uow(analyst.actor) as uow:
        return add_subscriber(uow, "Desk", email, list(countries), analyst).id


def _only_delivery(store):
    with store.uow() as uow:
        (delivery,) = uow.alerts.deliveries()
        return delivery


def test_a_greylisted_recipient_is_retried_and_then_delivered(store, analyst, settings):
    with scripted_smtp_server(rcpt_replies=[GREYLISTED]) as (inbox, port):
        settings.smtp_port = port
        _subscribe(store, analyst)
        raise_level(store, analyst, "BFA", "serious_concern")

        first = drain_outbox(store, build_channels(settings), settings)

        assert (first.sent, first.retried, first.failed) == (0, 1, 0)
        delivery = _only_delivery(store)
        assert delivery.status == "pending" and delivery.attempts == 1
        assert "450" in delivery.last_error and "Greylisted" in delivery.last_error

        second = drain_outbox(store, build_channels(settings), settings)

        assert second.sent == 1
        assert [m["To"] for m in inbox.wait_for(1)] == ["desk@example.org"]
        assert _only_delivery(store).status == "sent"


def test_a_permanent_refusal_at_rcpt_fails_at_once(store, analyst, settings):
    with scripted_smtp_server(rcpt_replies=["550 5.1.1 No such user"]) as (inbox, port):
        settings.smtp_port = port
        _subscribe(store, analyst)
        raise_level(store, analyst, "BFA", "serious_concern")

        result = drain_outbox(store, build_channels(settings), settings)

        assert (result.sent, result.retried, result.failed) == (0, 0, 1)
        delivery = _only_delivery(store)
        assert delivery.status == "failed" and "550" in delivery.last_error
        assert inbox.messages == []


def test_an_smtp_server_down_for_a_day_is_caught_up(store, analyst, settings):
    """Retries go on, at most an hour apart, until the retry window has passed."""
    settings.smtp_port = free_port()  # nothing listens there
    settings.delivery_backoff_seconds = 30
    _subscribe(store, analyst)
    raise_level(store, analyst, "BFA", "serious_concern")
    delivery = _only_delivery(store)
    queued, now = delivery.created_at, delivery.next_attempt_at
    channels = build_channels(settings)

    while now < queued + timedelta(hours=30):  # down through the night and the next day
        assert drain_outbox(store, channels, settings, now=now).retried == 1
        delivery = _only_delivery(store)
        assert delivery.status == "pending"
        assert delivery.next_attempt_at - now <= timedelta(hours=1)
        now = delivery.next_attempt_at
    assert delivery.attempts > 30

    with scripted_smtp_server() as (inbox, port):
        settings.smtp_port = port
        assert drain_outbox(store, build_channels(settings), settings, now=now).sent == 1
        assert len(inbox.wait_for(1)) == 1


def test_a_delivery_fails_for_good_once_its_retry_window_has_passed(store, analyst, settings):
    settings.smtp_port = free_port()
    settings.delivery_backoff_seconds = 600
    settings.delivery_retry_hours = 3
    _subscribe(store, analyst)
    raise_level(store, analyst, "BFA", "serious_concern")
    delivery = _only_delivery(store)
    queued, now, outcomes = delivery.queued_at, delivery.next_attempt_at, []
    channels = build_channels(settings)

    for _ in range(20):
        result = drain_outbox(store, channels, settings, now=now)
        outcomes.append("failed" if result.failed else "retried")
        delivery = _only_delivery(store)
        if delivery.status != "pending":
            break
        now = delivery.next_attempt_at

    assert delivery.status == "failed" and "unreachable" in delivery.last_error
    assert now == queued + timedelta(hours=3), "the last attempt falls at the window's end"
    assert outcomes[-1] == "failed" and set(outcomes[:-1]) == {"retried"}


def test_a_set_attempts_cap_still_holds(store, analyst, settings):
    settings.smtp_port = free_port()
    settings.delivery_max_attempts = 2
    _subscribe(store, analyst)
    raise_level(store, analyst, "BFA", "serious_concern")
    channels = build_channels(settings)
    assert drain_outbox(store, channels, settings).retried == 1
    assert drain_outbox(store, channels, settings).failed == 1
    assert _only_delivery(store).attempts == 2


def test_an_alert_for_someone_who_unsubscribed_meanwhile_is_not_sent(
    store, analyst, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    subscriber_id = _subscribe(store, analyst)
    raise_level(store, analyst, "BFA", "serious_concern")
    with store.uow("subscriber") as uow:
        unsubscribe(uow, uow.subscribers.get(subscriber_id))

    result = drain_outbox(store, build_channels(settings), settings)

    assert (result.sent, result.cancelled) == (0, 1)
    assert _only_delivery(store).status == "cancelled"
    assert inbox.messages == []


def test_message_ids_are_stable_across_retries_and_name_the_deployment(store, analyst, settings):
    settings.base_url = "https://alerts.example.org"
    with scripted_smtp_server(data_replies=[TRY_LATER, TRY_LATER]) as (inbox, port):
        settings.smtp_port = port
        _subscribe(store, analyst, "desk@example.org")
        _subscribe(store, analyst, "other@example.org")
        raise_level(store, analyst, "BFA", "serious_concern")

        first = drain_outbox(store, build_channels(settings), settings)
        second = drain_outbox(store, build_channels(settings), settings)

        assert (first.retried, second.sent) == (2, 2)
        sent = {m["To"]: m["Message-ID"] for m in inbox.wait_for(2)}
        tried = [(m["To"], m["Message-ID"]) for m in inbox.seen[:2]]
    assert all(sent[to] == message_id for to, message_id in tried), "a retry changed it"
    assert len(set(sent.values())) == 2
    for message_id in sent.values():
        assert re.fullmatch(r"<[0-9a-f]{32}@alerts\.example\.org>", message_id), message_id


def test_message_ids_differ_between_stores_whose_ids_restart(
    sqlite_store, reference_db, settings, tmp_path
):
    """Two deployments (or one store rebuilt) both have alert 1 for subscriber 1."""
    copy = tmp_path / "second.sqlite"
    shutil.copy(reference_db, copy)
    second = Store(make_engine(f"sqlite:///{copy}"))
    ids = []
    with scripted_smtp_server() as (inbox, port):
        settings.smtp_port = port
        for one in (sqlite_store, second):
            analyst = make_principal(one, Role.ANALYST, "ana@example.org")
            _subscribe(one, analyst)
            assert raise_level(one, analyst, "BFA", "serious_concern") == 1
            assert drain_outbox(one, build_channels(settings), settings).sent == 1
        ids = [m["Message-ID"] for m in inbox.wait_for(2)]
    second.dispose()
    assert len(ids) == 2 and ids[0] != ids[1]
