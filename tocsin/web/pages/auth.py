"""Log in and out of the web pages (a signed session cookie)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal, end_session, open_session
from tocsin.domain.errors import NotAuthenticated, RateLimited
from tocsin.store.uow import Store
from tocsin.web.deps import (
    SESSION_KEY,
    authenticate_throttled,
    check_csrf,
    get_principal,
    get_store,
)
from tocsin.web.languages import told
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # Only local paths: an open redirect would let a phishing link borrow our login page.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/login")
def login_form(
    request: Request, next: str | None = None, principal: Principal = Depends(get_principal)
) -> Response:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(
    request: Request,
    email: str = Form(...),
    password: str = Form(...),
    next: str = Form("/"),
    store: Store = Depends(get_store),
) -> Response:
    try:
        with store.uow(actor="login") as uow:
            principal = authenticate_throttled(request, uow, email, password)
    except (NotAuthenticated, RateLimited) as exc:
        request.state.principal = Principal.public()
        return render(
            request,
            "login.html",
            status_code=exc.status_code,
            next=_safe_next(next),
            error=told(exc),
        )
    assert principal.user_id is not None
    with store.uow(actor=principal.actor) as uow:
        session_id = open_session(uow, principal.user_id)
    csrf = request.session.get("csrf")
    request.session.clear()  # a fresh session on login defeats session fixation
    request.session["user_id"] = principal.user_id
    request.session[SESSION_KEY] = session_id
    if csrf:
        request.session["csrf"] = csrf
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request, store: Store = Depends(get_store)) -> Response:
    """Ends the session on the server too: a copy of the cookie no longer logs anyone in."""
    if session_id := request.session.get(SESSION_KEY):
        with store.uow() as uow:
            end_session(uow, str(session_id))
    request.session.clear()
    # Report drafts and unsaved review choices stay on the device otherwise: on a shared phone
    # the next person to open the form would find the last one's draft.
    return RedirectResponse("/", status_code=303, headers={"Clear-Site-Data": '"storage"'})
