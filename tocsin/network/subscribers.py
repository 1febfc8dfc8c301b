"""Subscribers: who receives alerts for which countries."""

from __future__ import annotations

from tocsin.accounts.service import Principal, normalise_email
from tocsin.domain.errors import Conflict, InvalidInput
from tocsin.domain.levels import Level
from tocsin.domain.roles import Permission, require
from tocsin.store.models import Subscriber, Subscription
from tocsin.store.uow import UnitOfWork


def add_subscriber(
    uow: UnitOfWork,
    name: str,
    email: str,
    countries: list[str],
    principal: Principal,
    organisation: str | None = None,
    min_level: str = Level.WATCH.value,
) -> Subscriber:
    require(principal.role, Permission.MANAGE_SUBSCRIBERS)
    email = normalise_email(email)
    if uow.subscribers.by_email(email):
        raise Conflict(f"{email} is already a subscriber")
    try:
        Level(min_level)
    except ValueError:
        raise InvalidInput(
            f"min_level: must be one of {', '.join(v.value for v in Level)}"
        ) from None
    if not countries:
        raise InvalidInput("countries: subscribe to at least one country")
    subscriber = Subscriber(
        name=name.strip() or email, email=email, organisation=organisation, min_level=min_level
    )
    for text in dict.fromkeys(countries):
        iso3 = uow.reference.resolve_country(text)
        if iso3 is None:
            raise InvalidInput(f"countries: unknown country {text!r}")
        subscriber.subscriptions.append(Subscription(country_iso3=iso3))
    uow.add(subscriber)
    uow.commit()
    return subscriber
