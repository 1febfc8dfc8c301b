"""Draining the outbox: claim due deliveries, send them, record what happened.

A claim is a short lease committed before sending, so two workers never send the same
delivery; a failed attempt is retried with exponential backoff until the attempts run out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tocsin.alerts.channels import Channel, DeliveryError
from tocsin.config import Settings
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery
from tocsin.store.uow import Store

LEASE = timedelta(minutes=5)


@dataclass
class DrainResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0


def backoff(attempts: int, base_seconds: float) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at 6 h: a server down overnight is still caught up."""
    return timedelta(seconds=min(base_seconds * (2 ** max(attempts - 1, 0)), 6 * 3600))


def _claim(store: Store, now: datetime, limit: int) -> list[int]:
    with store.uow(actor="worker") as uow:
        ids = [d.id for d in uow.alerts.due_deliveries(now, limit)]
        claimed = [i for i in ids if uow.alerts.claim(i, now, now + LEASE)]
        uow.commit()
    return claimed


def _attempt(
    store: Store, delivery_id: int, channels: dict[str, Channel], settings: Settings
) -> str:
    with store.uow(actor="worker") as uow:
        delivery = uow.session.get(Delivery, delivery_id)
        assert delivery is not None
        channel = channels.get(delivery.channel)
        delivery.attempts += 1
        try:
            if channel is None:
                raise DeliveryError(f"no channel {delivery.channel!r}", retryable=False)
            channel.send(delivery)
        except DeliveryError as exc:
            delivery.last_error = str(exc)[:2000]
            delivery.claimed_until = None
            if not exc.retryable or delivery.attempts >= settings.delivery_max_attempts:
                delivery.status = "failed"
                outcome = "failed"
            else:
                delivery.next_attempt_at = utcnow() + backoff(
                    delivery.attempts, settings.delivery_backoff_seconds
                )
                outcome = "retried"
        else:
            delivery.status = "sent"
            delivery.sent_at = utcnow()
            delivery.last_error = None
            delivery.claimed_until = None
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
    result = DrainResult()
    for delivery_id in _claim(store, now or utcnow(), limit):
        outcome = _attempt(store, delivery_id, channels, settings)
        setattr(result, outcome, getattr(result, outcome) + 1)
    return result
