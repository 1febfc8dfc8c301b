"""The forecast rankings as pages, and an analyst's "put this country under watch"."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal
from tocsin.domain.roles import Permission, can
from tocsin.risk import situations as levels
from tocsin.risk.rankings import ESCALATION, ONSET, Scope, ranking
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, country_filter, get_principal, get_uow
from tocsin.web.params import Page, PageOf
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)


def _page(
    request: Request,
    uow: UnitOfWork,
    principal: Principal,
    kind: str,
    page: int,
    country: str | None,
    scope: Scope = Scope.ALL,
) -> Response:
    at = PageOf(page, 0)
    result = ranking(uow, kind, country, offset=at.offset, limit=at.size, scope=scope)
    return render(
        request,
        "forecasts.html",
        ranking=result,
        onset=kind == ONSET,
        page=page,
        pages=PageOf(page, result.total).pages,
        first=at.offset + 1,
        country=country,
        scope=scope.value,
        can_open=can(principal.role, Permission.SET_LEVEL),
    )


@router.get("/forecasts")
def onset_page(
    request: Request,
    page: Page = 1,
    country: str | None = Depends(country_filter),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Every country by onset risk: what an analyst reads to decide what to watch next."""
    return _page(request, uow, principal, ONSET, page, country)


@router.get("/forecasts/escalation")
def escalation_page(
    request: Request,
    page: Page = 1,
    country: str | None = Depends(country_filter),
    scope: Scope = Scope.ALL,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    return _page(request, uow, principal, ESCALATION, page, country, scope)


@router.post("/forecasts/watch", dependencies=[Depends(check_csrf)])
def open_situation(
    country: str = Form(..., min_length=3, max_length=3),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Open a situation for a ranked country, then show it (or the one already open)."""
    situation = uow.situations.for_country(country.upper()) or levels.open_situation(
        uow, country.upper(), principal
    )
    return RedirectResponse(f"/situations/{situation.id}", status_code=303)
