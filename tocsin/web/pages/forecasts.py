"""The forecast rankings as pages, and an analyst's "put this country under watch"."""

from __future__ import annotations

import csv
import io
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal
from tocsin.domain.cells import cell
from tocsin.domain.roles import Permission, can
from tocsin.risk import situations as levels
from tocsin.risk.rankings import ESCALATION, ONSET, RankedForecast, Ranking, Scope, ranking
from tocsin.store.base import utcnow
from tocsin.store.uow import UnitOfWork
from tocsin.web import languages
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
    # The drivers in the reader's language; the CSV and the API keep them in English.
    result = ranking(
        uow, kind, country, offset=at.offset, limit=at.size, scope=scope, told=languages.gettext
    )
    pages = PageOf(page, result.total).pages
    if page > max(pages, 1):
        # Past the last page (a bookmark from a longer forecast): the last page, not "9 of 4".
        target = "/forecasts" if kind == ONSET else "/forecasts/escalation"
        query = urlencode({"page": max(pages, 1)} | ({"country": country} if country else {}))
        return RedirectResponse(f"{target}?{query}", status_code=303)
    record = uow.reference.country(country) if country else None
    return render(
        request,
        "forecasts.html",
        ranking=result,
        onset=kind == ONSET,
        page=page,
        pages=pages,
        country_name=languages.situation_name_in(
            languages.current_language(), record.iso3, record.name
        )
        if record
        else country,
        today=utcnow().date(),
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


def _drivers(row: RankedForecast) -> tuple[str, str]:
    def words(d: dict) -> str:
        figures = f"{d['value']}; typical {d['typical']}" if d.get("value") is not None else ""
        if "risk_factors" in d:
            factors = ",".join(str(n) for n in d["risk_factors"])
            figures = "; ".join(p for p in (figures, factors and f"risk factors {factors}") if p)
        return f"{d['label']} ({figures})" if figures else d["label"]

    return "; ".join(map(words, row.raising)), "; ".join(map(words, row.lowering))


def _csv(result: Ranking, name: str) -> Response:
    """The whole ranking as a spreadsheet, for briefs and for partners without an account."""
    out = io.StringIO()
    writer = csv.writer(out)
    onset = result.kind == ONSET
    if onset:
        writer.writerow(
            ["rank", "country_iso3", "country", "risk", "previous_rank", "movement", "ewp_rank"]
            + ["raising (value; typical; risk factors)", "lowering (value; typical; risk factors)"]
            + ["situation_level"]
        )
    else:
        writer.writerow(
            ["rank", "country_iso3", "country", "admin1", "probability", "period_start"]
            + ["period_end", "civilian_deaths_3m", "attacks_on_civilians_3m", "raising"]
            + ["lowering", "situation_level"]
        )
    for row in result.rows:
        middle = (
            [row.previous_rank, row.movement, row.ewp_rank]
            if onset
            else [
                row.period_start,
                row.period_end,
                row.recent.get("civilian_fatalities"),
                row.recent.get("vac_events"),
            ]
        )
        first = [row.rank, row.country_iso3, row.country] + ([] if onset else [row.admin1])
        values = first + [round(row.probability, 6), *middle, *_drivers(row), row.level]
        writer.writerow([cell(v) for v in values])
    made = result.issued_at.strftime("%Y-%m-%d") if result.issued_at else "none"
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="tocsin-{name}-{made}.csv"'},
    )


@router.get("/forecasts.csv")
def onset_csv(
    country: str | None = Depends(country_filter), uow: UnitOfWork = Depends(get_uow)
) -> Response:
    return _csv(ranking(uow, ONSET, country), "onset-risk")


@router.get("/forecasts/escalation.csv")
def escalation_csv(
    country: str | None = Depends(country_filter),
    scope: Scope = Scope.ALL,
    uow: UnitOfWork = Depends(get_uow),
) -> Response:
    return _csv(ranking(uow, ESCALATION, country, scope=scope), "escalation-risk")
