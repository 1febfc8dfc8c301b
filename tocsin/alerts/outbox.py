"""The durable outbox: an Alert and one Delivery per subscriber (a mail, or a post to the
subscriber's webhook), written with the change.

Writing deliveries in the transaction that changes the level (the transactional outbox pattern)
means no alert is lost if the process dies right after the change, and none is sent for a
change that was rolled back. The mail asking a new subscriber to confirm their address goes
through the same outbox, so it too survives an SMTP server that is down, with the same retries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from tocsin.accounts.actors import PERSON, PERSON_ACTOR, SYSTEM, public_actor
from tocsin.domain.levels import Level
from tocsin.domain.reasons import told_reasons
from tocsin.domain.wording import DEFAULT, LANGUAGES, N_, situation_name_in, translations
from tocsin.store.models import Alert, Delivery, LevelChange, Situation, Subscriber
from tocsin.store.models.alerts import DeliveryKind
from tocsin.store.uow import UnitOfWork

Told = Callable[[str], str]


def _same(message: str) -> str:
    return message


def new_message_id() -> str:
    """The unique part of a delivery's Message-ID, drawn once and kept with the delivery: a
    retry repeats it (so a copy sent twice is recognised as one), and no other delivery, in
    this store or another, ever has it."""
    return uuid.uuid4().hex


def _changed_by(change: LevelChange, told: Told) -> str:
    """Who changed the level, in words anyone may read: the body is mailed, published in the
    feed and the API, and kept as written, so it names no account ("user:3" would tie one
    analyst's decisions together). Staff find the person in the situation's history."""
    who = told(PERSON if public_actor(change.changed_by) == PERSON_ACTOR else SYSTEM)
    return told(N_("{who} (override)")).format(who=who) if change.override else who


def _name(situation: Situation, language: str) -> str:
    return situation_name_in(language, situation.country_iso3, situation.name, situation.admin1)


def _body(
    situation: Situation, change: LevelChange, told: Told = _same, language: str = DEFAULT
) -> str:
    """The alert's text, in the language of ``told``. The rule's reasons are told in it too,
    their figures placed, a country named as that ``language`` names it; an analyst's own
    words stay as written."""
    before = told(Level(change.from_level).label) if change.from_level else ""
    after = told(Level(change.to_level).label)
    name = _name(situation, language)
    if change.from_level is None:  # the situation was opened
        headline = told(N_("{name} is now under watch, at the level {after}."))
    elif change.from_level == change.to_level:  # an analyst's setting ended, the level kept
        headline = told(N_("{name}: the situation level stays at {after}."))
    else:
        headline = told(N_("{name}: the situation level changed from {before} to {after}."))
    lines = [
        headline.format(name=name, before=before, after=after),
        "",
        told(N_("Why:")),
        *[
            f"- {reason}"
            for reason in told_reasons(change.reasons, change.reason_parts, told, language)
        ],
        "",
        told(N_("Changed by: {who}")).format(who=_changed_by(change, told)),
    ]
    return "\n".join(lines)


def level_title(name: str, from_level: str | None, to_level: str, told: Told = _same) -> str:
    """What a level change is called in an alert's subject, and a notice's."""
    level = Level(to_level)
    if from_level is None:
        title = N_("{name}: placed under watch ({level})")
    elif from_level == to_level:
        title = N_("{name}: level stays at {level}")
    elif level > Level(from_level):
        title = N_("{name}: level raised to {level}")
    else:
        title = N_("{name}: level lowered to {level}")
    return told(title).format(name=name, level=told(level.label))


def _title(
    situation: Situation, change: LevelChange, told: Told = _same, language: str = DEFAULT
) -> str:
    return level_title(_name(situation, language), change.from_level, change.to_level, told)


def told_alert(situation: Situation, change: LevelChange, language: str) -> dict[str, str]:
    """The alert in ``language``: a subscriber's copy, kept with their delivery (what they
    read is fixed when the alert is made, as the English one is), or a feed's entry."""
    told = translations(language).gettext
    return {
        "language": language,
        "subject": _title(situation, change, told, language),
        "body": _body(situation, change, told, language),
    }


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
    title = _title(situation, change)
    alert = Alert(
        kind="level_change",
        situation_id=situation.id,
        country_iso3=situation.country_iso3,
        level=level.value,
        title=title,
        body=_body(situation, change),
        level_change_id=change.id,
        created_at=change.at,
    )
    uow.add(alert)
    uow.flush()
    concerned = _highest_level_involved(change)
    copies: dict[str, dict[str, str]] = {}
    for subscriber in uow.subscribers.for_country(situation.country_iso3):
        if Level(subscriber.min_level) > concerned:
            continue
        language = subscriber.language if subscriber.language in LANGUAGES else DEFAULT
        if language != DEFAULT and language not in copies:
            copies[language] = told_alert(situation, change, language)
        uow.add(
            Delivery(
                alert_id=alert.id,
                subscriber_id=subscriber.id,
                channel="webhook" if subscriber.webhook_url else "email",
                message_id=new_message_id(),
                payload=copies.get(language),
            )
        )
    return alert


def queue_confirmation(
    uow: UnitOfWork,
    subscriber: Subscriber,
    countries: list[str],
    min_level: str,
    language: str = DEFAULT,
    digest: str = "none",
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
            "digest": digest,
        },
    )
    uow.add(delivery)
    return delivery
