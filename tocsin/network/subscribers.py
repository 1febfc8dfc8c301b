"""Subscribers: who receives alerts for which countries, as analysts manage them.

One mailbox is one subscriber whatever the letter case of its address. An analyst may add,
edit, deactivate and reactivate subscribers, and activate an address signed up on the public
page but not yet confirmed (it is then the analyst's subscriber, and its alerts say so: a
stranger typing an address into that page cannot keep analysts from adding it). A person who
unsubscribed is theirs alone to bring back, by subscribing again (`tocsin.alerts.subscriptions`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.exc import IntegrityError

from tocsin.accounts.service import Principal, normalise_email
from tocsin.domain.digests import parse_digest
from tocsin.domain.errors import Conflict, InvalidInput
from tocsin.domain.levels import Level
from tocsin.domain.roles import Permission, require
from tocsin.domain.webhooks import new_secret, parse_webhook_url
from tocsin.domain.wording import DEFAULT, LANGUAGES, N_
from tocsin.store.models import Subscriber, Subscription
from tocsin.store.models.alerts import SubscriberOrigin, SubscriberStatus
from tocsin.store.uow import UnitOfWork


def parse_level(min_level: str) -> str:
    try:
        return Level(min_level).value
    except ValueError:
        raise InvalidInput(
            f"min_level: must be one of {', '.join(v.value for v in Level)}"
        ) from None


def parse_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(f"language: must be one of {', '.join(LANGUAGES)}")
    return language


def resolve_countries(uow: UnitOfWork, countries: Iterable[str]) -> list[str]:
    """ISO 3166 codes of countries given as codes or names, each once; at least one."""
    codes = []
    for text in dict.fromkeys(countries):
        iso3 = uow.reference.resolve_country(text)
        if iso3 is None:
            raise InvalidInput(f"countries: unknown country {text!r}")
        codes.append(iso3)
    if not codes:
        raise InvalidInput("countries: subscribe to at least one country")
    return list(dict.fromkeys(codes))


def set_countries(subscriber: Subscriber, codes: list[str]) -> None:
    """Keep the subscriptions still wanted and add the new ones (replacing them all would
    insert a country again before its old row is deleted)."""
    wanted = set(codes)
    subscriber.subscriptions = [s for s in subscriber.subscriptions if s.country_iso3 in wanted]
    held = {s.country_iso3 for s in subscriber.subscriptions}
    for iso3 in codes:
        if iso3 not in held:
            subscriber.subscriptions.append(Subscription(country_iso3=iso3))


def store_new_subscriber(uow: UnitOfWork, subscriber: Subscriber) -> None:
    """Add and flush, so two requests racing for one mailbox end in a conflict, not a crash."""
    uow.add(subscriber)
    try:
        uow.flush()
    except IntegrityError:
        uow.rollback()
        raise Conflict(f"{subscriber.email} is already a subscriber") from None


def add_subscriber(
    uow: UnitOfWork,
    name: str,
    email: str,
    countries: list[str],
    principal: Principal,
    organisation: str | None = None,
    min_level: str = Level.WATCH.value,
    language: str = DEFAULT,
    webhook_url: str | None = None,
    digest: str = "none",
) -> Subscriber:
    """A subscriber an analyst adds: a mailbox, or a partner's system that takes the alerts
    at ``webhook_url`` (the e-mail address then names whom to ask about it)."""
    require(principal.role, Permission.MANAGE_SUBSCRIBERS)
    email = normalise_email(email)
    existing = uow.subscribers.by_email(email)
    if existing is not None and existing.status is not SubscriberStatus.UNCONFIRMED:
        raise Conflict(f"{email} is already a subscriber")
    # A sign-up nobody confirmed (anyone may type an address on the public page) does not
    # block the analyst: it becomes the analyst's subscriber, as the analyst sets it.
    subscriber = existing or Subscriber(email=email)
    subscriber.name = name.strip()  # never the address: the audit log keeps names
    subscriber.organisation = organisation
    subscriber.min_level = parse_level(min_level)
    subscriber.language = parse_language(language)
    subscriber.origin = SubscriberOrigin.ANALYST.value
    subscriber.active = True
    set_countries(subscriber, resolve_countries(uow, countries))
    set_webhook(subscriber, webhook_url or "")
    subscriber.digest = parse_digest(digest)
    if existing is None:
        store_new_subscriber(uow, subscriber)
    uow.commit()
    return subscriber


def set_webhook(subscriber: Subscriber, url: str) -> None:
    """Alerts to ``url`` from now on, signed with a new key (an address changed is a new
    receiver); "" for mails again."""
    if not url.strip():
        subscriber.webhook_url = subscriber.webhook_secret = None
        return
    url = parse_webhook_url(url)
    if url != subscriber.webhook_url:
        subscriber.webhook_url, subscriber.webhook_secret = url, new_secret()


def update_subscriber(
    uow: UnitOfWork,
    subscriber_id: int,
    principal: Principal,
    active: bool | None = None,
    countries: list[str] | None = None,
    min_level: str | None = None,
    language: str | None = None,
    webhook_url: str | None = None,
    renew_webhook_secret: bool = False,
    digest: str | None = None,
) -> Subscriber:
    """An analyst's change: deactivate or reactivate, other countries, another minimum level,
    another language for the alerts, another webhook ("" for mails again) or a new key for
    it (the old one stops signing at once)."""
    require(principal.role, Permission.MANAGE_SUBSCRIBERS)
    subscriber = uow.subscribers.get(subscriber_id)
    if webhook_url is not None:
        set_webhook(subscriber, webhook_url)
    if digest is not None:
        subscriber.digest = parse_digest(digest)
    if renew_webhook_secret:
        if not subscriber.webhook_url:
            raise InvalidInput(N_("renew_webhook_secret: the subscriber has no webhook"))
        subscriber.webhook_secret = new_secret()
    if countries is not None:
        set_countries(subscriber, resolve_countries(uow, countries))
    if min_level is not None:
        subscriber.min_level = parse_level(min_level)
    if language is not None:
        subscriber.language = parse_language(language)
    if active is True and not subscriber.active:
        if subscriber.unsubscribed_at is not None:
            raise Conflict(
                f"{subscriber.email} unsubscribed on {subscriber.unsubscribed_at:%Y-%m-%d}; "
                "only they can subscribe again, at /subscribe"
            )
        if subscriber.status == SubscriberStatus.UNCONFIRMED:
            subscriber.origin = SubscriberOrigin.ANALYST.value
        subscriber.active = True
    elif active is False:
        subscriber.active = False
    uow.commit()
    return subscriber
