"""The durable outbox: an Alert and one Delivery per subscriber, written with the change.

Writing deliveries in the transaction that changes the level (the transactional outbox pattern)
means no alert is lost if the process dies right after the change, and none is sent for a
change that was rolled back.
"""

from __future__ import annotations

from tocsin.domain.levels import Level
from tocsin.store.models import Alert, Delivery, LevelChange, Situation
from tocsin.store.uow import UnitOfWork


def _body(situation: Situation, change: LevelChange) -> str:
    before = Level(change.from_level).label if change.from_level else "none"
    lines = [
        f"{situation.name}: the situation level changed from {before} to "
        f"{Level(change.to_level).label}.",
        "",
        "Why:",
        *[f"- {reason}" for reason in change.reasons],
        "",
        f"Changed by: {change.changed_by}{' (analyst override)' if change.override else ''}",
    ]
    return "\n".join(lines)


def queue_level_alert(uow: UnitOfWork, situation: Situation, change: LevelChange) -> Alert:
    level = Level(change.to_level)
    raising = change.from_level is None or level > Level(change.from_level)
    verb = "raised to" if raising else "lowered to"
    alert = Alert(
        kind="level_change",
        situation_id=situation.id,
        country_iso3=situation.country_iso3,
        level=level.value,
        title=f"{situation.name}: level {verb} {level.label}",
        body=_body(situation, change),
        created_at=change.at,
    )
    uow.add(alert)
    uow.flush()
    for subscriber in uow.subscribers.for_country(situation.country_iso3):
        if Level(subscriber.min_level) > level:
            continue
        uow.add(
            Delivery(
                alert_id=alert.id,
                subscriber_id=subscriber.id,
                channel="email",
                message_id=f"<alert-{alert.id}.subscriber-{subscriber.id}@tocsin>",
            )
        )
    return alert
