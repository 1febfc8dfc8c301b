"""Situations an analyst follows: their portfolio.

A coalition's analysts divide the countries between them. Following a situation says whose
it is: its level falling due for review is told to those who follow it, not to every analyst
(`tocsin.alerts.notices`); a situation nobody follows is still told to all of them, so that
none goes unseen. Following is idempotent and audited, as every write is.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tocsin.accounts.service import Principal
from tocsin.domain.roles import Permission, require
from tocsin.store.models import Situation, SituationFollower, User
from tocsin.store.uow import UnitOfWork


def _row(uow: UnitOfWork, situation_id: int, user_id: int | None) -> SituationFollower | None:
    return uow.session.scalar(
        select(SituationFollower).where(
            SituationFollower.situation_id == situation_id, SituationFollower.user_id == user_id
        )
    )


def follow(uow: UnitOfWork, situation_id: int, principal: Principal) -> bool:
    """Follow a situation; False when it was already followed (the same click sent twice)."""
    require(principal.role, Permission.SET_LEVEL, "follow a situation")
    uow.situations.get(situation_id)
    if _row(uow, situation_id, principal.user_id) is not None:
        return False
    uow.add(SituationFollower(situation_id=situation_id, user_id=principal.user_id))
    try:
        uow.commit()
    except IntegrityError:  # the same person, from another tab, at the same moment
        uow.rollback()
        return False
    return True


def unfollow(uow: UnitOfWork, situation_id: int, principal: Principal) -> bool:
    """Stop following; False when it was not followed."""
    require(principal.role, Permission.SET_LEVEL, "follow a situation")
    uow.situations.get(situation_id)
    row = _row(uow, situation_id, principal.user_id)
    if row is None:
        return False
    uow.session.delete(row)
    uow.commit()
    return True


def follows(uow: UnitOfWork, situation_id: int, user_id: int | None) -> bool:
    return user_id is not None and _row(uow, situation_id, user_id) is not None


def followed_by(uow: UnitOfWork, user_id: int) -> list[Situation]:
    """The situations a person follows, by name."""
    return list(
        uow.session.scalars(
            select(Situation)
            .join(SituationFollower, SituationFollower.situation_id == Situation.id)
            .where(SituationFollower.user_id == user_id)
            .order_by(Situation.name, Situation.id)
        )
    )


def followed_countries(uow: UnitOfWork, user_id: int | None) -> list[str]:
    """The countries of the situations a person follows: their part of the review queue."""
    return [] if user_id is None else sorted({s.country_iso3 for s in followed_by(uow, user_id)})


def followed_ids(uow: UnitOfWork, user_id: int | None) -> set[int]:
    """The ids of the situations a person follows (none for the public)."""
    return set() if user_id is None else {s.id for s in followed_by(uow, user_id)}


def follower_names(uow: UnitOfWork, situation_id: int) -> list[str]:
    """Who follows a situation, by name (open accounts only), for staff to see who covers it."""
    return list(
        uow.session.scalars(
            select(User.name)
            .join(SituationFollower, SituationFollower.user_id == User.id)
            .where(SituationFollower.situation_id == situation_id, User.active.is_(True))
            .order_by(User.name)
        )
    )
