"""The durable outbox: an Alert and one Delivery per subscriber, written with the change.

Writing deliveries in the transaction that changes the level (the transactional outbox pattern)
means no alert is lost if the process dies right after the change, and none is sent for a
change that was rolled back. The mail asking a new subscriber to confirm their address goes
through the same outbox, so it too survives an SMTP server that is down, with the same retries.
"""

from __future__ import annotations

import uuid

from tocsin.accounts.actors import PERSON, PERSON_ACTOR, SYSTEM, public_actor
from tocsin.domain.levels import Level
from tocsin.domain.wording import DEFAULT
from tocsin.store.models import Alert, Delivery, LevelChange, Situation, Subscriber
from tocsin.store.models.alerts import DeliveryKind
from tocsin.store.uow import UnitOfWork


def new_message_id() -> str:
    """The unique part of a delivery's Message-ID, drawn once and kept with the delivery: a
    retry repeats it (so a copy sent twice is recognised as one), and no other delivery, in
    this store or another, ever has it."""
    return uuid.uuid4().hex


def _changed_by(change: LevelChange) -> str:
    """Who changed the level, in words anyone may read: the body is mailed, published in the
    feed and the API, and kept as written, so it names no account ("user:3" would tie one
    analyst's decisions together). Staff find the person in the situation's history."""
    who = PERSON if public_actor(change.changed_by) == PERSON_ACTOR else SYSTEM
    return f"{who} (override)" if change.override else who


def _body(situation: Situation, change: LevelChange) -> str:
    before = Level(change.from_level).label if change.from_level else "none"
    after = Level(change.to_level).label
    if change.from_level is None:  # the situation was opened
        headline = f"{situation.name} is now under watch, at the level {after}."
    elif change.from_level == change.to_level:  # an analyst's setting ended, the level kept
        headline = f"{situation.name}: the situation level stays at {after}."
    else:
        headline = f"{situation.name}: the situation level changed from {before} to {after}."
    lines = [
        headline,
        "",
        "Why:",
        *[f"- {reason}" for reason in change.reasons],
        "",
        f"Changed by: {_changed_by(change)}",
    ]
    return "\n".join(lines)


def _highest_level_involved(change: LevelChange) -> Level:
    """The level a subscriber's minimum is held against: the new one for a raising, the one
    left for a lowering. A subscriber told a country reached their level (or whose minimum that
    level met) must hear that it no longer stands there, or their mailbox keeps an alert the
    service has withdrawn; a raising still reaches only those whose minimum it meets."""
    level = Level(change.to_level)
    if change.from_level is None:
        return level
    return max(level, Level(change.from_level))


def queue_level_alert(uow: UnitOfWork, situation: Situation, change: LevelChange) -> Alert:
    level = Level(change.to_level)
    raising = change.from_level is None or level > Level(change.from_level)
    if change.from_level is None:
        title = f"{situation.name}: placed under watch ({level.label})"
    else:
        if change.from_level == change.to_level:
            verb = "stays at"
        else:
            verb = "raised to" if raising else "lowered to"
        title = f"{situation.name}: level {verb} {level.label}"
    alert = Alert(
        kind="level_change",
        situation_id=situation.id,
        country_iso3=situation.country_iso3,
        level=level.value,
        title=title,
        body=_body(situation, change),
        created_at=change.at,
    )
    uow.add(alert)
    uow.flush()
    concerned = _highest_level_involved(change)
    for subscriber in uow.subscribers.for_country(situation.country_iso3):
        if Level(subscriber.min_level) > concerned:
            continue
        uow.add(
            Delivery(
                alert_id=alert.id,
                subscriber_id=subscriber.id,
                channel="email",
                message_id=new_message_id(),
            )
        )
    return alert


def queue_confirmation(
    uow: UnitOfWork,
    subscriber: Subscriber,
    countries: list[str],
    min_level: str,
    language: str = DEFAULT,
) -> Delivery:
    """The mail that asks the owner of a mailbox to confirm what was asked in their name, in
    the language of the page it was asked on."""
    names = [country.name if (country := uow.reference.country(c)) else c for c in countries]
    delivery = Delivery(
        kind=DeliveryKind.CONFIRMATION.value,
        subscriber=subscriber,
        channel="email",
        message_id=new_message_id(),
        payload={
            "countries": countries,
            "country_names": names,
            "min_level": min_level,
            "language": language,
        },
    )
    uow.add(delivery)
    return delivery
