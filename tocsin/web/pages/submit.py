"""The report form: for monitors and the public, light enough for a weak connection."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, RateLimited
from tocsin.domain.reports import Channel
from tocsin.intake import service
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_uow
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)

FIELDS = (
    "title",
    "text",
    "country",
    "occurred_on",
    "admin1",
    "place_name",
    "latitude",
    "longitude",
    "source",
    "reporter_name",
    "reporter_contact",
)


def _countries(uow: UnitOfWork) -> list[tuple[str, str]]:
    return [(c.iso3, c.name) for c in uow.reference.countries()]


@router.get("/report")
def report_form(
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    return render(request, "report_form.html", values={}, error=None, countries=_countries(uow))


@router.post("/report", dependencies=[Depends(check_csrf)])
async def submit_form(
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    form = await request.form()
    values = {k: str(form.get(k) or "").strip() for k in FIELDS}
    if str(form.get("website") or ""):
        # The honeypot field is hidden from people; only a bot fills it in.
        return RedirectResponse("/report/thanks/received", status_code=303)
    data: dict[str, object] = {k: v for k, v in values.items() if v}
    data["anonymous"] = form.get("anonymous") == "on" or not values["reporter_name"]
    try:
        if principal.user_id is None:
            host = request.client.host if request.client else "?"
            request.app.state.public_limiter.check(host)
        submission = service.parse_submission(data)
        report = service.submit_report(uow, submission, principal, Channel.WEB)
    except (InvalidInput, RateLimited) as exc:
        return render(
            request,
            "report_form.html",
            status_code=exc.status_code,
            values=values,
            error=str(exc),
            countries=_countries(uow),
        )
    return RedirectResponse(f"/report/thanks/{report.reference}", status_code=303)


@router.get("/report/thanks/{reference}")
def thanks(
    reference: str, request: Request, principal: Principal = Depends(get_principal)
) -> Response:
    return render(request, "report_thanks.html", reference=reference)
