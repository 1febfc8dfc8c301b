"""/account: a logged-in person's own account, and their choice of notices.

Staff are mailed notices of their work (a report given to them, levels due for review;
`tocsin.alerts.notices`). Whether, and in which language, is each person's own choice, made
here rather than by an administrator: an analyst on leave turns them off without asking.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal, set_notices
from tocsin.domain.errors import TocsinError
from tocsin.domain.roles import Permission, can
from tocsin.domain.wording import LANGUAGES
from tocsin.risk import following
from tocsin.store.uow import Store
from tocsin.web.deps import check_csrf, get_principal, get_store
from tocsin.web.languages import told
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)

PAGE = "/account"


def told_of_work(principal: Principal) -> bool:
    """Whether anything is ever mailed to them: reports are given to, and levels reviewed
    by, those who review reports and set levels."""
    return can(principal.role, Permission.REVIEW_REPORTS) or can(
        principal.role, Permission.SET_LEVEL
    )


def _page(
    request: Request,
    store: Store,
    principal: Principal,
    status_code: int = 200,
    error: str | None = None,
    saved: bool = False,
) -> Response:
    assert principal.user_id is not None
    with store.uow(actor=principal.actor) as uow:
        user = uow.users.get(principal.user_id)
        account = {
            "name": user.name,
            "email": user.email,
            "role": user.role,
            "notices": user.notices,
            "language": user.language,
        }
        followed = [
            {"id": s.id, "country_iso3": s.country_iso3, "name": s.name, "admin1": s.admin1}
            for s in following.followed_by(uow, user.id)
        ]
    return render(
        request,
        "account.html",
        status_code=status_code,
        account=account,
        languages=LANGUAGES,
        told_of_work=told_of_work(principal),
        followed=followed,
        may_follow=can(principal.role, Permission.SET_LEVEL),
        error=error,
        saved=saved,
    )


@router.get(PAGE)
def my_account(
    request: Request,
    saved: bool = False,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> Response:
    if principal.user_id is None:
        return RedirectResponse(f"/login?next={PAGE}", status_code=303)
    return _page(request, store, principal, saved=saved)


@router.post(PAGE, dependencies=[Depends(check_csrf)])
def save_my_notices(
    request: Request,
    notices: str | None = Form(None),
    language: str = Form(""),
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> Response:
    """An unticked box is not sent at all: no `notices` field means off."""
    if principal.user_id is None:
        return RedirectResponse(f"/login?next={PAGE}", status_code=303)
    try:
        with store.uow(actor=principal.actor) as uow:
            set_notices(uow, principal.user_id, notices is not None, language)
    except TocsinError as exc:
        return _page(request, store, principal, exc.status_code, error=told(exc))
    return RedirectResponse(f"{PAGE}?saved=1", status_code=303)
