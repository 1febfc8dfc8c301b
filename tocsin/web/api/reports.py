"""/api/v1/reports: submit, list, review, verify, reject, publish."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Body, Depends, Header, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError
from starlette.datastructures import UploadFile

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, NotAuthenticated, PermissionDenied
from tocsin.domain.reports import PUBLIC_STATUSES, Channel, ReportStatus
from tocsin.domain.roles import Permission, can, require
from tocsin.intake import evidence, service
from tocsin.intake.attachments import MAX_BYTES, MAX_PER_REPORT, AttachmentStore, check_file
from tocsin.intake.bulk import import_reports_csv
from tocsin.intake.schemas import PublicVersionEdit, Rejection, ReportSubmission, Verification
from tocsin.risk import following
from tocsin.store.models import Report
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import (
    TOKEN_OPTIONAL,
    TOTAL_HEADER,
    TOTAL_HEADER_DOC,
    multipart_body,
)
from tocsin.web.cursor import (
    NEXT_HEADERS_DOC,
    CursorParam,
    after_moment,
    page_of,
    refuse_with_offset,
)
from tocsin.web.deps import (
    check_csrf,
    client_key,
    country_filter,
    get_principal,
    get_uow,
    read_form,
)
from tocsin.web.params import Offset, PageSize, RowId
from tocsin.web.views import (
    BulkReceipt,
    OwnReport,
    ReportPublic,
    ReportReceipt,
    ReportRestricted,
    report_view,
)

router = APIRouter(prefix="/reports", tags=["reports"], dependencies=[Depends(check_csrf)])

_KEY = re.compile(r"^[\x21-\x7e]{8,200}$")
IdempotencyKey = Header(
    None,
    alias="Idempotency-Key",
    description="A key the client makes for each report (a UUID, say) and sends again with "
    "every retry of it: a retry with the same key and the same content is answered with the "
    "first receipt (and `Idempotent-Replayed: true`) instead of storing the report twice. "
    "Logged-in callers only.",
)


def _send_key(
    given: str | None, principal: Principal, content: dict, files: list[tuple[str | None, Any]]
) -> str | None:
    if given is None:
        return None
    if principal.user_id is None:
        raise InvalidInput(
            "Idempotency-Key: only a logged-in caller's retries can be recognised; send a token"
        )
    if not _KEY.match(given):
        raise InvalidInput("Idempotency-Key: 8 to 200 printable characters, no spaces")
    return service.send_key(f"api:{principal.user_id}:{given}", content, files)


def _stored_once(
    uow: UnitOfWork,
    key: str | None,
    principal: Principal,
    response: Response,
    store: Callable[[str | None], Report],
) -> ReportReceipt:
    """The report stored, or, for a retry of a send already stored, that send's report: a
    mobile client on a weak connection retries when a reply is lost."""
    earlier = service.earlier_send(uow, key, principal) if key else None
    if earlier is None:
        try:
            return _receipt(store(key))
        except IntegrityError:  # the same send arriving twice at once: the other stored it
            uow.rollback()
            earlier = service.earlier_send(uow, key, principal) if key else None
            if earlier is None:
                raise
    response.headers["Idempotent-Replayed"] = "true"
    return _receipt(earlier)


def _receipt(report: Report) -> ReportReceipt:
    return ReportReceipt(
        id=report.id, reference=report.reference, status=ReportStatus(report.status)
    )


@router.post("", status_code=201, response_model=ReportReceipt, openapi_extra=TOKEN_OPTIONAL)
def submit(
    request: Request,
    response: Response,
    payload: ReportSubmission = Body(
        examples=[
            {
                "title": "Houses burned in Dalun",
                "text": "At dawn armed men set fire to ...",
                "country": "BFA",
                "occurred_on": "2026-02-20",
                "place_name": "Djibo",
            }
        ],
    ),
    idempotency_key: str | None = IdempotencyKey,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportReceipt:
    """Submit a report. Anyone may; anonymous submissions are rate-limited per address."""
    if principal.user_id is None:
        request.app.state.public_limiter.check(client_key(request))
    key = _send_key(idempotency_key, principal, payload.model_dump(mode="json"), [])
    return _stored_once(
        uow,
        key,
        principal,
        response,
        lambda k: service.submit_report(uow, payload, principal, Channel.API, submission_id=k),
    )


# The text parts of a report with files: the report itself, and the session's CSRF token when
# a logged-in page sends it. Every other part is a file.
_TEXT_PARTS = ("report", "csrf_token")


def _not_a_file(part: str) -> str:
    """A text part where a file was expected: a client that sends a file without a filename
    (or a file's name as text) would otherwise lose the file without a word."""
    if part == "files":
        return "files: send each file as a file part with a filename"
    return (
        f"{part}: not a part this takes; send a form's file field as a file part with a "
        "filename, and the report's fields inside the `report` part"
    )


async def _report_part(sent: UploadFile | str | None) -> dict[str, Any]:
    """The `report` part's JSON object, sent as text or as a file (a browser's FormData sends
    a Blob as one)."""
    if isinstance(sent, UploadFile):
        try:
            sent = (await sent.read(MAX_BYTES + 1)).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("report: the `report` part is not UTF-8 text") from exc
    if not sent or not sent.strip():
        raise InvalidInput("report: a JSON object is expected in the `report` part")
    try:
        payload = json.loads(sent)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"report: the `report` part is not valid JSON ({exc.msg} at character {exc.pos})"
        ) from exc
    if not isinstance(payload, dict):
        raise InvalidInput("report: a JSON object is expected in the `report` part")
    return payload


@router.post(
    "/with-files",
    status_code=201,
    response_model=ReportReceipt,
    openapi_extra=multipart_body(
        {
            "report": {
                "type": "string",
                "description": "The report as a JSON object: the fields of a JSON submission, "
                "plus `form_key`, `answers` and optionally `form_version` (the version the "
                "reporter was shown) for a custom form. A file for one of the form's file "
                "fields goes in a part named after the field",
            },
            "files": {
                "type": "array",
                "items": {"type": "string", "format": "binary"},
                "maxItems": MAX_PER_REPORT,
            },
        },
        required=["report"],
    )
    | TOKEN_OPTIONAL,
)
async def submit_with_files(
    request: Request,
    response: Response,
    idempotency_key: str | None = IdempotencyKey,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportReceipt:
    """Submit a report with attachments: multipart with a `report` part holding the JSON
    (optionally with `form_key` and `answers`) and up to five `files` parts."""
    if principal.user_id is None:
        request.app.state.public_limiter.check(client_key(request))
    data = await read_form(request)
    payload = await _report_part(data.get("report"))
    form_key, answers = payload.pop("form_key", None), payload.pop("answers", None)
    version = payload.pop("form_version", None)
    if (
        not isinstance(form_key, str | None)
        or not isinstance(answers, dict | None)
        or not (version is None or (isinstance(version, int) and not isinstance(version, bool)))
    ):
        raise InvalidInput(
            "report: `form_key` is a form's key, `form_version` a number and `answers` an object"
        )
    files = []
    for part, item in data.multi_items():
        if isinstance(item, UploadFile) and part != "report":
            field_name = None if part == "files" else part
            content = await item.read(MAX_BYTES + 1)
            files.append((field_name, check_file(item.filename or "attachment", content)))
        elif not isinstance(item, UploadFile) and part not in _TEXT_PARTS:
            raise InvalidInput(_not_a_file(part))
    sent = {"report": payload, "form_key": form_key, "form_version": version, "answers": answers}
    key = _send_key(idempotency_key, principal, sent, files)
    submission = service.parse_submission(payload)
    file_store = AttachmentStore(request.app.state.settings.data_dir / "attachments")

    def store(k: str | None) -> Report:
        return service.submit_report(
            uow,
            submission,
            principal,
            Channel.API,
            form_key=form_key,
            form_version=version,
            answers=answers,
            files=files,
            file_store=file_store,
            submission_id=k,
        )

    # The store is written in a worker thread: a wait on its lock must not stop the server.
    return await run_in_threadpool(_stored_once, uow, key, principal, response, store)


@router.post(
    "/bulk",
    status_code=201,
    response_model=BulkReceipt,
    openapi_extra=multipart_body(
        {"file": {"type": "string", "format": "binary", "description": "CSV of reports"}},
        required=["file"],
    ),
)
async def bulk_upload(
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> BulkReceipt:
    """Upload a CSV of reports (analysts): all rows are stored, or none, with each bad row
    named by its line."""
    data = await read_form(request)
    upload = data.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidInput("file: attach the CSV as the `file` part")
    content = await upload.read()
    references = await run_in_threadpool(import_reports_csv, uow, content, principal)
    return BulkReceipt(received=len(references), references=references)


@router.get(
    "",
    response_model=list[ReportRestricted | ReportPublic],
    responses={200: {"headers": {**TOTAL_HEADER_DOC, **NEXT_HEADERS_DOC}}},
    openapi_extra=TOKEN_OPTIONAL,
)
def list_reports(
    request: Request,
    response: Response,
    status: list[ReportStatus] | None = Query(None),
    country: str | None = Depends(country_filter),
    assigned: Literal["me", "nobody"] | None = Query(
        None,
        description="analysts: `me`, the reports assigned to the caller; `nobody`, those no "
        "one has taken yet",
    ),
    followed: bool = Query(
        False,
        description="analysts: only the reports in the countries of the situations the caller "
        "follows (PUT /api/v1/situations/{id}/follow)",
    ),
    limit: PageSize = 100,
    offset: Offset = 0,
    cursor: CursorParam = None,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> list[ReportPublic]:
    """Analysts see every report; everyone else sees published reports only, and asking them
    for another status, or by assignment, is a 403 (an answer of published rows would
    contradict the filter). Newest first, a page at a time; the `X-Total-Count` header says
    how many match."""
    restricted = can(principal.role, Permission.READ_RESTRICTED)
    if not restricted and status and not set(status) <= PUBLIC_STATUSES:
        raise PermissionDenied(
            "status: only published reports are public; an analyst's token lists the others"
        )
    if not restricted and (assigned or followed):
        what = "assigned" if assigned else "followed"
        raise PermissionDenied(f"{what}: an analyst's filter; an analyst's token uses it")
    statuses = [s.value for s in (status if restricted else PUBLIC_STATUSES) or ()]
    who = evidence.assignee(assigned, principal)
    countries = following.followed_countries(uow, principal.user_id) if followed else None
    refuse_with_offset(cursor, offset)
    total = uow.reports.count(
        statuses=statuses, country=country, assigned=who, countries=countries
    )
    response.headers[TOTAL_HEADER] = str(total)
    reports = uow.reports.list(
        statuses=statuses,
        country=country,
        limit=limit + 1,
        offset=offset,
        after=after_moment(cursor),
        assigned=who,
        countries=countries,
    )
    page = page_of(request, response, reports, limit, _position)
    return [report_view(r, restricted) for r in page]


def _position(report: Report) -> dict[str, Any]:
    return {"t": report.received_at.isoformat(), "i": report.id}


@router.get(
    "/mine",
    response_model=list[OwnReport],
    responses={200: {"headers": {**TOTAL_HEADER_DOC, **NEXT_HEADERS_DOC}}},
)
def my_reports(
    request: Request,
    response: Response,
    limit: PageSize = 100,
    offset: Offset = 0,
    cursor: CursorParam = None,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> list[OwnReport]:
    """The reports the caller sent, newest first, with where each stands: a monitor's way to
    know that a report was received, is being reviewed, was verified or rejected."""
    if principal.user_id is None:
        raise NotAuthenticated("log in to see the reports you sent")
    sender = principal.user_id
    refuse_with_offset(cursor, offset)
    response.headers[TOTAL_HEADER] = str(uow.reports.count(submitted_by=sender))
    reports = uow.reports.list(
        limit=limit + 1, offset=offset, submitted_by=sender, after=after_moment(cursor)
    )
    page = page_of(request, response, reports, limit, _position)
    return [OwnReport.model_validate(r) for r in page]


@router.get(
    "/{report_id:int}",
    response_model=ReportRestricted | ReportPublic,
    openapi_extra=TOKEN_OPTIONAL,
)
def get_report(
    report_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportPublic:
    report = uow.reports.get(report_id)
    restricted = can(principal.role, Permission.READ_RESTRICTED)
    if not restricted and report.status not in PUBLIC_STATUSES:
        from tocsin.domain.errors import NotFound

        raise NotFound(f"no report {report_id}")
    return report_view(report, restricted)


@router.post("/{report_id:int}/review", response_model=ReportReceipt)
def review(
    report_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportReceipt:
    report = service.start_review(uow, report_id, principal)
    return _receipt(report)


@router.post("/{report_id:int}/verify", response_model=ReportReceipt)
def verify(
    report_id: RowId,
    payload: Verification | None = Body(default=None),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportReceipt:
    """Verify, with indicator codes: the report becomes an Event and its tags Signals."""
    require(principal.role, Permission.VERIFY_REPORT)
    report = service.verify_report(uow, report_id, payload or Verification(), principal)
    return _receipt(report)


@router.post("/{report_id:int}/reject", response_model=ReportReceipt)
def reject(
    report_id: RowId,
    payload: Rejection,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportReceipt:
    report = service.reject_report(uow, report_id, payload.note, principal)
    return _receipt(report)


@router.post("/{report_id:int}/publish", response_model=ReportReceipt)
def publish(
    report_id: RowId,
    payload: PublicVersionEdit | None = Body(default=None),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportReceipt:
    """Publish a verified report. Without a body the public reads its title and text with
    contact details masked; with one, the analyst's version of either."""
    edit = payload or PublicVersionEdit()
    report = service.publish_report(uow, report_id, principal, edit.title, edit.text)
    return _receipt(report)


@router.put("/{report_id:int}/public", response_model=ReportRestricted)
def edit_public_version(
    report_id: RowId,
    payload: PublicVersionEdit,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportPublic:
    """Edit what the public reads of a verified or published report (a name, a house, a
    family that would point to the witness); the report as received does not change."""
    if payload.title is None and payload.text is None:
        raise InvalidInput("body: give the public title, the public text or both")
    report = service.edit_public_version(uow, report_id, principal, payload.title, payload.text)
    return report_view(report, restricted=True)


@router.delete("/{report_id:int}/public", response_model=ReportRestricted)
def reset_public_version(
    report_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ReportPublic:
    """Drop the analyst's version: the public reads the report as received, contact details
    masked."""
    report = service.edit_public_version(uow, report_id, principal, None, None)
    return report_view(report, restricted=True)
