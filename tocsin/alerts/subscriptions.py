"""The owner of a mailbox subscribes, confirms and unsubscribes, with no account.

Double opt-in: a request from the public page is stored inactive and only mails a signed link
to the address; alerts start once that link is opened and the confirmation sent from it. The
request answers alike whether or not the address is already subscribed, so the page tells no
stranger who receives alerts; and it changes nothing a subscriber receives until confirmed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from tocsin.accounts.service import normalise_email
from tocsin.alerts.outbox import queue_confirmation
from tocsin.alerts.tokens import CONFIRM_FOR, Confirmation, Unsubscription, owns
from tocsin.domain.digests import parse_digest
from tocsin.domain.errors import Conflict, NotFound
from tocsin.domain.wording import DEFAULT, LANGUAGES
from tocsin.network.subscribers import (
    parse_level,
    resolve_countries,
    set_countries,
    store_new_subscriber,
)
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery, Subscriber
from tocsin.store.models.alerts import DeliveryKind, SubscriberOrigin, SubscriberStatus
from tocsin.store.uow import UnitOfWork

#: Confirmation mails one mailbox may receive in a day, however often its address is typed in.
CONFIRMATIONS_PER_DAY = 3


def request_subscription(
    uow: UnitOfWork,
    email: str,
    countries: list[str],
    min_level: str,
    now: datetime | None = None,
    language: str = DEFAULT,
    digest: str = "none",
) -> None:
    """Queue a confirmation mail for what was asked (alerts, and a weekly summary if
    ``digest`` says so), in ``language``; an unknown address is stored inactive."""
    email = normalise_email(email)
    level = parse_level(min_level)
    digest = parse_digest(digest)
    codes = resolve_countries(uow, countries)
    subscriber = uow.subscribers.by_email(email)
    if subscriber is None:
        # No name: the audit log keeps every column but the address, and a sign-up's only
        # name would be its address.
        subscriber = Subscriber(
            name="",
            email=email,
            min_level=level,
            origin=SubscriberOrigin.SIGN_UP.value,
            active=False,
        )
        set_countries(subscriber, codes)
        store_new_subscriber(uow, subscriber)
    # An existing subscriber is left as it is: anyone can type an address here, and what was
    # asked travels in the signed link, taking effect only when the mailbox's owner confirms.
    since = (now or utcnow()) - timedelta(days=1)
    if uow.alerts.confirmations_since(subscriber.id, since) < CONFIRMATIONS_PER_DAY:
        queue_confirmation(uow, subscriber, codes, level, language, digest)
    uow.commit()


def subscriber_for(uow: UnitOfWork, link: Confirmation | Unsubscription) -> Subscriber:
    """The subscriber a signed link names (a page shows what its button will do)."""
    subscriber = uow.session.get(Subscriber, link.subscriber_id)
    if subscriber is None or not owns(subscriber, link):
        raise NotFound("this link is no longer valid")
    return subscriber


def confirm_subscription(
    uow: UnitOfWork,
    confirmation: Confirmation,
    now: datetime | None = None,
    language: str | None = None,
) -> Subscriber:
    """The owner confirmed from their mailbox: alerts start, for what the link names, in the
    language of the page they confirmed on (``language``; kept as it was if not given).

    A link signed before the person unsubscribed, or for someone an analyst has paused, does
    not bring them back: the later decision stands (they can ask for a new link)."""
    subscriber = subscriber_for(uow, confirmation)
    if subscriber.status is SubscriberStatus.INACTIVE:
        raise Conflict("the alerts to this address are paused by the service's analysts")
    if (
        subscriber.unsubscribed_at is not None
        and confirmation.issued_at is not None
        and confirmation.issued_at < subscriber.unsubscribed_at
    ):
        raise Conflict("this link is older than your unsubscribing; ask for a new one")
    set_countries(subscriber, resolve_countries(uow, confirmation.countries))
    subscriber.min_level = parse_level(confirmation.min_level)
    subscriber.digest = confirmation.digest
    subscriber.active = True
    subscriber.origin = SubscriberOrigin.SIGN_UP.value
    subscriber.confirmed_at = now or utcnow()
    subscriber.unsubscribed_at = None
    if language in LANGUAGES:
        subscriber.language = language
    uow.commit()
    return subscriber


def unsubscribe(uow: UnitOfWork, subscriber: Subscriber, now: datetime | None = None) -> None:
    """No more alerts, for good unless the person subscribes again; asking twice is harmless."""
    if subscriber.active or subscriber.unsubscribed_at is None:
        subscriber.active = False
        subscriber.unsubscribed_at = now or utcnow()
    uow.commit()


def forget_unconfirmed(uow: UnitOfWork, now: datetime | None = None) -> int:
    """Delete sign-ups whose confirmation link has expired unused: an address someone typed
    into the public page, never confirmed by its owner, is not kept. Returns how many."""
    expired = (now or utcnow()) - CONFIRM_FOR
    # Counted from the last link mailed, not from the first request: asking again on day six
    # gives a link that works for seven days.
    last_link = (
        select(func.max(Delivery.created_at))
        .where(
            Delivery.subscriber_id == Subscriber.id,
            Delivery.kind == DeliveryKind.CONFIRMATION.value,
        )
        .scalar_subquery()
    )
    stale = uow.session.scalars(
        select(Subscriber).where(
            Subscriber.origin == SubscriberOrigin.SIGN_UP.value,
            Subscriber.confirmed_at.is_(None),
            Subscriber.unsubscribed_at.is_(None),
            Subscriber.active.is_(False),
            Subscriber.created_at < expired,
            func.coalesce(last_link, Subscriber.created_at) < expired,
        )
    ).all()
    for subscriber in stale:
        # Its only mails were the confirmations; they go with it.
        for delivery in uow.session.scalars(
            select(Delivery).where(Delivery.subscriber_id == subscriber.id)
        ):
            uow.session.delete(delivery)
        uow.session.delete(subscriber)
    uow.commit()
    return len(stale)
