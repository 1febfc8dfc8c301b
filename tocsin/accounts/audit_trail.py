"""Reading the audit log: who changed what and when, for the administrators who answer for it.

The log is written by the store itself on every flush (`tocsin.store.audit`); this is the one
way to read it without SQL, filtered to one record's history, one person's actions or a period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from tocsin.accounts.service import Principal
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


def _query(where: AuditFilter) -> Select:
    query = select(AuditEntry)
    if where.entity:
        query = query.where(AuditEntry.entity == where.entity)
    if where.entity_id:
        query = query.where(AuditEntry.entity_id == where.entity_id)
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.since:
        query = query.where(AuditEntry.at >= where.since)
    if where.until:
        query = query.where(AuditEntry.at <= where.until)
    return query


def audit_entries(
    uow: UnitOfWork, principal: Principal, where: AuditFilter, limit: int = 100, offset: int = 0
) -> tuple[list[AuditEntry], int]:
    """The matching entries, newest first, a page at a time, and how many match in all."""
    require(principal.role, Permission.READ_AUDIT, "read the audit log")
    query = _query(where)
    total = uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    return list(uow.session.scalars(page)), total
