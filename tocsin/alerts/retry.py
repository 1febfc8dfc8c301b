"""When to try a delivery again, when to give up, and sending failed ones again.

The policy is one of time, not of attempts: a delivery is retried with exponential backoff
(30 s doubling, at most an hour apart by default) until its retry window (48 hours by default)
has passed since it was queued, so a mail server down overnight or over a weekend is caught
up. The last attempt falls at the window's end. `TOCSIN_DELIVERY_MAX_ATTEMPTS`, when set,
caps the attempts as well.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tocsin.config import Settings
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery
from tocsin.store.uow import UnitOfWork


def backoff(attempts: int, base_seconds: float, cap_seconds: float = 3600.0) -> timedelta:
    """30 s, 1 min, 2 min, ... after the 1st, 2nd, 3rd attempt, never more than the cap."""
    return timedelta(seconds=min(base_seconds * (2 ** min(max(attempts - 1, 0), 40)), cap_seconds))


def retry_deadline(delivery: Delivery, settings: Settings) -> datetime:
    return delivery.queued_at + timedelta(hours=settings.delivery_retry_hours)


def next_attempt(delivery: Delivery, settings: Settings, now: datetime) -> datetime | None:
    """When to try again after a failed attempt that may succeed later; None: give up."""
    cap = settings.delivery_max_attempts
    if cap is not None and delivery.attempts >= cap:
        return None
    deadline = retry_deadline(delivery, settings)
    if now >= deadline:
        return None
    wait = backoff(
        delivery.attempts, settings.delivery_backoff_seconds, settings.delivery_backoff_max_seconds
    )
    return min(now + wait, deadline)


def requeue(uow: UnitOfWork, deliveries: list[Delivery], now: datetime | None = None) -> int:
    """Send failed deliveries again, each with a fresh retry window and its Message-ID kept
    (a copy that did arrive after all is then recognised as one). Returns how many."""
    now = now or utcnow()
    count = 0
    for delivery in deliveries:
        if delivery.status != "failed":
            continue
        delivery.status = "pending"
        delivery.queued_at = now
        delivery.next_attempt_at = now
        delivery.claimed_until = None
        delivery.claim_token = None
        count += 1
    uow.commit()
    return count
