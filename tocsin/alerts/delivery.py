"""Draining the outbox: claim due deliveries, send them, record what happened.

A worker claims a small batch under a random claim token and a lease, committed before any
sending. Right before each send it claims that delivery again (a compare-and-set: still
pending, still under its own token) and renews the lease, so a delivery whose lease ran out
and was taken by another worker is never sent twice. The mail is composed in that short
transaction and sent after its commit, and the outcome is recorded in a second one: the store
is never locked while an SMTP server is slow or silent (on SQLite a write transaction held
through the attempt would stop reports coming in).

A send never outlasts the lease: it must have ended by half the lease after the claim was
renewed, when the channel gives up (the e-mail channel shuts the connection) and the attempt
counts as failed, to be retried. A lease renewed while the send goes on would need a second
thread writing to the store during the send, and a worker stalled or cut off from the store
would still send after its claim had passed to another; a deadline holds with no store at
all. Half the lease leaves the rest for recording the outcome and for clocks that differ
between the workers' machines. A server that took the whole mail but whose reply was cut off
can still get it twice; the retry keeps its Message-ID, so the copy is recognisable.

A failed attempt that may succeed later (the server unreachable, a 4xx reply) is retried on
the policy of `tocsin.alerts.retry` until its retry window has passed; a 5xx reply fails it at
once. An alert for someone who unsubscribed while it waited is cancelled, not sent, and so is
a notice for a person whose account was closed or who turned notices off.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from tocsin.alerts.channels import Channel, DeliveryError
from tocsin.alerts.retry import next_attempt
from tocsin.config import Settings
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery
from tocsin.store.models.alerts import DeliveryKind
from tocsin.store.uow import Store

log = logging.getLogger("tocsin.alerts")

#: How long a claim holds. Renewed before each send, so it need only outlast one attempt,
#: which is cut off at `SEND_SHARE` of it.
LEASE = timedelta(minutes=5)
#: The share of the lease one send may take (see above).
SEND_SHARE = 0.5
#: Deliveries claimed at once: few, so that the tail of a batch is not held long by one worker
#: while another worker is idle.
BATCH = 10


@dataclass
class DrainResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0


@dataclass
class Claim:
    """Deliveries one worker holds, under its token."""

    token: str
    ids: list[int]


@dataclass
class _Ready:
    channel: Channel
    outgoing: object


def claim_due(
    store: Store,
    now: datetime,
    limit: int = BATCH,
    lease: timedelta = LEASE,
    exclude: frozenset[int] = frozenset(),
) -> Claim:
    token = uuid.uuid4().hex
    with store.uow(actor="worker") as uow:
        ids = [d.id for d in uow.alerts.due_deliveries(now, limit, exclude)]
        claimed = [i for i in ids if uow.alerts.claim(i, token, now, now + lease)]
        uow.commit()
    return Claim(token, claimed)


def _prepare(
    store: Store,
    claim: Claim,
    delivery_id: int,
    channels: dict[str, Channel],
    now: datetime,
    lease: timedelta,
) -> _Ready | str | None:
    """Claim the delivery again and compose what to send, in one short transaction. None
    when it is no longer this worker's (sent, or taken by another once the lease ran out)."""
    with store.uow(actor="worker") as uow:
        if not uow.alerts.renew_claim(delivery_id, claim.token, now + lease):
            uow.rollback()
            return None
        delivery = uow.alerts.delivery(delivery_id)
        if (why := _not_wanted(delivery)) is not None:
            _settle(delivery, "cancelled", why)
            uow.commit()
            return "cancelled"
        channel = channels.get(delivery.channel)
        if channel is None:
            _settle(delivery, "failed", f"no channel {delivery.channel!r}")
            uow.commit()
            return "failed"
        outgoing = channel.prepare(delivery)
        delivery.attempts += 1
        uow.commit()
    return _Ready(channel, outgoing)


def _not_wanted(delivery: Delivery) -> str | None:
    """Why a delivery is no longer to be sent: its reader left, or turned notices off."""
    to_subscriber = delivery.kind in (DeliveryKind.ALERT, DeliveryKind.DIGEST)
    if to_subscriber and delivery.subscriber is not None:
        if not delivery.subscriber.active:
            return "the subscriber unsubscribed or was deactivated"
        if delivery.channel == "webhook" and not delivery.subscriber.webhook_url:
            return "the subscriber's webhook was removed"
    if delivery.kind == DeliveryKind.NOTICE and delivery.user is not None:
        if not delivery.user.active:
            return "the person's account was closed"
        if not delivery.user.notices:
            return "the person turned notices off"
    return None


def _settle(delivery: Delivery, status: str, error: str | None) -> None:
    delivery.status = status
    delivery.last_error = error[:2000] if error else None
    delivery.claimed_until = None
    delivery.claim_token = None


def _record(
    store: Store,
    claim: Claim,
    delivery_id: int,
    error: DeliveryError | None,
    settings: Settings,
    now: datetime,
) -> str | None:
    with store.uow(actor="worker") as uow:
        delivery = uow.session.get(Delivery, delivery_id, with_for_update=True)
        if delivery is None or delivery.claim_token != claim.token:
            log.warning("delivery %s was taken by another worker while it was sent", delivery_id)
            return None
        if error is None:
            _settle(delivery, "sent", None)
            delivery.sent_at = utcnow()
            outcome = "sent"
        else:
            later = next_attempt(delivery, settings, now) if error.retryable else None
            if later is None:
                _settle(delivery, "failed", str(error))
                outcome = "failed"
            else:
                _settle(delivery, "pending", str(error))
                delivery.next_attempt_at = later
                outcome = "retried"
        uow.commit()
    return outcome


def deliver(
    store: Store,
    claim: Claim,
    delivery_id: int,
    channels: dict[str, Channel],
    settings: Settings,
    now: datetime | None = None,
    lease: timedelta = LEASE,
) -> str | None:
    """One attempt at a claimed delivery: its outcome, or None when it is no longer ours."""
    deadline = time.monotonic() + lease.total_seconds() * SEND_SHARE  # from the renewal
    ready = _prepare(store, claim, delivery_id, channels, now or utcnow(), lease)
    if not isinstance(ready, _Ready):
        return ready
    error: DeliveryError | None = None
    try:
        ready.channel.send(ready.outgoing, deadline)  # outside any transaction
    except DeliveryError as exc:
        error = exc
    return _record(store, claim, delivery_id, error, settings, now or utcnow())


def drain_outbox(
    store: Store,
    channels: dict[str, Channel],
    settings: Settings,
    limit: int = 100,
    now: datetime | None = None,
    lease: timedelta = LEASE,
) -> DrainResult:
    """Send up to `limit` due deliveries, a small batch at a time; `now` stands in for the
    clock (a test of the retry window)."""
    result = DrainResult()
    tried: set[int] = set()  # each is tried once a round, however soon its retry falls due
    while len(tried) < limit:
        size = min(BATCH, limit - len(tried))
        claim = claim_due(store, now or utcnow(), size, lease, frozenset(tried))
        if not claim.ids:
            break
        for delivery_id in claim.ids:
            outcome = deliver(store, claim, delivery_id, channels, settings, now, lease)
            if outcome is not None:
                setattr(result, outcome, getattr(result, outcome) + 1)
        tried.update(claim.ids)
    return result
