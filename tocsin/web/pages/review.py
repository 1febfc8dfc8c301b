"""The analyst's review queue and the page where a report is verified or rejected."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from tocsin.accounts.actors import staff_actor_names
from tocsin.accounts.service import Principal
from tocsin.coding.event_rules import EVENT_TYPES
from tocsin.coding.language import LANGUAGES
from tocsin.coding.learning import coding_status
from tocsin.domain.errors import InvalidInput, TocsinError
from tocsin.domain.reports import ReportStatus
from tocsin.domain.roles import Permission, can, require
from tocsin.domain.sources import CREDIBILITY_LABELS, RELIABILITY_LABELS
from tocsin.intake import evidence, service
from tocsin.intake.attachments import AttachmentStore
from tocsin.intake.public_version import public_version
from tocsin.risk import following
from tocsin.store.models import Report, Source
from tocsin.store.repositories import UNASSIGNED
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, country_filter, get_principal, get_uow, read_form
from tocsin.web.languages import N_, current_language, gettext, told
from tocsin.web.params import Page, PageOf, RowId
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)
QUEUE = [ReportStatus.RECEIVED.value, ReportStatus.IN_REVIEW.value]
STATUSES = frozenset(status.value for status in ReportStatus)


def _login_first(request: Request, principal: Principal) -> Response | None:
    if principal.user_id is None:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    if not can(principal.role, Permission.REVIEW_REPORTS):
        from tocsin.web.templating import render_error

        return render_error(request, 403, N_("only analysts review reports"))
    return None


@router.get("/review")
def queue(
    request: Request,
    page: Page = 1,
    country: str | None = Depends(country_filter),
    assigned: str | None = None,
    followed: bool = False,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Reports waiting, newest first, a page at a time, for one country or all, and all of
    them, the caller's or those nobody has taken, in the situations they follow or in any:
    however many arrive, every one can be reached from here."""
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    who = evidence.assignee(assigned, principal)
    portfolio = following.followed_countries(uow, principal.user_id)
    countries = portfolio if followed else None
    at = PageOf(
        page, uow.reports.count(statuses=QUEUE, country=country, assigned=who, countries=countries)
    )
    return render(
        request,
        "review_queue.html",
        reports=uow.reports.list(
            statuses=QUEUE,
            country=country,
            limit=at.size,
            offset=at.offset,
            assigned=who,
            countries=countries,
        ),
        page=page,
        pages=at.pages,
        first=at.offset + 1,
        waiting=at.total,
        country=country,
        assigned=assigned or "",
        followed=followed,
        follows_any=bool(portfolio),
        in_followed=uow.reports.count(statuses=QUEUE, countries=portfolio),
        mine=uow.reports.count(statuses=QUEUE, assigned=principal.user_id),
        untaken=uow.reports.count(statuses=QUEUE, assigned=UNASSIGNED),
        analyst_names={a.id: a.name for a in uow.users.analysts()},
        recent=uow.reports.list(statuses=["verified", "rejected", "published"], limit=20),
        counts=uow.reports.count_by_status(),
        coders=coding_status(request.app.state.settings.data_dir / "models"),
        levels_due=uow.situations.count_noted_for_review(),
    )


def suggested_event_type(coding: dict | None) -> dict | None:
    """The coder's event type as the page shows and pre-selects it (a bare string in codings
    stored by early releases)."""
    value = (coding or {}).get("event_type")
    if isinstance(value, str):
        return {"type": value, "confidence": None, "method": None, "civilian_targeting": False}
    if isinstance(value, dict) and value.get("type"):
        # The keyword rules' answer when no cue matched is a placeholder, not a reading of
        # the text: shown as such, never pre-selected.
        guess = value.get("method") == "rules" and value.get("span") is None
        return {**value, "no_cue": guess}
    return None


def _review_context(uow: UnitOfWork, report_id: int, posted: FormData | None = None) -> dict:
    revision = uow.reference.current_revision()
    report = uow.reports.get(report_id)
    signals = uow.signals.for_report(report_id)
    suggestions = [s for s in signals if s.status == "suggested"]
    # A suggestion is pre-ticked under its indicator's code in the revision in use, if it has one.
    now = service.codes_now(uow, suggestions, revision) if revision else {}
    context = {
        "report": report,
        "event_types": EVENT_TYPES,
        "suggested_type": suggested_event_type(report.coding),
        "suggested_incitement": (report.coding or {}).get("incitement") or None,
        "languages": LANGUAGES,
        "place_choices": place_choices(report),
        "signals": [s for s in signals if s.status != "suggested"],
        # Who confirmed each tick, by name: analysts weigh a colleague's decision, not "user:3".
        "asserted_by": staff_actor_names(uow, (s.asserted_by for s in signals)),
        "suggested": {now[s.id]: s for s in suggestions if s.id in now},
        "earlier_suggestions": [s for s in suggestions if s.id not in now],
        "risk_factors": uow.reference.risk_factors(revision) if revision else [],
        "reliability": RELIABILITY_LABELS,
        "credibility": CREDIBILITY_LABELS,
        "attachments": uow.reports.attachments(report_id),
        "comments": uow.reports.comments(report_id),
        "links": uow.reports.links(report_id),
        "references": uow.reports.references_linked(report_id),
        "source": uow.session.get(Source, report.source_id) if report.source_id else None,
        "form": uow.reports.form(report.form_id),
        "analysts": uow.users.analysts(),
    }
    context["shown"] = _posted_decision(posted) if posted else _suggested_decision(context)
    context["public"] = _public_shown(report, posted)
    return context


def _public_shown(report: Report, posted: FormData | None) -> dict:
    """The public version's form: as the analyst sent it when it was refused, else as the
    public would read it now."""
    version = public_version(report)
    edited = report.public_title is not None or report.public_text is not None
    if posted is not None and "public_text" in posted:
        return {
            "title": str(posted.get("public_title") or ""),
            "text": str(posted.get("public_text") or ""),
            "edited": edited,
        }
    return {"title": version.title, "text": version.text, "edited": edited}


def _suggested_decision(context: dict) -> dict:
    """What the decision form starts from: the coders' suggestions and the stored grades."""
    report, kind = context["report"], context["suggested_type"]
    incitement = context["suggested_incitement"]
    source = context["source"]
    return {
        "indicators": set(context["suggested"]),
        "reliability": source.reliability if source else "",
        "credibility": report.credibility or "",
        "event_type": kind["type"] if kind and not kind.get("no_cue") else "",
        "fatalities": "",
        "civilian_targeting": bool(kind and kind.get("civilian_targeting")),
        # A flag from the learned model alone (no cue in the text) is an opinion to weigh,
        # not a preselected answer.
        "incitement": "undecided"
        if not incitement or incitement.get("source") == "model"
        else ("present" if incitement.get("detected") else "absent"),
        "incitement_target": (incitement or {}).get("target_group") or "",
        "place": context["place_choices"][1],
        "language": (report.coding or {}).get("language") or report.language or "",
        "note": "",
    }


def _posted_decision(form: FormData) -> dict:
    """A refused decision shown again as the analyst sent it: an indicator they unticked must
    not come back ticked, or the next Verify would confirm it."""
    text = {
        key: str(form.get(key) or "")
        for key in (
            "reliability",
            "credibility",
            "event_type",
            "fatalities",
            "incitement_target",
            "place",
            "language",
            "note",
        )
    }
    answer = str(form.get("incitement") or "undecided")
    return {
        **text,
        "indicators": {str(v) for v in form.getlist("indicators")},
        "civilian_targeting": form.get("civilian_targeting") == "on",
        "incitement": answer if answer in ("present", "absent") else "undecided",
    }


@router.get("/review/{report_id}")
def review_page(
    report_id: RowId,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    return render(request, "review_report.html", error=None, **_review_context(uow, report_id))


def _act(
    request: Request,
    uow: UnitOfWork,
    report_id: int,
    action: Callable[[], object] | None,
    posted: FormData | None = None,
    done: str | None = None,
) -> Response:
    """Run one use case from the review page; on a refusal, show the page with the reason
    and with what the analyst had chosen (``posted``). Work done around an undecided report
    (``done`` says what) shows the page again with those choices too, rather than reloading
    it from the store, where they are not yet."""
    try:
        if action is None:
            raise InvalidInput(N_("unknown action"))
        action()
    except TocsinError as exc:
        uow.rollback()
        return render(
            request,
            "review_report.html",
            status_code=exc.status_code,
            error=refusal(exc),
            **_review_context(uow, report_id, posted),
        )
    if done and posted:
        return render(
            request,
            "review_report.html",
            error=None,
            notice=gettext(done)
            + " "
            + gettext(
                "Your choices below are as you left them and not yet saved: "
                "verify or reject to save them."
            ),
            **_review_context(uow, report_id, posted),
        )
    return RedirectResponse(f"/review/{report_id}", status_code=303)


def refusal(exc: TocsinError) -> str:
    """A refusal in the page's language, a report status in it ("from in_review to
    rejected") named as the page names statuses."""
    statuses = {
        name: gettext(value.replace("_", " "))
        for name, value in exc.values.items()
        if isinstance(value, str) and value.replace(" ", "_") in STATUSES
    }
    if not statuses:
        return told(exc)
    named = TocsinError(exc.template, **(exc.values | statuses))
    return named.told_in(gettext, current_language())


def _public_edit(form: FormData) -> tuple[str | None, str | None]:
    """The public title and text as the page sent them (None where the form had no field)."""
    title, text = form.get("public_title"), form.get("public_text")
    return (
        None if title is None else str(title),
        None if text is None else str(text),
    )


def _verification(form: FormData) -> dict[str, object]:
    payload: dict[str, object] = {
        "note": str(form.get("note") or "").strip() or None,
        "indicators": [str(v) for v in form.getlist("indicators")],
        "civilian_targeting": form.get("civilian_targeting") == "on",
    }
    for key in (
        "reliability",
        "credibility",
        "event_type",
        "fatalities",
        "language",
        "incitement_target",
    ):
        if form.get(key):
            payload[key] = str(form.get(key)).strip()
    answer = form.get("incitement")
    if answer in ("present", "absent"):
        payload["incitement"] = answer == "present"
    place = str(form.get("place") or "")
    if place:  # "name|lat|lon", one of the places the coder found
        name, lat, lon = ([*place.rsplit("|", 2)] + ["", ""])[:3]
        payload.update(
            {"place_name": name or None, "latitude": lat or None, "longitude": lon or None}
        )
    return payload


def place_choices(report: Report) -> tuple[list[tuple[str, dict]], str]:
    """The places the coder found, each with its form value ("name|lat|lon"), and the one
    pre-selected for a report that came without a point: the first in the report's country
    (none when the reporter gave a point, or the coder found none)."""
    choices = [
        (f"{p['name']}|{p['lat']}|{p['lon']}", p) for p in (report.coding or {}).get("places") or []
    ]
    if report.latitude is not None:
        return choices, ""
    chosen = next((v for v, p in choices if p.get("country") == report.country_iso3), "")
    return choices, chosen


@router.post("/review/{report_id}", dependencies=[Depends(check_csrf)])
async def decide(
    report_id: RowId,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Verify, reject, publish or reopen a report."""
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    form = await read_form(request)
    note = str(form.get("note") or "").strip()
    decisions: dict[str, Callable[[], object]] = {
        "verify": lambda: service.verify_report(
            uow, report_id, service.parse_verification(_verification(form)), principal
        ),
        "reject": lambda: service.reject_report(uow, report_id, note, principal),
        "publish": lambda: service.publish_report(uow, report_id, principal, *_public_edit(form)),
        "public": lambda: service.edit_public_version(
            uow, report_id, principal, *_public_edit(form)
        ),
        "public-reset": lambda: service.edit_public_version(uow, report_id, principal, None, None),
        "review": lambda: service.start_review(uow, report_id, principal),
    }
    decision = str(form.get("decision") or "")
    # Verify and reject carry the whole decision form, publish the public version; either
    # comes back as sent if refused.
    posted = form if decision in ("verify", "reject", "publish", "public") else None
    # The store is written in a worker thread: a wait on its lock must not stop the server.
    return await run_in_threadpool(_act, request, uow, report_id, decisions.get(decision), posted)


#: What the page says once the work is done.
WORK_DONE = {
    "comment": N_("Comment added."),
    "link": N_("Link added."),
    "assign": N_("Assignment saved."),
}


@router.post("/review/{report_id}/work", dependencies=[Depends(check_csrf)])
async def work(
    report_id: RowId,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Comments, links and assignment: the work around a decision."""
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    form = await read_form(request)
    event = str(form.get("event_id") or "").strip()
    analyst = str(form.get("analyst_id") or "").strip()
    actions: dict[str, Callable[[], object]] = {
        "comment": lambda: evidence.add_comment(
            uow, report_id, str(form.get("body") or ""), principal
        ),
        "link": lambda: evidence.link_report(
            uow,
            report_id,
            principal,
            kind=str(form.get("kind") or ""),
            other_reference=str(form.get("reference") or "").strip() or None,
            event_id=int(event) if event.isdigit() else None,
            note=str(form.get("link_note") or "") or None,
        ),
        "assign": lambda: evidence.assign_report(
            uow, report_id, int(analyst) if analyst.isdigit() else None, principal
        ),
    }
    name = str(form.get("action") or "")
    # Sent from an undecided report's page, the form carries the analyst's unsaved decision.
    posted = form if form.get("choices") == "posted" else None
    return await run_in_threadpool(
        _act, request, uow, report_id, actions.get(name), posted, WORK_DONE.get(name)
    )


@router.get("/attachments/{attachment_id}")
def attachment(
    attachment_id: RowId,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Evidence for analysts only, always as a download: never rendered by the browser."""
    require(principal.role, Permission.READ_ATTACHMENTS)
    item = uow.reports.attachment(attachment_id)
    files = AttachmentStore(request.app.state.settings.data_dir / "attachments")
    return Response(
        files.read(item.sha256),
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(item.filename)}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )
