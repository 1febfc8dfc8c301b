"""Working a report: assignment, comments, and links to corroborating reports and events."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.alerts.notices import notify_assigned, notify_commented
from tocsin.domain.errors import InvalidInput, NotFound
from tocsin.domain.roles import Permission, require
from tocsin.domain.wording import N_
from tocsin.store.base import utcnow
from tocsin.store.models import Event, ReportComment, ReportLink, User
from tocsin.store.repositories import UNASSIGNED, Assignee
from tocsin.store.uow import UnitOfWork

LINK_KINDS = ("corroborates", "contradicts", "same_incident")
#: The same comment from the same analyst within this time is the page sent again, not a
#: second comment.
RESENT_WITHIN = timedelta(minutes=10)


def assign_report(
    uow: UnitOfWork, report_id: int, analyst_id: int | None, principal: Principal
) -> None:
    """Give a report to an analyst, or (None) back to the queue for anyone to take. An analyst
    given a report by someone else is mailed a notice (`tocsin.alerts.notices`)."""
    require(principal.role, Permission.REVIEW_REPORTS)
    report = uow.reports.get(report_id)
    if analyst_id is None:
        report.assigned_to_id = None
        uow.commit()
        return
    analyst = uow.session.get(User, analyst_id)
    if analyst is None or analyst.role not in ("analyst", "admin"):
        raise InvalidInput(N_("assignee: must be an analyst"))
    if not analyst.active:
        # Nobody would work it: the report would sit out of the queue for good.
        raise InvalidInput(N_("assignee: {name}'s account is closed"), name=analyst.name)
    if report.assigned_to_id != analyst.id and analyst.id != principal.user_id:
        notify_assigned(uow, report, analyst, _name_of(uow, principal))
    report.assigned_to_id = analyst.id
    uow.commit()


def assignee(assigned: str | None, principal: Principal) -> Assignee:
    """The reports filter an analyst asks for: `me`, those assigned to them; `nobody`, those
    no one has taken yet; nothing, all."""
    if not assigned:
        return None
    if assigned == "me":
        return principal.user_id
    if assigned == UNASSIGNED:
        return UNASSIGNED
    raise InvalidInput(N_("assigned: me or nobody"))


def _name_of(uow: UnitOfWork, principal: Principal) -> str:
    """The acting person's name as their account has it now, for a notice."""
    user = uow.session.get(User, principal.user_id) if principal.user_id else None
    return user.name if user else principal.name


def add_comment(uow: UnitOfWork, report_id: int, body: str, principal: Principal) -> ReportComment:
    """A comment on a report; the analyst it is assigned to, if someone else, is told."""
    require(principal.role, Permission.REVIEW_REPORTS)
    if not body.strip():
        raise InvalidInput(N_("comment: empty"))
    if len(body) > 5_000:
        raise InvalidInput(N_("comment: at most 5,000 characters"))
    report = uow.reports.get(report_id)
    assert principal.user_id is not None
    if (same := _just_sent(uow, report_id, principal.user_id, body.strip())) is not None:
        return same
    comment = ReportComment(report_id=report_id, author_id=principal.user_id, body=body.strip())
    uow.add(comment)
    notify_commented(uow, report, principal.user_id, _name_of(uow, principal))
    uow.commit()
    return comment


def _just_sent(uow: UnitOfWork, report_id: int, author_id: int, body: str) -> ReportComment | None:
    """The analyst's latest comment on the report when it says the same and is recent: the
    page posted again (a reload of the page a comment answers with, a double tap), which must
    not put the comment there twice."""
    latest = uow.session.scalars(
        select(ReportComment)
        .where(ReportComment.report_id == report_id, ReportComment.author_id == author_id)
        .order_by(ReportComment.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.body != body:
        return None
    return latest if utcnow() - latest.created_at < RESENT_WITHIN else None


def link_report(
    uow: UnitOfWork,
    report_id: int,
    principal: Principal,
    *,
    kind: str = "corroborates",
    other_reference: str | None = None,
    event_id: int | None = None,
    note: str | None = None,
) -> ReportLink:
    """Link a report to another report (by its reference) or to an event."""
    require(principal.role, Permission.REVIEW_REPORTS)
    if kind not in LINK_KINDS:
        raise InvalidInput(N_("kind: one of {kinds}"), kinds=", ".join(LINK_KINDS))
    report = uow.reports.get(report_id)
    if (other_reference is None) == (event_id is None):
        raise InvalidInput(N_("link: give either another report's reference or an event id"))
    link = ReportLink(report_id=report.id, kind=kind, note=note, created_by_id=principal.user_id)
    if other_reference is not None:
        other = uow.reports.by_reference(other_reference.strip().upper())
        if other is None:
            raise NotFound(N_("no report {reference}"), reference=other_reference)
        if other.id == report.id:
            raise InvalidInput(N_("link: a report cannot corroborate itself"))
        link.linked_report_id = other.id
    else:
        if uow.session.get(Event, event_id) is None:
            raise NotFound(N_("no event {event_id}"), event_id=event_id)
        link.event_id = event_id
    uow.add(link)
    uow.commit()
    return link
