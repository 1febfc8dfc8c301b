"""/api/v1/audit: the audit log, for administrators."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel

from tocsin.accounts.audit_trail import MOMENT_FORMS, AuditFilter, audit_entries, audit_moment
from tocsin.accounts.service import Principal
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOTAL_HEADER, TOTAL_HEADER_DOC
from tocsin.web.deps import check_csrf, get_principal, get_uow
from tocsin.web.params import Offset, PageSize

router = APIRouter(prefix="/audit", tags=["audit"], dependencies=[Depends(check_csrf)])


class AuditEntryOut(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    changes: dict[str, Any]
    note: str | None


@router.get("", response_model=list[AuditEntryOut], responses={200: {"headers": TOTAL_HEADER_DOC}})
def list_entries(
    response: Response,
    entity: str | None = Query(None, max_length=60, description="a record's kind: Report, Event"),
    entity_id: str | None = Query(None, max_length=60, description="a record's id"),
    actor: str | None = Query(None, max_length=254, description="'user:3', 'rule:level-fusion'"),
    since: str | None = Query(
        None, max_length=40, description=f"from this day or moment ({MOMENT_FORMS})"
    ),
    until: str | None = Query(
        None,
        max_length=40,
        description=f"up to this moment, or to the end of this day ({MOMENT_FORMS})",
    ),
    limit: PageSize = 100,
    offset: Offset = 0,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> list[AuditEntryOut]:
    """Who changed what and when, newest first (administrators). Restricted values (a
    reporter's name and contact, secrets) were never written to the log."""
    where = AuditFilter(
        entity,
        entity_id,
        actor,
        audit_moment(since, "since"),
        audit_moment(until, "until", end_of_day=True),
    )
    entries, total = audit_entries(uow, principal, where, limit, offset)
    response.headers[TOTAL_HEADER] = str(total)
    return [AuditEntryOut.model_validate(e, from_attributes=True) for e in entries]
