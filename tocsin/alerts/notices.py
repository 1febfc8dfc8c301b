"""Notices: the mails that tell staff of their work, through the same outbox as alerts.

An analyst who is given a report, or whose situations' levels have become due for review
(those they follow, or any nobody follows), learns of it without watching the review queue.
A notice is queued in the transaction of the change it tells of (it is never lost, nor sent
for a change rolled back), to the people it concerns who have not turned notices off on
their account page, and is told in each one's language when it is sent. It names what to
look at and links to it, nothing more: a report's text, and anything of who reported it,
stays behind the login, never in a mailbox.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from gettext import NullTranslations
from typing import Any

from sqlalchemy import ColumnElement, select, update

from tocsin.accounts.actors import staff_actor_names, user_id_of
from tocsin.alerts.outbox import level_title, new_message_id
from tocsin.domain.level_review import ReviewDue, ReviewReason
from tocsin.domain.levels import Level
from tocsin.domain.reports import CHANNEL_NAMES
from tocsin.domain.roles import Permission, Role, can
from tocsin.domain.wording import DEFAULT, N_, N_plural, situation_name_in, translations
from tocsin.store.base import utcnow
from tocsin.store.models import (
    Delivery,
    LevelChange,
    Report,
    Situation,
    SituationFollower,
    User,
)
from tocsin.store.models.alerts import DeliveryKind
from tocsin.store.uow import UnitOfWork

ASSIGNED = "assigned"
COMMENTED = "commented"
REVIEW_DUE = "review_due"
LEVEL_CHANGED = "level_changed"
NEW_REPORTS = "new_reports"
#: A notice of new reports lists this many; the rest it counts ("and 480 more").
REPORTS_LISTED = 20


def _queue(uow: UnitOfWork, user: User, payload: dict[str, Any]) -> Delivery:
    delivery = Delivery(
        kind=DeliveryKind.NOTICE.value,
        user_id=user.id,
        channel="email",
        message_id=new_message_id(),
        payload=payload,
    )
    uow.add(delivery)
    return delivery


def wants_notices(user: User) -> bool:
    return user.active and user.notices


def notify_assigned(uow: UnitOfWork, report: Report, analyst: User, by: str) -> Delivery | None:
    """Tell `analyst` that `by` gave them `report`. Nobody is told of a report they took
    themselves (the caller knows), nor when they have turned notices off."""
    if not wants_notices(analyst):
        return None
    return _queue(
        uow,
        analyst,
        {"topic": ASSIGNED, "report_id": report.id, "reference": report.reference, "by": by},
    )


def notify_commented(uow: UnitOfWork, report: Report, by_id: int, by: str) -> Delivery | None:
    """Tell the analyst a report is assigned to that someone else commented on it (a question,
    a lead to follow); the comment itself stays on the page."""
    if report.assigned_to_id is None or report.assigned_to_id == by_id:
        return None
    analyst = uow.session.get(User, report.assigned_to_id)
    if analyst is None or not wants_notices(analyst):
        return None
    return _queue(
        uow,
        analyst,
        {"topic": COMMENTED, "report_id": report.id, "reference": report.reference, "by": by},
    )


def _listed(situation: Situation, review: ReviewDue) -> dict[str, Any]:
    return {
        "id": situation.id,
        "iso3": situation.country_iso3,
        "name": situation.name,
        "admin1": situation.admin1,
        "level": situation.level,
        "reason": review.reason.value,
        "since": review.since.isoformat() if review.since is not None else None,
        "evidence_level": review.evidence_level.value,
    }


@dataclass(frozen=True)
class _Following:
    situation_id: int
    country: str
    user_id: int
    notices: bool


def _followings(uow: UnitOfWork, *where: ColumnElement[bool]) -> list[_Following]:
    """Who follows which situation, among the open accounts that may set levels (a follower
    since made a monitor, or whose account was closed, follows nothing)."""
    rows = uow.session.execute(
        select(
            SituationFollower.situation_id, Situation.country_iso3, User.id, User.role, User.notices
        )
        .join(User, User.id == SituationFollower.user_id)
        .join(Situation, Situation.id == SituationFollower.situation_id)
        .where(User.active.is_(True), *where)
    )
    return [
        _Following(situation_id, country, user_id, notices)
        for situation_id, country, user_id, role, notices in rows
        if can(Role(role), Permission.SET_LEVEL)
    ]


def _followers(uow: UnitOfWork, situations: Sequence[Situation]) -> dict[int, set[int]]:
    """Who follows each situation."""
    found: dict[int, set[int]] = defaultdict(set)
    for f in _followings(uow, SituationFollower.situation_id.in_([s.id for s in situations])):
        found[f.situation_id].add(f.user_id)
    return found


def notify_reviews_due(
    uow: UnitOfWork, situations: Sequence[Situation], due: dict[int, ReviewDue]
) -> list[Delivery]:
    """One notice to each person who may set levels, listing the situations newly due that
    they follow and those nobody follows (`tocsin.risk.following`): a portfolio's levels go to
    its analysts, and a level nobody has taken on goes to all of them."""
    if not situations:
        return []
    followed = _followers(uow, situations)
    staff = uow.session.scalars(
        select(User).where(User.active.is_(True), User.notices.is_(True)).order_by(User.id)
    )
    queued = []
    for user in staff:
        if not can(Role(user.role), Permission.SET_LEVEL):
            continue
        theirs = [s for s in situations if user.id in followed[s.id] or not followed[s.id]]
        if theirs:
            listed = [_listed(s, due[s.id]) for s in theirs]
            queued.append(_queue(uow, user, {"topic": REVIEW_DUE, "situations": listed}))
    return queued


def notify_level_changed(
    uow: UnitOfWork, situation: Situation, change: LevelChange
) -> list[Delivery]:
    """Tell those who follow a situation that its level changed (by the rule, or by a
    colleague), not the person who changed it: the situation is theirs to watch."""
    by = user_id_of(change.changed_by)
    followers = _followers(uow, [situation])[situation.id] - {by}
    if not followers:
        return []
    payload = {
        "topic": LEVEL_CHANGED,
        "situation": {
            "id": situation.id,
            "iso3": situation.country_iso3,
            "name": situation.name,
            "admin1": situation.admin1,
        },
        "from": change.from_level,
        "to": change.to_level,
        "override": change.override,
        "by": staff_actor_names(uow, [change.changed_by])[change.changed_by],
    }
    told = uow.session.scalars(
        select(User).where(User.id.in_(followers), User.notices.is_(True)).order_by(User.id)
    )
    return [_queue(uow, user, payload) for user in told]


def _followers_by_country(uow: UnitOfWork, countries: set[str]) -> dict[int, set[str]]:
    """For each follower who wants notices: the countries, among these, of the situations it
    follows."""
    found: dict[int, set[str]] = defaultdict(set)
    for f in _followings(uow, Situation.country_iso3.in_(sorted(countries))):
        if f.notices:
            found[f.user_id].add(f.country)
    return found


def notify_new_reports(uow: UnitOfWork, limit: int = 2000) -> list[Delivery]:
    """The worker's pass: tell those who follow a situation of the reports received in its
    country since the last pass, in one notice each (a file of 500 reports is one mail, not
    500), leaving out the reports they sent themselves. Each report is claimed with a
    compare-and-set, so two workers never tell of it twice; the notices and the claim are
    committed together."""
    found = uow.session.execute(
        select(
            Report.id,
            Report.reference,
            Report.country_iso3,
            Report.channel,
            Report.received_at,
            Report.submitted_by_id,
        )
        .where(Report.followers_told_at.is_(None))
        .order_by(Report.id)
        .limit(limit)
    ).all()
    if not found:
        return []
    ids = [r.id for r in found]
    claimed = uow.session.execute(
        update(Report)
        .where(Report.id.in_(ids), Report.followers_told_at.is_(None))
        .values(followers_told_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != len(ids):  # type: ignore[attr-defined]  # another worker has some
        uow.rollback()
        return []
    queued = []
    names = {
        iso3: country.name if (country := uow.reference.country(iso3)) else iso3
        for iso3 in {r.country_iso3 for r in found}
    }
    followers = _followers_by_country(uow, set(names))
    for user_id, countries in sorted(followers.items()):
        theirs = [r for r in found if r.country_iso3 in countries and r.submitted_by_id != user_id]
        if not theirs:
            continue
        listed = [
            {
                "id": r.id,
                "reference": r.reference,
                "iso3": r.country_iso3,
                "country": names[r.country_iso3],
                "channel": r.channel,
                "received_at": r.received_at.isoformat(timespec="minutes"),
            }
            for r in theirs[:REPORTS_LISTED]
        ]
        payload = {"topic": NEW_REPORTS, "reports": listed, "count": len(theirs)}
        queued.append(_queue(uow, uow.session.get_one(User, user_id), payload))
    uow.commit()
    return queued


@dataclass(frozen=True)
class ToldNotice:
    subject: str
    body: str


def _label(value: str) -> str:
    try:
        return Level(value).label
    except ValueError:
        return value


def link_to(base: str, path: str, language: str) -> str:
    """A page of the deployment, opened in the reader's language."""
    if language == DEFAULT:
        return f"{base}{path}"
    return f"{base}{path}{'&' if '?' in path else '?'}lang={language}"


#: What a notice about one report says: its subject and its first line.
_ABOUT_A_REPORT = {
    ASSIGNED: (
        N_("[Tocsin] Report {reference} assigned to you"),
        N_("{name} assigned report {reference} to you."),
    ),
    COMMENTED: (
        N_("[Tocsin] A comment on report {reference}"),
        N_("{name} commented on report {reference}, which is assigned to you."),
    ),
}


def _about_a_report(
    payload: dict[str, Any], told: NullTranslations, language: str, base: str
) -> ToldNotice:
    subject, line = _ABOUT_A_REPORT.get(str(payload.get("topic")), _ABOUT_A_REPORT[ASSIGNED])
    values = {
        "reference": str(payload.get("reference") or payload.get("report_id")),
        "name": payload.get("by") or "?",
    }
    link = link_to(base, f"/review/{payload.get('report_id')}", language)
    body = [
        told.gettext(line).format(**values),
        "",
        told.gettext(N_("Review it: {link}")).format(link=link),
    ]
    return ToldNotice(told.gettext(subject).format(**values), "\n".join(body))


def _review_due(
    payload: dict[str, Any], told: NullTranslations, language: str, base: str
) -> ToldNotice:
    listed = list(payload.get("situations") or [])
    count = len(listed)
    subject = told.ngettext(
        *N_plural(
            "[Tocsin] {count} situation level is due for review",
            "[Tocsin] {count} situation levels are due for review",
        ),
        count,
    ).format(count=count)
    lines = [
        told.ngettext(
            *N_plural(
                "This situation's level is due for an analyst's review:",
                "These situations' levels are due for an analyst's review:",
            ),
            count,
        ),
        "",
    ]
    for s in listed:
        name = situation_name_in(language, s["iso3"], s["name"], s.get("admin1"))
        if s.get("reason") == ReviewReason.SETTING:
            why = told.gettext(N_("an analyst's setting is due for review"))
        else:
            why = told.gettext(N_("the evidence now argues for {level}")).format(
                level=told.gettext(_label(s.get("evidence_level") or ""))
            )
        if s.get("since"):
            why = told.gettext(N_("{why}, since {day}")).format(why=why, day=s["since"])
        lines.append(
            told.gettext(N_("- {name}: {level}; {why}")).format(
                name=name, level=told.gettext(_label(s.get("level") or "")), why=why
            )
        )
        lines.append("  " + link_to(base, f"/situations/{s['id']}", language))
    lines += [
        "",
        told.gettext(
            N_("Nothing is lowered by itself: confirm each level with a reason, or set another.")
        ),
        told.gettext(N_("All levels due for review: {link}")).format(
            link=link_to(base, "/?review=due", language)
        ),
    ]
    return ToldNotice(subject, "\n".join(lines))


def _level_changed(
    payload: dict[str, Any], told: NullTranslations, language: str, base: str
) -> ToldNotice:
    s = payload["situation"]
    name = situation_name_in(language, s["iso3"], s["name"], s.get("admin1"))
    title = level_title(name, payload.get("from"), payload["to"], told.gettext)
    who = str(payload.get("by") or "?")
    if payload.get("override"):
        who = told.gettext(N_("{who} (override)")).format(who=who)
    lines = [
        title,
        "",
        told.gettext(N_("Changed by: {who}")).format(who=who),
        told.gettext(N_("Why, and the level's history: {link}")).format(
            link=link_to(base, f"/situations/{s['id']}", language)
        ),
        "",
        told.gettext(
            N_("You are told because you follow this situation; stop following it on its page.")
        ),
    ]
    return ToldNotice(told.gettext(N_("[Tocsin] {title}")).format(title=title), "\n".join(lines))


def _new_reports(
    payload: dict[str, Any], told: NullTranslations, language: str, base: str
) -> ToldNotice:
    listed = list(payload.get("reports") or [])
    count = int(payload.get("count") or len(listed))
    subject = told.ngettext(
        *N_plural(
            "[Tocsin] {count} new report in the situations you follow",
            "[Tocsin] {count} new reports in the situations you follow",
        ),
        count,
    ).format(count=count)
    lines = [
        told.ngettext(
            *N_plural(
                "This report arrived in the countries of the situations you follow:",
                "These reports arrived in the countries of the situations you follow:",
            ),
            count,
        ),
        "",
    ]
    for r in listed:
        channel = told.gettext(CHANNEL_NAMES.get(r.get("channel", ""), r.get("channel", "")))
        lines.append(
            told.gettext(N_("- {reference}: {country}, by {channel}, {received} UTC")).format(
                reference=r["reference"],
                country=situation_name_in(language, r["iso3"], r.get("country") or r["iso3"]),
                channel=channel,
                received=str(r.get("received_at", "")).replace("T", " ")[:16],
            )
        )
        lines.append("  " + link_to(base, f"/review/{r['id']}", language))
    if count > len(listed):
        more = count - len(listed)
        lines.append(
            told.ngettext(*N_plural("and {count} more", "and {count} more"), more).format(
                count=more
            )
        )
    lines += [
        "",
        told.gettext(N_("The review queue of the situations you follow: {link}")).format(
            link=link_to(base, "/review?followed=1", language)
        ),
    ]
    return ToldNotice(subject, "\n".join(lines))


def told_notice(payload: dict[str, Any], language: str, base_url: str) -> ToldNotice:
    """What a notice says, in `language`, its links to the deployment at `base_url`."""
    told = translations(language)
    base = base_url.rstrip("/")
    if payload.get("topic") == REVIEW_DUE:
        return _review_due(payload, told, language, base)
    if payload.get("topic") == LEVEL_CHANGED:
        return _level_changed(payload, told, language, base)
    if payload.get("topic") == NEW_REPORTS:
        return _new_reports(payload, told, language, base)
    return _about_a_report(payload, told, language, base)
