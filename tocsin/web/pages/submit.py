"""The report form: for monitors and the public, light enough for a weak connection.

`/report` is the core form; `/report?form=KEY` adds an administrator's custom fields. It works
without JavaScript; with it, the draft is kept on the device until it has been sent.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, RateLimited
from tocsin.domain.reports import CORE_FIELDS, Channel
from tocsin.intake import service
from tocsin.intake.attachments import MAX_BYTES, MAX_PER_REPORT, AttachmentStore, check_file
from tocsin.intake.forms import active_form, active_forms, form_for
from tocsin.store.models import ReportForm
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, client_address, get_principal, get_uow, read_form
from tocsin.web.params import Page, PageOf
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)

FIELDS = CORE_FIELDS


def _page(
    request: Request,
    uow: UnitOfWork,
    form: ReportForm | None,
    values: dict[str, Any],
    error: str | None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "report_form.html",
        status_code=status_code,
        values=values,
        error=error,
        form=form,
        forms=active_forms(uow),
        max_files=MAX_PER_REPORT,
        max_mb=MAX_BYTES // (1024 * 1024),
        countries=[(c.iso3, c.name) for c in uow.reference.countries()],
    )


@router.get("/report")
def report_form(
    request: Request,
    form: str | None = None,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    chosen = active_form(uow, form) if form else None
    return _page(request, uow, chosen, {}, None)


def _custom_answers(form: ReportForm, data: FormData) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for spec in form.fields:
        name, kind = spec["name"], spec["kind"]
        if kind == "location":
            lat, lon = str(data.get(f"{name}__lat") or ""), str(data.get(f"{name}__lon") or "")
            if lat or lon:
                answers[name] = {
                    "lat": lat,
                    "lon": lon,
                    "name": str(data.get(f"{name}__name") or ""),
                }
        elif kind == "multichoice":
            if values := [str(v) for v in data.getlist(name)]:
                answers[name] = values
        elif kind != "file" and str(data.get(name) or "").strip():
            answers[name] = str(data.get(name)).strip()
    return answers


async def _files(data: FormData, form: ReportForm | None) -> list[tuple[str | None, Any]]:
    names = ["attachments"] + [
        f["name"] for f in (form.fields if form else []) if f["kind"] == "file"
    ]
    files = []
    for name in names:
        for item in data.getlist(name):
            if isinstance(item, UploadFile) and item.filename:
                content = await item.read(MAX_BYTES + 1)
                files.append(
                    (None if name == "attachments" else name, check_file(item.filename, content))
                )
    return files


@router.post("/report", dependencies=[Depends(check_csrf)])
async def submit_form(
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    data = await read_form(request)
    values = {k: str(data.get(k) or "").strip() for k in FIELDS}
    form_key = str(data.get("form_key") or "") or None
    # Answers are read against the version the reporter was shown, even if one was saved since.
    shown = str(data.get("form_version") or "")
    version = int(shown) if shown.isdigit() else None
    form = form_for(uow, form_key, version) if form_key else None
    if str(data.get("website") or ""):
        # The honeypot field is hidden from people; only a bot fills it in.
        return RedirectResponse("/report/thanks/received", status_code=303)
    core: dict[str, object] = {k: v for k, v in values.items() if v}
    core["anonymous"] = data.get("anonymous") == "on" or not values["reporter_name"]
    try:
        if principal.user_id is None:
            request.app.state.public_limiter.check(client_address(request))
        submission = service.parse_submission(core)
        files = await _files(data, form)
        report = service.submit_report(
            uow,
            submission,
            principal,
            Channel.WEB,
            form_key=form_key,
            form_version=form.version if form else None,
            answers=_custom_answers(form, data) if form else None,
            files=files,
            file_store=AttachmentStore(request.app.state.settings.data_dir / "attachments"),
        )
    except (InvalidInput, RateLimited) as exc:
        uow.rollback()
        # Shown again as sent, custom answers and the anonymity choice included, so that a
        # reporter without JavaScript (no draft) retypes nothing and is not made anonymous.
        again: dict[str, Any] = {**values, "anonymous": data.get("anonymous") == "on"}
        if form:
            again["answers"] = {k: data.getlist(k) for k in data}
        return _page(request, uow, form, again, str(exc), status_code=exc.status_code)
    # The thanks page shows a reference only to the browser that sent the report.
    request.session["sent"] = report.reference
    return RedirectResponse(f"/report/thanks/{report.reference}", status_code=303)


@router.get("/report/thanks/{reference}")
def thanks(
    reference: str, request: Request, principal: Principal = Depends(get_principal)
) -> Response:
    """Otherwise anyone could send a link to this trusted page saying whatever they put in
    the address ("your reference is ACCOUNT LOCKED, call ...")."""
    shown = reference if reference == request.session.get("sent") else None
    return render(request, "report_thanks.html", reference=shown)


@router.get("/my-reports")
def my_reports(
    request: Request,
    page: Page = 1,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """A logged-in reporter's own reports and where each stands."""
    if principal.user_id is None:
        return RedirectResponse("/login?next=/my-reports", status_code=303)
    at = PageOf(page, uow.reports.count(submitted_by=principal.user_id))
    return render(
        request,
        "my_reports.html",
        reports=uow.reports.list(submitted_by=principal.user_id, limit=at.size, offset=at.offset),
        page=page,
        pages=at.pages,
        sent=at.total,
    )
