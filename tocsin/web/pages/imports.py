"""The imports page: an analyst sends an event dataset from the browser and follows the job.

The same checks and the same background job as `POST /api/v1/imports`, for analysts who work
in a browser rather than at a command line; the rejects download as CSV for the spreadsheet
where they are corrected.
"""

from __future__ import annotations

import io
from pathlib import Path

from fastapi import APIRouter, BackgroundTasks, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal
from tocsin.domain.errors import TocsinError
from tocsin.domain.reasons import told_reasons
from tocsin.domain.roles import Permission, can
from tocsin.ingest.jobs import JobStatus, job_status, recent_jobs
from tocsin.ingest.places import resolve_place, unresolved_places
from tocsin.ingest.rejects import write_rejects
from tocsin.ingest.service import panels_for
from tocsin.ingest.uploads import DATASETS, queue_upload, run_upload, sent_name
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_uow, read_form
from tocsin.web.languages import N_, current_language, gettext, ngettext, told
from tocsin.web.params import RowId
from tocsin.web.templating import render, render_error

router = APIRouter(include_in_schema=False)

#: The datasets as the form offers them, in the page's language.
DATASET_NAMES = {
    "acled": N_("ACLED export"),
    "ged": N_("UCDP GED"),
    "gdelt": N_("GDELT events"),
    "csv": N_("another table, with a column mapping"),
}
#: A job's statuses, for the catalogs (the table names them in the page's language).
JOB_STATUSES = (N_("queued"), N_("running"), N_("succeeded"), N_("failed"), N_("interrupted"))


def _refused(request: Request, principal: Principal) -> Response | None:
    if principal.user_id is None:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    if not can(principal.role, Permission.IMPORT_EVENTS):
        return render_error(request, 403, N_("only analysts import event data"))
    return None


def job_error(job: JobStatus) -> str:
    """A failed job's error in the page's language (an error worded by a library, or kept
    before its parts were, as written), naming the file as it was sent, not as the server
    saved it."""
    saved = Path(job.file_name).name
    (error,) = told_reasons(
        [job.error or ""],
        [job.error_parts] if job.error_parts else None,
        gettext,
        current_language(),
    )
    return error.replace(saved, sent_name(job.file_name))


def _page(
    request: Request,
    error: str | None = None,
    status_code: int = 200,
    message: str | None = None,
) -> Response:
    store = request.app.state.store
    return render(
        request,
        "imports.html",
        status_code=status_code,
        error=error,
        message=message,
        datasets=DATASETS,
        dataset_names=DATASET_NAMES,
        jobs=recent_jobs(store, limit=30),
        places=unresolved_places(store, limit=50),
        sent_name=sent_name,
        job_error=job_error,
    )


@router.get("/imports")
def imports_page(
    request: Request,
    resolved: int | None = Query(None, ge=0),
    principal: Principal = Depends(get_principal),
) -> Response:
    message = (
        None
        if resolved is None
        else ngettext(
            "Point set: %(count)s event now has it.",
            "Point set: %(count)s events now have it.",
            resolved,
        )
        % {"count": resolved}
    )
    return _refused(request, principal) or _page(request, message=message)


@router.post("/imports", dependencies=[Depends(check_csrf)])
async def send_dataset(
    request: Request,
    background: BackgroundTasks,
    principal: Principal = Depends(get_principal),
) -> Response:
    if (refused := _refused(request, principal)) is not None:
        return refused
    settings = request.app.state.settings
    store = request.app.state.store
    form = await read_form(request)
    try:
        job_id = await queue_upload(store, settings, form, principal.actor)
    except TocsinError as exc:
        return _page(request, error=told(exc), status_code=exc.status_code)
    background.add_task(run_upload, store, job_id, panels_for(settings))
    return RedirectResponse(f"/imports#job-{job_id}", status_code=303)


@router.get("/imports/{job_id}/rejects.csv")
def rejects_csv(
    job_id: RowId, request: Request, principal: Principal = Depends(get_principal)
) -> Response:
    if (refused := _refused(request, principal)) is not None:
        return refused
    store = request.app.state.store
    job = job_status(store, job_id)
    out = io.StringIO()
    write_rejects(store, job_id, sent_name(job.file_name), out)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="rejects-job-{job_id}.csv"'},
    )


@router.post("/imports/places/{place_id}", dependencies=[Depends(check_csrf)])
def resolve(
    place_id: RowId,
    request: Request,
    latitude: float = Form(..., ge=-90, le=90),
    longitude: float = Form(..., ge=-180, le=180),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Give a place name the gazetteer could not find its point, from the list on the page."""
    if (refused := _refused(request, principal)) is not None:
        return refused
    try:
        changed = resolve_place(uow, place_id, latitude, longitude)
    except TocsinError as exc:
        uow.rollback()
        return _page(request, error=told(exc), status_code=exc.status_code)
    return RedirectResponse(f"/imports?resolved={changed}#places", status_code=303)
