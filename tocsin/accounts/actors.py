"""Who changed something, in words the reader may be told.

A level change keeps its actor as the audit log does: "user:3" for a person, otherwise the
rule, model or process that acted ("rule:level-fusion", "worker", "cli"). Staff (analysts and
administrators) are told the person's name. Anyone else is told no staff identity, not even
the account number, which would tie one analyst's decisions together: a person is "an
analyst", and everything else is Tocsin itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.domain.roles import Permission, can
from tocsin.domain.wording import N_
from tocsin.store.models import User
from tocsin.store.uow import UnitOfWork

PERSON = N_("an analyst")
SYSTEM = "Tocsin"
#: What a non-staff caller of the API reads for a person's actor, in place of "user:3".
PERSON_ACTOR = "analyst"


def is_staff(principal: Principal) -> bool:
    return can(principal.role, Permission.READ_RESTRICTED)


def user_id_of(actor: str) -> int | None:
    """The account of a person's actor ("user:3" -> 3); None for a rule, model or process."""
    kind, _, number = actor.partition(":")
    return int(number) if kind == "user" and number.isdigit() else None


def public_actor(actor: str) -> str:
    """The actor as the public may read it: a person's account number hidden."""
    return PERSON_ACTOR if user_id_of(actor) is not None else actor


def actor_names(uow: UnitOfWork, actors: Iterable[str], principal: Principal) -> dict[str, str]:
    """Each actor's name for this reader: the person's name for staff ("an analyst" for
    anyone else); "Tocsin" for a rule or a model, with which one for staff."""
    actors = set(actors)
    if is_staff(principal):
        return staff_actor_names(uow, actors)
    return {a: PERSON if user_id_of(a) is not None else SYSTEM for a in actors}


def staff_actor_names(uow: UnitOfWork, actors: Iterable[str]) -> dict[str, str]:
    """Each actor's name as staff read it, on pages only staff open (the review page): the
    person's name, or "Tocsin" and which rule or model."""
    ids = {a: user_id_of(a) for a in set(actors)}
    names: dict[int, str] = {}
    wanted = {i for i in ids.values() if i is not None}
    if wanted:
        rows = uow.session.execute(select(User.id, User.name).where(User.id.in_(wanted)))
        names = {row.id: row.name for row in rows}
    return {
        actor: names.get(user_id, actor) if user_id is not None else f"{SYSTEM} ({actor})"
        for actor, user_id in ids.items()
    }
