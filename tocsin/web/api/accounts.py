"""/api/v1/tokens: exchange a login for a bearer token (for partner tools and mobile apps)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from tocsin.accounts.service import issue_token
from tocsin.domain.roles import Role
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL
from tocsin.web.deps import authenticate_throttled, get_uow

router = APIRouter(tags=["accounts"])


class TokenRequest(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=200)
    name: str = Field(default="api", max_length=120)


class TokenOut(BaseModel):
    token: str
    role: Role


@router.post("/tokens", response_model=TokenOut, status_code=201, openapi_extra=TOKEN_OPTIONAL)
def create_token(
    body: TokenRequest, request: Request, uow: UnitOfWork = Depends(get_uow)
) -> TokenOut:
    principal = authenticate_throttled(request, uow, body.email, body.password)
    assert principal.user_id is not None
    # The token is the user's doing, not the anonymous caller's: the audit log says whose.
    uow.act_as(principal.actor)
    return TokenOut(token=issue_token(uow, principal.user_id, body.name), role=principal.role)
