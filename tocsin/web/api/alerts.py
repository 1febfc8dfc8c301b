"""/api/v1 alerts and subscribers."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from tocsin.accounts.service import Principal
from tocsin.domain.levels import Level
from tocsin.domain.roles import Permission, require
from tocsin.domain.wording import DEFAULT, LANGUAGES
from tocsin.network.subscribers import add_subscriber, update_subscriber
from tocsin.store.models import Subscriber
from tocsin.store.models.alerts import SubscriberOrigin, SubscriberStatus
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL, TOTAL_HEADER, TOTAL_HEADER_DOC
from tocsin.web.cursor import (
    NEXT_HEADERS_DOC,
    CursorParam,
    after_id,
    page_of,
    refuse_with_offset,
)
from tocsin.web.deps import check_csrf, country_filter, get_principal, get_uow
from tocsin.web.params import Offset, PageSize, RowId

LANGUAGE_DOC = (
    f"the language the alerts are written in: one of {', '.join(LANGUAGES)} (a subscriber who "
    "signs up gets the language of the page they confirm on)"
)

router = APIRouter(tags=["alerts"], dependencies=[Depends(check_csrf)])


class AlertKind(StrEnum):
    """What an alert tells of. Only a situation's level change raises one (`alerts/outbox.py`);
    a new kind is a new value here, so that generated clients learn of it."""

    LEVEL_CHANGE = "level_change"


class AlertOut(BaseModel):
    id: int
    kind: AlertKind
    country_iso3: str
    level: Level | None
    title: str
    body: str
    created_at: datetime


@router.get("/alerts", response_model=list[AlertOut], openapi_extra=TOKEN_OPTIONAL)
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
            kind=AlertKind(a.kind),
            country_iso3=a.country_iso3,
            level=Level(a.level) if a.level else None,
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
    language: str = Field(default=DEFAULT, description=LANGUAGE_DOC)
    webhook_url: str | None = Field(
        default=None,
        max_length=500,
        description="a partner's system that takes the alerts as signed JSON instead of mails "
        "(https; see docs/architecture.md, Webhooks)",
    )
    digest: Literal["none", "weekly"] = Field(
        default="none",
        description="'weekly': also a summary of their countries each week (levels, the "
        "week's changes, the latest forecasts), by mail",
    )


class SubscriberPatch(BaseModel):
    """Only the fields sent are changed."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    active: bool | None = Field(
        default=None,
        description="false stops the alerts; true starts them again, or for an address "
        "signed up but not confirmed (then added by an analyst); not for someone who "
        "unsubscribed (409): only they can subscribe again",
    )
    countries: list[str] | None = Field(
        default=None,
        min_length=1,
        max_length=300,
        description="ISO 3166 codes or names; replaces the subscriber's countries",
    )
    min_level: Level | None = Field(default=None, description="the lowest level worth an alert")
    language: str | None = Field(default=None, description=LANGUAGE_DOC)
    webhook_url: str | None = Field(
        default=None,
        max_length=500,
        description="another webhook address (a new signing key comes with it); an empty "
        "string sends the alerts by mail again",
    )
    renew_webhook_secret: bool = Field(
        default=False, description="a new signing key for the webhook; the old one stops at once"
    )
    digest: Literal["none", "weekly"] | None = Field(
        default=None, description="'weekly' for a weekly summary beside the alerts, or 'none'"
    )


class SubscriberOut(BaseModel):
    id: int
    name: str
    email: str
    organisation: str | None
    min_level: Level
    countries: list[str]
    active: bool
    status: SubscriberStatus = Field(
        description="unconfirmed: signed up, confirmation link not yet used; unsubscribed: "
        "by the person; inactive: deactivated by an analyst"
    )
    origin: SubscriberOrigin = Field(
        description="added by an analyst, or signed up on the public page and confirmed"
    )
    confirmed_at: datetime | None
    language: str = Field(description=LANGUAGE_DOC)
    webhook_url: str | None = Field(description="where the alerts are posted; null: by mail")
    webhook_secret: str | None = Field(
        description="the key that signs each post (HMAC-SHA256), to give to the partner"
    )
    digest: str = Field(description="'weekly': a summary each week beside the alerts; 'none'")


def _subscriber_out(s: Subscriber) -> SubscriberOut:
    return SubscriberOut(
        id=s.id,
        name=s.name,
        email=s.email,
        organisation=s.organisation,
        min_level=Level(s.min_level),
        countries=s.countries,
        active=s.active,
        status=s.status,
        origin=SubscriberOrigin(s.origin),
        confirmed_at=s.confirmed_at,
        language=s.language,
        webhook_url=s.webhook_url,
        webhook_secret=s.webhook_secret,
        digest=s.digest,
    )


@router.get(
    "/subscribers",
    response_model=list[SubscriberOut],
    responses={200: {"headers": {**TOTAL_HEADER_DOC, **NEXT_HEADERS_DOC}}},
)
def subscribers(
    request: Request,
    response: Response,
    limit: PageSize = 100,
    offset: Offset = 0,
    cursor: CursorParam = None,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> list[SubscriberOut]:
    """Oldest first, a page at a time (`X-Total-Count` says how many in all): the whole list
    of a coalition's few thousand subscribers took about a second to answer. The next page is
    in the `Link: rel="next"` header."""
    require(principal.role, Permission.MANAGE_SUBSCRIBERS)
    refuse_with_offset(cursor, offset)
    response.headers[TOTAL_HEADER] = str(uow.subscribers.count())
    found = uow.subscribers.all(limit=limit + 1, offset=offset, after_id=after_id(cursor))
    page = page_of(request, response, found, limit, lambda s: {"i": s.id})
    return [_subscriber_out(s) for s in page]


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
        language=payload.language,
        webhook_url=payload.webhook_url,
        digest=payload.digest,
    )
    return _subscriber_out(subscriber)


@router.patch("/subscribers/{subscriber_id}", response_model=SubscriberOut)
def change_subscriber(
    subscriber_id: RowId,
    payload: SubscriberPatch,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> SubscriberOut:
    """Deactivate or reactivate a subscriber, or change their countries, minimum level,
    language or webhook."""
    subscriber = update_subscriber(
        uow,
        subscriber_id,
        principal,
        active=payload.active,
        countries=payload.countries,
        min_level=payload.min_level.value if payload.min_level else None,
        language=payload.language,
        webhook_url=payload.webhook_url,
        renew_webhook_secret=payload.renew_webhook_secret,
        digest=payload.digest,
    )
    return _subscriber_out(subscriber)
