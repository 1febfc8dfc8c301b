"""The report form: for monitors and the public, light enough for a weak connection.

`/report` is the core form; `/report?form=KEY` adds an administrator's custom fields. It works
without JavaScript; with it, the draft is kept on the device until it has been sent.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.exc import IntegrityError
from starlette.datastructures import FormData, UploadFile

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, RateLimited
from tocsin.domain.forms import FormProblems
from tocsin.domain.reports import CORE_FIELDS, Channel
from tocsin.intake import service
from tocsin.intake.attachments import MAX_BYTES, MAX_PER_REPORT, AttachmentStore, check_file
from tocsin.intake.forms import (
    active_form,
    active_forms,
    check_answers,
    form_for,
    shown_in,
    spec_of,
)
from tocsin.intake.schemas import ReportSubmission
from tocsin.store.models import Report, ReportForm
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, client_key, get_principal, get_uow, read_form
from tocsin.web.languages import N_, country_names, current_language, gettext, told
from tocsin.web.params import Page, PageOf
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)

FIELDS = CORE_FIELDS
# The core fields as the form labels them: a message names the box to correct.
LABELS = {
    "title": N_("Title"),
    "text": N_("What happened"),
    "country": N_("Country"),
    "occurred_on": N_("Date it happened"),
    "admin1": N_("Region / province"),
    "place_name": N_("Place"),
    "latitude": N_("Coordinates (latitude)"),
    "longitude": N_("Coordinates (longitude)"),
    "source": N_("Source"),
    "reporter_name": N_("Name"),
    "reporter_contact": N_("Contact"),
}
# What a custom form's check says of an answer (tocsin.domain.forms), for the catalogs; the
# messages with a value in them (a bound, the choices) are marked where the check makes them.
ANSWER_PROBLEMS = (
    N_("required"),
    N_("cannot be in the future"),
    N_("is before 1900"),
    N_("must be a date such as 2026-03-01"),
    N_("give a latitude and a longitude, or a place name"),
    N_("give both a latitude and a longitude, or neither"),
)
_SUBMISSION_ID = re.compile(r"^[A-Za-z0-9_-]{16,30}$")
# The form ids this browser was given, newest last: an anonymous repeat counts only from the
# browser that was shown the form (its cookie came with the page, so a lost reply keeps it).
_FORM_IDS, _KEPT_IDS = "form_ids", 20
_DECIMAL_COMMA = re.compile(r"^([+-]?\d+),(\d+)$")


def _text(value: object) -> str:
    """A form value as the reporter typed it: browsers send a line break as CRLF, which would
    count twice against a length limit the text box itself enforces with one."""
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _page(
    request: Request,
    uow: UnitOfWork,
    form: ReportForm | None,
    values: dict[str, Any],
    error: str | None,
    status_code: int = 200,
    errors: dict[str, str] | None = None,
    dropped: list[str] | None = None,
) -> Response:
    language = current_language()
    return render(
        request,
        "report_form.html",
        status_code=status_code,
        values=values,
        error=error,
        errors=errors or {},
        dropped=dropped or [],
        # The form in the reader's words; the answers it sends back are the default ones.
        form=shown_in(form, language) if form else None,
        forms=[{"key": f.key, "title": spec_of(f).title_in(language)} for f in active_forms(uow)],
        max_files=MAX_PER_REPORT,
        max_mb=MAX_BYTES // (1024 * 1024),
        countries=country_names(language, [(c.iso3, c.name) for c in uow.reference.countries()]),
    )


@router.get("/report")
def report_form(
    request: Request,
    form: str | None = None,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    chosen = active_form(uow, form) if form else None
    # A new id for each page: sent twice (a lost reply, a double tap), one report is stored.
    return _page(request, uow, chosen, {"submission_id": _new_form_id(request)}, None)


def _new_form_id(request: Request) -> str:
    form_id = secrets.token_urlsafe(16)
    request.session[_FORM_IDS] = [*request.session.get(_FORM_IDS, []), form_id][-_KEPT_IDS:]
    return form_id


# What the device draft never keeps (drafts.js), nor a location answer's point: a send again
# after a lost reply comes without them unless the reporter types them again.
_NOT_IN_DRAFT = ("source", "reporter_name", "reporter_contact", "latitude", "longitude")


@dataclass(frozen=True)
class _SendKeys:
    """A send's keys (`service.send_key`): `whole` over everything sent, `drafted` over what
    the device draft keeps. A report is stored under its drafted key (or, when an earlier send
    of the form holds that, under its whole key): a send again from the restored draft, with
    the same files, finds it though its name, contact, source and coordinates were left out."""

    drafted: str
    whole: str


def _send_keys(
    request: Request,
    principal: Principal,
    form_id: str | None,
    sent: dict[str, Any],
    anonymous_box: bool,
    files: list[tuple[str | None, Any]],
) -> _SendKeys | None:
    """The send's keys, if its form id is one this sender may use. The sender is part of them,
    so two senders can never share a key."""
    if form_id is None:
        return None
    if principal.user_id is None and form_id not in request.session.get(_FORM_IDS, []):
        return None
    sender = f"web:{principal.user_id}:{form_id}"
    core = {k: v for k, v in sent["core"].items() if k not in (*_NOT_IN_DRAFT, "anonymous")}
    answers = {}
    for name, answer in (sent["answers"] or {}).items():
        if not isinstance(answer, dict):
            answers[name] = answer
        elif answer.get("name"):  # a location: its place name is drafted, its point is not
            answers[name] = answer["name"]
    drafted = {"drafted": {**core, "anonymous_box": anonymous_box}, "answers": answers}
    return _SendKeys(
        service.send_key(sender, drafted, files), service.send_key(sender, sent, files)
    )


def _number(text: object) -> float | None:
    try:
        return float(str(text).replace(",", "."))
    except ValueError:
        return None


def _only_left_out(
    earlier: Report, submission: ReportSubmission, answers: dict[str, Any] | None
) -> bool:
    """Whether a send differs from the report its drafted key found only by leaving out what
    the draft does not keep; a name, contact, source or point typed otherwise is a correction."""
    given, before = submission.model_dump(mode="json"), earlier.raw or {}
    if any(given.get(k) not in (None, before.get(k)) for k in _NOT_IN_DRAFT):
        return False
    for name, answer in (answers or {}).items():
        if isinstance(answer, dict):
            point = (earlier.answers or {}).get(name) or {}
            for axis in ("lat", "lon"):
                if answer.get(axis) and _number(answer[axis]) != point.get(axis):
                    return False
    return True


def _earlier(
    uow: UnitOfWork,
    keys: _SendKeys,
    principal: Principal,
    submission: ReportSubmission,
    answers: dict[str, Any] | None,
) -> tuple[Report | None, str]:
    """The report an earlier send of this form stored, if this send is the same one, and the
    key to store this send under otherwise."""
    if earlier := service.earlier_send(uow, keys.whole, principal):
        return earlier, keys.whole
    if drafted := service.earlier_send(uow, keys.drafted, principal):
        return (drafted if _only_left_out(drafted, submission, answers) else None), keys.whole
    return None, keys.drafted


def _custom_answers(form: ReportForm, data: FormData) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for spec in form.fields:
        name, kind = spec["name"], spec["kind"]
        if kind == "location":
            point = {k: _text(data.get(f"{name}__{k}")) for k in ("lat", "lon", "name")}
            if any(point.values()):  # a place name alone is an answer too
                answers[name] = point
        elif kind == "multichoice":
            if values := [str(v) for v in data.getlist(name)]:
                answers[name] = values
        elif kind != "file" and _text(data.get(name)):
            answers[name] = _text(data.get(name))
    return answers


def _uploads(data: FormData, names: list[str]) -> dict[str, list[str]]:
    """The names of the files chosen in each file field, read before the files themselves."""
    chosen: dict[str, list[str]] = {}
    for name in names:
        for item in data.getlist(name):
            if isinstance(item, UploadFile) and item.filename:
                chosen.setdefault(name, []).append(item.filename)
    return chosen


def _answer_problems(form: ReportForm, answers: dict[str, Any], data: FormData) -> dict[str, str]:
    files = [f["name"] for f in form.fields if f["kind"] == "file"]
    try:
        check_answers(form, answers, _uploads(data, files), current_language())
    except FormProblems as exc:
        return {name: _told(*parts) for name, parts in exc.parts.items()}
    except InvalidInput as exc:
        return {"": told(exc)}
    return {}


def _told(label: str, message: str, values: dict[str, Any]) -> str:
    """A custom answer's problem in the reader's language: the field's label as the reader
    saw it (the administrator's translation, else their default words), the check's words
    from the catalog with their values (a number, the choices as the reader saw them)."""
    told = gettext(message)
    told = told % values if values else told
    return f"{label}: {told}" if label else told


def _files(data: FormData, form: ReportForm | None) -> list[tuple[str | None, Any]]:
    names = ["attachments"] + [
        f["name"] for f in (form.fields if form else []) if f["kind"] == "file"
    ]
    files = []
    for name in names:
        for item in data.getlist(name):
            if isinstance(item, UploadFile) and item.filename:
                content = item.file.read(MAX_BYTES + 1)  # spooled already; in a worker thread
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
    # The store is written in a worker thread: while it waits on the store's lock (a worker
    # writing), every other request is still served.
    return await run_in_threadpool(_submit, request, uow, principal, data)


def _submit(request: Request, uow: UnitOfWork, principal: Principal, data: FormData) -> Response:
    values = {k: _text(data.get(k)) for k in FIELDS}
    for axis in ("latitude", "longitude"):  # "14,1": a decimal comma, as many reporters write
        values[axis] = _DECIMAL_COMMA.sub(r"\1.\2", values[axis])
    form_key = str(data.get("form_key") or "") or None
    # Answers are read against the version the reporter was shown, even if one was saved since.
    shown = str(data.get("form_version") or "")
    version = int(shown) if shown.isdigit() else None
    form = form_for(uow, form_key, version) if form_key else None
    if str(data.get("website") or ""):
        # The honeypot field is hidden from people; only a bot fills it in.
        return RedirectResponse("/report/thanks/received", status_code=303)
    sent_id = str(data.get("submission_id") or "")
    submission_id = sent_id if _SUBMISSION_ID.match(sent_id) else None
    core: dict[str, object] = {k: v for k, v in values.items() if v}
    core["anonymous"] = data.get("anonymous") == "on" or not values["reporter_name"]
    answers = _custom_answers(form, data) if form else None
    # Core fields and answers are checked together: every problem is told in one round.
    submission, problems = service.check_submission(core, LABELS, gettext, current_language())
    if form:
        problems.update(_answer_problems(form, answers or {}, data))
    key: str | None = None
    keys: _SendKeys | None = None
    try:
        if problems or submission is None:
            raise FormProblems(problems)
        files = _files(data, form)
        sent = {"core": core, "answers": answers}
        keys = _send_keys(
            request, principal, submission_id, sent, data.get("anonymous") == "on", files
        )
        if keys:
            earlier, key = _earlier(uow, keys, principal, submission, answers)
            if earlier:
                return _thanks_for(request, earlier)
        if principal.user_id is None:
            request.app.state.public_limiter.check(client_key(request))
        report = service.submit_report(
            uow,
            submission,
            principal,
            Channel.WEB,
            form_key=form_key,
            form_version=form.version if form else None,
            answers=answers,
            files=files,
            file_store=AttachmentStore(request.app.state.settings.data_dir / "attachments"),
            submission_id=key,
        )
    except (InvalidInput, RateLimited) as exc:
        uow.rollback()
        # Shown again as sent, custom answers and the anonymity choice included, so that a
        # reporter without JavaScript (no draft) retypes nothing and is not made anonymous.
        # Files cannot be sent back to the browser: the page says which to choose again.
        again: dict[str, Any] = {**values, "anonymous": data.get("anonymous") == "on"}
        again["submission_id"] = submission_id or _new_form_id(request)
        if form:
            again["answers"] = {
                k: [_text(v) for v in data.getlist(k) if isinstance(v, str)] for k in data
            }
        chosen = _uploads(data, list(data.keys()))
        return _page(
            request,
            uow,
            form,
            again,
            told(exc),
            status_code=exc.status_code,
            errors=exc.problems if isinstance(exc, FormProblems) else None,
            dropped=[n for names in chosen.values() for n in names],
        )
    except IntegrityError:
        # The same send arriving twice at once (a double tap): the other one stored it.
        uow.rollback()
        if not keys or submission is None:
            raise
        earlier, _ = _earlier(uow, keys, principal, submission, answers)
        if earlier is None:
            raise
        report = earlier
    return _thanks_for(request, report)


def _thanks_for(request: Request, report: Report) -> Response:
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
