"""/api/v1/tokens: exchange a login for a bearer token (for partner tools and mobile apps), and
list or revoke the caller's own tokens."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from tocsin.accounts.service import Principal, issue_token, revoke_own_token, user_tokens
from tocsin.accounts.token_life import TokenLifetime, TokenState, state
from tocsin.domain.errors import NotAuthenticated
from tocsin.domain.roles import Role
from tocsin.store.models import ApiToken
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL
from tocsin.web.deps import authenticate_throttled, get_principal, get_uow
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


def _caller(principal: Principal) -> int:
    if principal.user_id is None:
        raise NotAuthenticated("log in or send a token to see your tokens")
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
