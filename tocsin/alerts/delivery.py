"""Draining the outbox: claim due deliveries, send them, record what happened.

A claim is a short lease committed before sending, so two workers never send the same
delivery. A failed attempt that may succeed later (the server unreachable, a 4xx reply) is
retried on the policy of `tocsin.alerts.retry` until its retry window has passed; a 5xx reply
fails it at once. An alert for someone who unsubscribed while it waited is cancelled, not sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tocsin.alerts.channels import Channel, DeliveryError
from tocsin.alerts.retry import next_attempt
from tocsin.config import Settings
from tocsin.store.base import utcnow
from tocsin.store.models.alerts import DeliveryKind
from tocsin.store.uow import Store

LEASE = timedelta(minutes=5)


@dataclass
class DrainResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0


def _claim(store: Store, now: datetime, limit: int) -> list[int]:
    with store.uow(actor="worker") as uow:
        ids = [d.id for d in uow.alerts.due_deliveries(now, limit)]
        claimed = [i for i in ids if uow.alerts.claim(i, now, now + LEASE)]
        uow.commit()
    return claimed


def _attempt(
    store: Store,
    delivery_id: int,
    channels: dict[str, Channel],
    settings: Settings,
    now: datetime | None,
) -> str:
    with store.uow(actor="worker") as uow:
        delivery = uow.alerts.delivery(delivery_id)
        delivery.claimed_until = None
        if delivery.kind == DeliveryKind.ALERT and not delivery.subscriber.active:
            delivery.status = "cancelled"
            delivery.last_error = "the subscriber unsubscribed or was deactivated"
            uow.commit()
            return "cancelled"
        channel = channels.get(delivery.channel)
        delivery.attempts += 1
        try:
            if channel is None:
                raise DeliveryError(f"no channel {delivery.channel!r}", retryable=False)
            channel.send(delivery)
        except DeliveryError as exc:
            delivery.last_error = str(exc)[:2000]
            later = next_attempt(delivery, settings, now or utcnow()) if exc.retryable else None
            if later is None:
                delivery.status = "failed"
                outcome = "failed"
            else:
                delivery.next_attempt_at = later
                outcome = "retried"
        else:
            delivery.status = "sent"
            delivery.sent_at = utcnow()
            delivery.last_error = None
            outcome = "sent"
        uow.commit()
    return outcome


def drain_outbox(
    store: Store,
    channels: dict[str, Channel],
    settings: Settings,
    limit: int = 100,
    now: datetime | None = None,
) -> DrainResult:
    """Send what is due; `now` stands in for the clock (a test of the retry window)."""
    result = DrainResult()
    for delivery_id in _claim(store, now or utcnow(), limit):
        outcome = _attempt(store, delivery_id, channels, settings, now)
        setattr(result, outcome, getattr(result, outcome) + 1)
    return result
