"""Reading the audit log: who changed what and when, for the administrators who answer for it.

The log is written by the store itself on every flush (`tocsin.store.audit`); this is the one
way to read it without SQL, filtered to one record's history, one person's actions or a period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, func, select

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.domain.roles import Permission, require
from tocsin.store.models import AuditEntry
from tocsin.store.uow import UnitOfWork


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None  # "Report", "Event", "Situation", ...
    entity_id: str | None = None
    actor: str | None = None  # "user:3", "rule:level-fusion", "worker"
    since: datetime | None = None
    until: datetime | None = None


#: How a period's ends may be written, in the words the CLI help and the API docs use.
MOMENT_FORMS = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], UTC unless a zone such as +02:00 is given"


def audit_moment(value: str | None, name: str, *, end_of_day: bool = False) -> datetime | None:
    """One end of a period, as an administrator types it: a day, or a moment read as UTC when
    it names no zone (the log is kept in UTC, and the store refuses a moment without a zone).
    A day alone is its first moment, or with ``end_of_day`` (an "until") its last, so that
    ``--until 2026-11-24`` includes that day."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            moment = datetime.fromisoformat(text)
        else:
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise InvalidInput(f"{name}: a day or a moment ({MOMENT_FORMS}), not {value!r}") from None


def _query(where: AuditFilter) -> Select:
    query = select(AuditEntry)
    if where.entity:
        query = query.where(AuditEntry.entity == where.entity)
    if where.entity_id:
        query = query.where(AuditEntry.entity_id == where.entity_id)
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.since:
        query = query.where(AuditEntry.at >= _utc(where.since))
    if where.until:
        query = query.where(AuditEntry.at <= _utc(where.until))
    return query


def _utc(moment: datetime) -> datetime:
    """A moment without a zone, from a caller of this module, is UTC, as the log is."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def audit_entries(
    uow: UnitOfWork, principal: Principal, where: AuditFilter, limit: int = 100, offset: int = 0
) -> tuple[list[AuditEntry], int]:
    """The matching entries, newest first, a page at a time, and how many match in all."""
    require(principal.role, Permission.READ_AUDIT, "read the audit log")
    if where.since and where.until and _utc(where.since) > _utc(where.until):
        raise InvalidInput("since is after until: the period is empty")
    query = _query(where)
    total = uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    return list(uow.session.scalars(page)), total
