"""/api/v1/tokens: exchange a login for a bearer token (for partner tools and mobile apps), and
list or revoke the caller's own tokens; /api/v1/account: the caller's account and their choice
of notices (`tocsin.alerts.notices`)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from tocsin.accounts.service import (
    Principal,
    issue_token,
    revoke_own_token,
    set_notices,
    user_tokens,
)
from tocsin.accounts.token_life import TokenLifetime, TokenState, state
from tocsin.domain.errors import NotAuthenticated
from tocsin.domain.roles import Role
from tocsin.risk.following import followed_by
from tocsin.store.models import ApiToken
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL
from tocsin.web.deps import authenticate_throttled, check_csrf, get_principal, get_uow
from tocsin.web.params import RowId

router = APIRouter(tags=["accounts"])


class TokenRequest(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=200)
    name: str = Field(default="api", max_length=120)
    days: int | None = Field(
        default=None,
        ge=1,
        description="how long the token lives; the deployment's default (TOCSIN_TOKEN_DAYS) "
        "when left out, at most TOCSIN_TOKEN_MAX_DAYS",
    )


class TokenOut(BaseModel):
    token: str
    role: Role
    expires_at: datetime | None = Field(
        description="when the token stops working (UTC); null only for a token an "
        "administrator issued on the server to never expire"
    )


@router.post("/tokens", response_model=TokenOut, status_code=201, openapi_extra=TOKEN_OPTIONAL)
def create_token(
    body: TokenRequest, request: Request, uow: UnitOfWork = Depends(get_uow)
) -> TokenOut:
    principal = authenticate_throttled(request, uow, body.email, body.password)
    assert principal.user_id is not None
    # The token is the user's doing, not the anonymous caller's: the audit log says whose.
    uow.act_as(principal.actor)
    settings = request.app.state.settings
    lifetime = TokenLifetime(settings.token_days, settings.token_max_days)
    issued = issue_token(uow, principal.user_id, body.name, body.days, lifetime)
    return TokenOut(token=issued.token, role=principal.role, expires_at=issued.expires_at)


class TokenInfo(BaseModel):
    """One of the caller's tokens; never the token itself, which is kept only as a hash."""

    id: int
    name: str
    created_at: datetime
    expires_at: datetime | None = Field(description="null: issued to never expire")
    last_used_at: datetime | None = Field(
        description="to the hour (written at most once an hour); null: not used yet"
    )
    state: TokenState


@router.get("/tokens", response_model=list[TokenInfo])
def my_tokens(
    uow: UnitOfWork = Depends(get_uow), principal: Principal = Depends(get_principal)
) -> list[TokenInfo]:
    """The caller's tokens, oldest first: an app can see when its own token ends and ask for
    a new one in time."""
    return [_info(t) for t in user_tokens(uow, _caller(principal))]


@router.delete("/tokens/{token_id}", response_model=TokenInfo)
def revoke_token(
    token_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> TokenInfo:
    """Revoke one of the caller's own tokens, the one the request carries included (an app
    logging out). It stops working at the next request; the audit log keeps who did it."""
    return _info(revoke_own_token(uow, _caller(principal), token_id))


class AccountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Role
    notices: bool = Field(
        description="whether they are e-mailed notices of their work: a report assigned to "
        "them or commented on, levels due for review (analysts and administrators)"
    )
    language: str = Field(description="the language of their notices: en, fr, es, pt or ar")
    following: list[int] = Field(
        default_factory=list,
        description="the ids of the situations they follow (PUT or DELETE "
        "/api/v1/situations/{id}/follow)",
    )


class AccountChange(BaseModel):
    """What the caller may change of their own account; a field left out stays as it is."""

    notices: bool | None = None
    language: str | None = Field(default=None, max_length=8)


@router.get("/account", response_model=AccountOut)
def my_account(
    uow: UnitOfWork = Depends(get_uow), principal: Principal = Depends(get_principal)
) -> AccountOut:
    return _account(uow, _caller(principal, "your account"))


@router.patch("/account", response_model=AccountOut, dependencies=[Depends(check_csrf)])
def change_my_account(
    body: AccountChange,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> AccountOut:
    """Turn notices off or on, or change their language (audited)."""
    user = uow.users.get(_caller(principal, "your account"))
    notices = user.notices if body.notices is None else body.notices
    set_notices(uow, user.id, notices, body.language or user.language)
    return _account(uow, user.id)


def _account(uow: UnitOfWork, user_id: int) -> AccountOut:
    account = AccountOut.model_validate(uow.users.get(user_id))
    account.following = [s.id for s in followed_by(uow, user_id)]
    return account


def _caller(principal: Principal, what: str = "your tokens") -> int:
    if principal.user_id is None:
        raise NotAuthenticated(f"log in or send a token to see {what}")
    return principal.user_id


def _info(token: ApiToken) -> TokenInfo:
    return TokenInfo(
        id=token.id,
        name=token.name,
        created_at=token.created_at,
        expires_at=token.expires_at,
        last_used_at=token.last_used_at,
        state=state(token),
    )
