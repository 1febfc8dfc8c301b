"""/api/v1 alerts and subscribers."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from tocsin.accounts.service import Principal
from tocsin.domain.levels import Level
from tocsin.domain.roles import Permission, require
from tocsin.network.subscribers import add_subscriber
from tocsin.store.models import Subscriber
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, country_filter, get_principal, get_uow
from tocsin.web.params import Offset, PageSize

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
def alerts(
    country: str | None = Depends(country_filter),
    limit: PageSize = 50,
    offset: Offset = 0,
    uow: UnitOfWork = Depends(get_uow),
) -> list[AlertOut]:
    """Newest first, a page at a time."""
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
        for a in uow.alerts.recent(limit=limit, country=country, offset=offset)
    ]


class SubscriberIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    email: str = Field(max_length=254)
    name: str = Field(default="", max_length=200)
    countries: list[str] = Field(
        max_length=300, description="ISO 3166 codes or names of the countries to hear about"
    )
    organisation: str | None = Field(default=None, max_length=200)
    min_level: Level = Field(default=Level.WATCH, description="the lowest level worth an alert")


class SubscriberOut(BaseModel):
    id: int
    name: str
    email: str
    organisation: str | None
    min_level: str
    countries: list[str]


def _subscriber_out(s: Subscriber) -> SubscriberOut:
    return SubscriberOut(
        id=s.id,
        name=s.name,
        email=s.email,
        organisation=s.organisation,
        min_level=s.min_level,
        countries=[x.country_iso3 for x in s.subscriptions],
    )


@router.get("/subscribers", response_model=list[SubscriberOut])
def subscribers(
    uow: UnitOfWork = Depends(get_uow), principal: Principal = Depends(get_principal)
) -> list[SubscriberOut]:
    require(principal.role, Permission.MANAGE_SUBSCRIBERS)
    return [_subscriber_out(s) for s in uow.subscribers.all()]


@router.post("/subscribers", status_code=201, response_model=SubscriberOut)
def create_subscriber(
    payload: SubscriberIn,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> SubscriberOut:
    subscriber = add_subscriber(
        uow,
        payload.name,
        payload.email,
        payload.countries,
        principal,
        organisation=payload.organisation or None,
        min_level=payload.min_level.value,
    )
    return _subscriber_out(subscriber)
