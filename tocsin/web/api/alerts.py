"""/api/v1 alerts and subscribers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel

from tocsin.accounts.service import Principal
from tocsin.domain.roles import Permission, require
from tocsin.network.subscribers import add_subscriber
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_uow

router = APIRouter(tags=["alerts"], dependencies=[Depends(check_csrf)])


class AlertOut(BaseModel):
    id: int
    kind: str
    country_iso3: str
    level: str | None
    title: str
    body: str
    created_at: datetime


@router.get("/alerts", response_model=list[AlertOut])
def alerts(country: str | None = None, uow: UnitOfWork = Depends(get_uow)) -> list[AlertOut]:
    return [
        AlertOut(
            id=a.id,
            kind=a.kind,
            country_iso3=a.country_iso3,
            level=a.level,
            title=a.title,
            body=a.body,
            created_at=a.created_at,
        )
        for a in uow.alerts.recent(country=country)
    ]


@router.get("/subscribers")
def subscribers(
    uow: UnitOfWork = Depends(get_uow), principal: Principal = Depends(get_principal)
) -> list[dict[str, Any]]:
    require(principal.role, Permission.MANAGE_SUBSCRIBERS)
    return [
        {
            "id": s.id,
            "name": s.name,
            "email": s.email,
            "organisation": s.organisation,
            "min_level": s.min_level,
            "countries": [x.country_iso3 for x in s.subscriptions],
        }
        for s in uow.subscribers.all()
    ]


@router.post("/subscribers", status_code=201)
def create_subscriber(
    payload: dict[str, Any] = Body(...),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> dict[str, Any]:
    countries = payload.get("countries") or []
    if not isinstance(countries, list):
        from tocsin.domain.errors import InvalidInput

        raise InvalidInput("countries: a list of ISO codes or names")
    subscriber = add_subscriber(
        uow,
        str(payload.get("name", "")),
        str(payload.get("email", "")),
        [str(c) for c in countries],
        principal,
        organisation=payload.get("organisation"),
        min_level=str(payload.get("min_level", "watch")),
    )
    return {"id": subscriber.id, "email": subscriber.email}
