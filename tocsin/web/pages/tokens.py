"""/account/tokens: a logged-in person's own API tokens, issued and revoked from the browser.

A monitor setting up a reporting app on a phone, or a partner's officer wiring a script to the
API, would otherwise need a terminal to call POST /api/v1/tokens. Issuing asks for the password
again, as the API does: a session left open on a shared computer must not be enough to mint a
credential that outlives it. The token is shown once, on the answer to the POST, and never
stored in clear; pages are never cached (`web.headers`).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import (
    IssuedToken,
    Principal,
    issue_token,
    revoke_own_token,
    user_tokens,
)
from tocsin.accounts.token_life import TokenLifetime, state
from tocsin.domain.errors import InvalidInput, NotAuthenticated, TocsinError
from tocsin.domain.wording import N_
from tocsin.store.uow import Store
from tocsin.web.deps import authenticate_throttled, check_csrf, get_principal, get_store
from tocsin.web.languages import told
from tocsin.web.params import RowId
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)

PAGE = "/account/tokens"
#: A token's state as the page names it (`token_life.state`).
STATES = (N_("live"), N_("expired"), N_("revoked"))
NAME_LIMIT = 120


def _lifetime(request: Request) -> TokenLifetime:
    settings = request.app.state.settings
    return TokenLifetime(settings.token_days, settings.token_max_days)


def _page(
    request: Request,
    store: Store,
    principal: Principal,
    status_code: int = 200,
    issued: IssuedToken | None = None,
    error: str | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    assert principal.user_id is not None
    with store.uow(actor=principal.actor) as uow:
        tokens = [(token, state(token)) for token in user_tokens(uow, principal.user_id)]
    lifetime = _lifetime(request)
    return render(
        request,
        "tokens.html",
        status_code=status_code,
        tokens=tokens,
        issued=issued,
        error=error,
        values=values or {"name": "", "days": str(lifetime.default_days)},
        default_days=lifetime.default_days,
        max_days=lifetime.max_days,
        name_limit=NAME_LIMIT,
    )


def _login_first() -> Response:
    return RedirectResponse(f"/login?next={PAGE}", status_code=303)


@router.get(PAGE)
def my_tokens(
    request: Request,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> Response:
    if principal.user_id is None:
        return _login_first()
    return _page(request, store, principal)


def _days(typed: str, lifetime: TokenLifetime) -> int:
    try:
        days = int(typed.strip())
    except ValueError:
        raise InvalidInput(N_("days: a whole number of days")) from None
    if not 1 <= days <= lifetime.max_days:
        raise InvalidInput(
            N_("days: from 1 to {max_days} (a longer-lived token is issued on the server)"),
            max_days=lifetime.max_days,
        )
    return days


def _name(typed: str) -> str:
    name = " ".join(typed.split())
    if not name:
        raise InvalidInput(N_("name: say what the token is for, such as the app or script"))
    if len(name) > NAME_LIMIT:
        raise InvalidInput(N_("name: at most {limit} characters"), limit=NAME_LIMIT)
    return name


@router.post(PAGE, dependencies=[Depends(check_csrf)])
def issue_my_token(
    request: Request,
    name: str = Form(""),
    days: str = Form(""),
    password: str = Form(""),
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> Response:
    if principal.user_id is None:
        return _login_first()
    typed = {"name": name, "days": days}
    try:
        lifetime = _lifetime(request)
        chosen_name, chosen_days = _name(name), _days(days, lifetime)
        with store.uow(actor=principal.actor) as uow:
            email = uow.users.get(principal.user_id).email
            try:
                authenticate_throttled(request, uow, email, password)
            except NotAuthenticated:
                raise NotAuthenticated(N_("wrong password")) from None
            issued = issue_token(uow, principal.user_id, chosen_name, chosen_days, lifetime)
    except TocsinError as exc:
        return _page(
            request, store, principal, exc.status_code, error=told(exc), values=typed
        )
    return _page(request, store, principal, issued=issued)


@router.post(PAGE + "/{token_id}/revoke", dependencies=[Depends(check_csrf)])
def revoke_my_token(
    request: Request,
    token_id: RowId,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Revoking needs no password: it only takes power away."""
    if principal.user_id is None:
        return _login_first()
    try:
        with store.uow(actor=principal.actor) as uow:
            revoke_own_token(uow, principal.user_id, token_id)
    except TocsinError as exc:
        return _page(request, store, principal, exc.status_code, error=told(exc))
    return RedirectResponse(PAGE, status_code=303)
