"""Actions: what was actually done in a situation, and how long after the warning.

Early warning is judged by early action. An analyst or advocacy officer records each response
that was taken (who acted, when, which measure, what they did, a source), and the situation's
page sets them against the warning: when the level first reached serious concern or above in
the current episode, how many days passed before the first response, and what followed. The
record is public, as the acts of governments and international bodies are; who recorded it
is staff's to read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.domain.levels import Level
from tocsin.domain.roles import Permission, require
from tocsin.domain.wording import N_
from tocsin.store.base import utcnow
from tocsin.store.models import Action, LevelChange, Measure
from tocsin.store.uow import UnitOfWork

ACTOR_CHARS = 200
DESCRIPTION_CHARS = 5000
URL_CHARS = 500


def _text(value: str, field: str, limit: int) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(N_("{field}: required"), field=field)
    if len(value) > limit:
        raise InvalidInput(N_("{field}: at most {limit} characters"), field=field, limit=limit)
    return value


def _source(url: str | None) -> str | None:
    url = (url or "").strip()
    if not url:
        return None
    if len(url) > URL_CHARS or not url.startswith(("https://", "http://")):
        raise InvalidInput(N_("source_url: a web address (http or https)"))
    return url


def record_action(
    uow: UnitOfWork,
    situation_id: int,
    principal: Principal,
    actor: str,
    taken_on: date,
    description: str,
    measure_code: str | None = None,
    source_url: str | None = None,
) -> Action:
    """Record a response taken in a situation (audited, as every write is)."""
    require(principal.role, Permission.RECORD_ACTION)
    uow.situations.get(situation_id)
    if taken_on > utcnow().date():
        raise InvalidInput(N_("taken_on: a response not yet taken is not recorded"))
    measure = None
    if measure_code:
        measure = uow.session.scalar(select(Measure).where(Measure.code == measure_code))
        if measure is None:
            raise InvalidInput(N_("measure: no measure {code!r}"), code=measure_code)
    action = Action(
        situation_id=situation_id,
        measure_id=measure.id if measure else None,
        actor=_text(actor, "actor", ACTOR_CHARS),
        taken_on=taken_on,
        description=_text(description, "description", DESCRIPTION_CHARS),
        source_url=_source(source_url),
        recorded_by_id=principal.user_id,
    )
    uow.add(action)
    uow.commit()
    return action


def actions_for(uow: UnitOfWork, situation_id: int) -> list[Action]:
    """Newest first."""
    return list(
        uow.session.scalars(
            select(Action)
            .where(Action.situation_id == situation_id)
            .order_by(Action.taken_on.desc(), Action.id.desc())
        )
    )


@dataclass(frozen=True)
class ResponseGap:
    """The current warning and the response to it."""

    warned_on: date  # the level rose to serious concern or above, this episode
    level: str  # the level it rose to then
    first_action_on: date | None
    actions: int

    @property
    def days_to_first_action(self) -> int | None:
        if self.first_action_on is None:
            return None
        return (self.first_action_on - self.warned_on).days


def response_gap(uow: UnitOfWork, situation_id: int) -> ResponseGap | None:
    """None while the situation is below serious concern. The episode starts when the level
    last rose to serious concern or above from below it."""
    return response_gaps(uow, [situation_id]).get(situation_id)


def _warning(changes: list[tuple[str, datetime]]) -> tuple[date, Level] | None:
    """The day and level of the current episode's warning, from (level, moment) changes
    oldest first."""
    warned: tuple[date, Level] | None = None
    for to_level, at in changes:
        level = Level(to_level)
        if level < Level.SERIOUS_CONCERN:
            warned = None
        elif warned is None:
            warned = (at.date(), level)
    return warned


def response_gaps(uow: UnitOfWork, situation_ids: list[int]) -> dict[int, ResponseGap | None]:
    """The response gap of each situation, in two queries however many there are (the
    watchlist shows one beside every level)."""
    changes: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for situation_id, to_level, at in uow.session.execute(
        select(LevelChange.situation_id, LevelChange.to_level, LevelChange.at)
        .where(LevelChange.situation_id.in_(situation_ids))
        .order_by(LevelChange.id)
    ):
        changes[situation_id].append((to_level, at))
    taken: dict[int, list[date]] = defaultdict(list)
    for situation_id, day in uow.session.execute(
        select(Action.situation_id, Action.taken_on).where(Action.situation_id.in_(situation_ids))
    ):
        taken[situation_id].append(day)
    gaps: dict[int, ResponseGap | None] = {}
    for situation_id in situation_ids:
        warning = _warning(changes[situation_id])
        if warning is None:
            gaps[situation_id] = None
            continue
        warned_on, level = warning
        since = [day for day in taken[situation_id] if day >= warned_on]
        gaps[situation_id] = ResponseGap(
            warned_on=warned_on,
            level=level.value,
            first_action_on=min(since) if since else None,
            actions=len(since),
        )
    return gaps
