"""The analyst's review queue and the page where a report is verified or rejected."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, TocsinError
from tocsin.domain.reports import ReportStatus
from tocsin.domain.roles import Permission, can, require
from tocsin.domain.sources import CREDIBILITY_LABELS, RELIABILITY_LABELS
from tocsin.intake import evidence, service
from tocsin.intake.attachments import AttachmentStore
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_uow
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)
QUEUE = [ReportStatus.RECEIVED.value, ReportStatus.IN_REVIEW.value]


def _login_first(request: Request, principal: Principal) -> Response | None:
    if principal.user_id is None:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    if not can(principal.role, Permission.REVIEW_REPORTS):
        from tocsin.web.templating import render_error

        return render_error(request, 403, "only analysts review reports")
    return None


@router.get("/review")
def queue(
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    return render(
        request,
        "review_queue.html",
        reports=uow.reports.list(statuses=QUEUE),
        recent=uow.reports.list(statuses=["verified", "rejected", "published"], limit=20),
        counts=uow.reports.count_by_status(),
    )


def _review_context(uow: UnitOfWork, report_id: int) -> dict:
    revision = uow.reference.current_revision()
    report = uow.reports.get(report_id)
    signals = uow.signals.for_report(report_id)
    return {
        "report": report,
        "signals": [s for s in signals if s.status != "suggested"],
        "suggested": {s.indicator.code: s for s in signals if s.status == "suggested"},
        "risk_factors": uow.reference.risk_factors(revision) if revision else [],
        "reliability": RELIABILITY_LABELS,
        "credibility": CREDIBILITY_LABELS,
        "attachments": uow.reports.attachments(report_id),
        "comments": uow.reports.comments(report_id),
        "links": uow.reports.links(report_id),
        "form": uow.reports.form(report.form_id),
        "analysts": uow.users.analysts(),
    }


@router.get("/review/{report_id}")
def review_page(
    report_id: int,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    return render(request, "review_report.html", error=None, **_review_context(uow, report_id))


@router.post("/review/{report_id}", dependencies=[Depends(check_csrf)])
async def decide(
    report_id: int,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    form = await request.form()
    decision = str(form.get("decision") or "")
    note = str(form.get("note") or "").strip()
    try:
        if decision == "verify":
            payload: dict[str, object] = {
                "note": note or None,
                "indicators": [str(v) for v in form.getlist("indicators")],
                "civilian_targeting": form.get("civilian_targeting") == "on",
            }
            for key in ("reliability", "credibility", "event_type"):
                if form.get(key):
                    payload[key] = str(form.get(key))
            if form.get("fatalities"):
                payload["fatalities"] = str(form.get("fatalities"))
            service.verify_report(uow, report_id, service.parse_verification(payload), principal)
        elif decision == "reject":
            service.reject_report(uow, report_id, note, principal)
        elif decision == "publish":
            service.publish_report(uow, report_id, principal)
        elif decision == "review":
            service.start_review(uow, report_id, principal)
        else:
            return render(
                request,
                "review_report.html",
                status_code=422,
                error="choose verify, reject or publish",
                **_review_context(uow, report_id),
            )
    except TocsinError as exc:
        uow.rollback()
        return render(
            request,
            "review_report.html",
            status_code=exc.status_code,
            error=str(exc),
            **_review_context(uow, report_id),
        )
    return RedirectResponse(f"/review/{report_id}", status_code=303)


@router.post("/review/{report_id}/work", dependencies=[Depends(check_csrf)])
async def work(
    report_id: int,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Comments, links and assignment: the work around a decision."""
    if (redirect := _login_first(request, principal)) is not None:
        return redirect
    form = await request.form()
    action = str(form.get("action") or "")
    try:
        if action == "comment":
            evidence.add_comment(uow, report_id, str(form.get("body") or ""), principal)
        elif action == "link":
            event = str(form.get("event_id") or "").strip()
            evidence.link_report(
                uow,
                report_id,
                principal,
                kind=str(form.get("kind") or ""),
                other_reference=str(form.get("reference") or "").strip() or None,
                event_id=int(event) if event.isdigit() else None,
                note=str(form.get("note") or "") or None,
            )
        elif action == "assign":
            evidence.assign_report(uow, report_id, int(str(form.get("analyst_id") or 0)), principal)
        else:
            raise InvalidInput("unknown action")
    except TocsinError as exc:
        uow.rollback()
        return render(
            request,
            "review_report.html",
            status_code=exc.status_code,
            error=str(exc),
            **_review_context(uow, report_id),
        )
    return RedirectResponse(f"/review/{report_id}", status_code=303)


@router.get("/attachments/{attachment_id}")
def attachment(
    attachment_id: int,
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
