"""Use cases of the report workflow: submit, review, verify, reject, publish, tag.

Each function does one use case inside the caller's unit of work and commits it whole: a report
is never half-written, and a verification, its Signals, any level change and the alert it causes
land in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, InvalidTransition
from tocsin.domain.reports import VERIFIED_STATUSES, Channel, ReportStatus, path_to
from tocsin.domain.roles import Permission, require
from tocsin.domain.wording import N_, as_written
from tocsin.ingest.acled import VIOLENCE_TYPES
from tocsin.intake import public_version
from tocsin.intake.attachments import MAX_PER_REPORT, AttachmentStore, CheckedFile
from tocsin.intake.forms import check_answers, form_for
from tocsin.intake.schemas import (
    MAX_NOTE,
    VERIFICATION_LABELS,
    FieldsRefused,
    ReportSubmission,
    Verification,
    error_message,
    field_problems,
    point_refusal,
)
from tocsin.risk.situations import held_level, reassess_after_withdrawal, reassess_situation
from tocsin.store.base import utcnow
from tocsin.store.models import Attachment, Event, Report, ReportForm, Signal, Source
from tocsin.store.uow import UnitOfWork


def parse_submission(data: dict) -> ReportSubmission:
    try:
        return ReportSubmission.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(error_message(exc)) from exc


def check_submission(
    data: dict,
    labels: dict[str, str],
    translate: Callable[[str], str] | None = None,
    language: str | None = None,
) -> tuple[ReportSubmission | None, dict[str, str]]:
    """A form's submission, or what is wrong with it field by field (named by ``labels``, told
    in the language of ``translate``, countries named in ``language``), so that a page can
    show every problem at once, next to its field."""
    try:
        return ReportSubmission.model_validate(data), {}
    except ValidationError as exc:
        return None, field_problems(exc, labels, translate or as_written, language)


def parse_verification(data: dict) -> Verification:
    """An analyst's decision; refused field by field, a page telling it in its language."""
    try:
        return Verification.model_validate(data)
    except ValidationError as exc:
        raise FieldsRefused(exc, VERIFICATION_LABELS) from exc


def _source_id(uow: UnitOfWork, name: str | None, principal: Principal) -> int | None:
    """The source a report names. What an anonymous sender names is a public source of its
    own, never the curated source of the same name: typing a trusted network's name must not
    lend a report that network's grade. A logged-in member's names are the curated ones."""
    if not name:
        return None
    public = principal.user_id is None
    query = select(Source).where(Source.name == name)
    query = query.where(Source.kind == "public" if public else Source.kind != "public")
    found = uow.session.scalars(query.order_by(Source.id)).first()
    if found is None:
        found = Source(name=name, kind="public" if public else "monitor")
        uow.add(found)
        uow.flush()
    return found.id


def add_report(
    uow: UnitOfWork,
    submission: ReportSubmission,
    principal: Principal,
    channel: Channel,
    *,
    form_key: str | None = None,
    form_version: int | None = None,
    answers: dict[str, Any] | None = None,
    files: Sequence[tuple[str | None, CheckedFile]] = (),
    file_store: AttachmentStore | None = None,
    raw: dict[str, Any] | None = None,
    reference: str | None = None,
    submission_id: str | None = None,
) -> Report:
    """Add a report, with its form answers and files, to the unit of work (not committed).

    ``files`` pairs each file with the form's file field it answers (None: an attachment to
    the report as a whole); ``form_version`` is the version the reporter was shown;
    ``submission_id`` the key of the send that brought it (see `earlier_send`): stored
    unique, so that the same send arriving twice at once fails to be stored a second time."""
    require(principal.role, Permission.SUBMIT_REPORT)
    iso3 = uow.reference.resolve_country(submission.country)
    if iso3 is None:
        raise InvalidInput(f"country: unknown country {submission.country!r}")
    if len(files) > MAX_PER_REPORT:
        raise InvalidInput(
            N_("attachments: at most {limit} files per report"), limit=MAX_PER_REPORT
        )
    if files and file_store is None:
        raise InvalidInput(N_("attachments: this channel does not take files"))
    form = form_for(uow, form_key, form_version) if form_key else None
    attached: dict[str, list[str]] = {}
    for field_name, checked in files:
        if field_name is not None:
            attached.setdefault(field_name, []).append(checked.filename)
    if attached and form is None:
        raise InvalidInput(N_("attachments: files for a form's fields need the form"))
    checked_answers = check_answers(form, answers or {}, attached) if form else None
    report = Report(
        reference=reference or "R-" + secrets.token_hex(5).upper(),
        submission_id=submission_id,
        status=ReportStatus.RECEIVED.value,
        channel=channel.value,
        title=submission.title,
        text=submission.text,
        occurred_on=submission.occurred_on,
        country_iso3=iso3,
        admin1=submission.admin1,
        place_name=submission.place_name,
        latitude=submission.latitude,
        longitude=submission.longitude,
        source_id=_source_id(uow, submission.source, principal),
        reporter_name=submission.reporter_name,
        reporter_contact=submission.reporter_contact,
        anonymous=submission.anonymous,
        submitted_by_id=principal.user_id,
        raw=raw if raw is not None else submission.model_dump(mode="json"),
        form_id=form.id if form else None,
        answers=checked_answers,
    )
    where = "latitude"
    if form and checked_answers and report.latitude is None:
        where = _point_from_answers(report, form, checked_answers) or where
    if report.latitude is not None and report.longitude is not None:
        if refused := point_refusal(iso3, report.latitude, report.longitude, where):
            raise refused
    uow.add(report)
    uow.flush()
    for field_name, checked in files:
        assert file_store is not None
        file_store.put(checked)
        uow.add(
            Attachment(
                report_id=report.id,
                filename=checked.filename,
                content_type=checked.content_type,
                size_bytes=checked.size_bytes,
                sha256=checked.sha256,
                field_name=field_name,
            )
        )
    uow.flush()
    return report


def submit_report(
    uow: UnitOfWork,
    submission: ReportSubmission,
    principal: Principal,
    channel: Channel,
    **options: Any,
) -> Report:
    """Accept a report in one transaction: once this returns it is durable and has a
    reference; if anything is wrong, nothing is kept."""
    report = add_report(uow, submission, principal, channel, **options)
    uow.commit()
    return report


def _by_submission(uow: UnitOfWork, submission_id: str) -> Report | None:
    return uow.session.scalars(select(Report).where(Report.submission_id == submission_id)).first()


def send_key(sender_id: str, content: dict[str, Any], files: Sequence[tuple[Any, Any]]) -> str:
    """What a send is known by: the id its sender gave it (a form page's, a client's
    Idempotency-Key) and a digest of everything sent, files included. The same send again (a
    lost reply, a double tap) has the same key; a send with anything corrected has another,
    and is a report of its own, so no correction is lost behind an earlier receipt. The files
    are a set: chosen again after a lost reply, a phone's picker gives them in the order they
    were tapped, which says nothing about the report."""
    chosen = sorted((n or "", f.filename, f.sha256) for n, f in files)
    sent = {"id": sender_id, **content, "files": chosen}
    return hashlib.sha256(json.dumps(sent, sort_keys=True, default=str).encode()).hexdigest()


def earlier_send(uow: UnitOfWork, send_key: str, principal: Principal) -> Report | None:
    """The report an earlier send of this same form with this same content stored, if any:
    the reply was lost on a weak connection and the reporter sent again, or the button was
    tapped twice. The key names the form page and everything sent (`send_key` in the web
    form), so a send with anything changed is another report; and only the same sender's
    report counts."""
    report = _by_submission(uow, send_key)
    if report is None or report.submitted_by_id != principal.user_id:
        return None
    return report


def _point_from_answers(report: Report, form: ReportForm, answers: dict[str, Any]) -> str | None:
    """A form's first location answer places the report when the core fields did not; the
    name of the field that did."""
    for spec in form.fields:
        value = answers.get(spec["name"])
        if spec["kind"] == "location" and value and value.get("lat") is not None:
            report.latitude, report.longitude = value["lat"], value["lon"]
            report.place_name = report.place_name or value.get("name")
            return str(spec["name"])
    return None


def _move(uow: UnitOfWork, report: Report, target: ReportStatus, principal: Principal) -> None:
    was_verified = ReportStatus(report.status) in VERIFIED_STATUSES
    for step in path_to(ReportStatus(report.status), target):
        report.status = step.value
    if target in (ReportStatus.VERIFIED, ReportStatus.REJECTED):
        report.reviewed_by_id = principal.user_id
        report.reviewed_at = utcnow()
    if was_verified and target not in VERIFIED_STATUSES:
        _withdraw(uow, report)


def _withdraw(uow: UnitOfWork, report: Report) -> None:
    """A report reopened or rejected is no longer evidence: its Event leaves the event data
    (lists, exports, panels, trends) and its confirmed Signals stop counting towards a level.
    Verifying it again brings both back, as the new verification says."""
    held = held_level(uow, report.country_iso3)
    event = uow.events.for_report(report.id)
    if event is not None:
        uow.events.withdraw(event)
    withdrawn = 0
    for signal in uow.signals.for_report(report.id):
        if signal.status == "confirmed":
            signal.status = "withdrawn"
            withdrawn += 1
    uow.flush()
    if withdrawn and reassess_after_withdrawal(uow, report.country_iso3, held, withdrawn):
        return
    reassess_situation(uow, report.country_iso3)


def start_review(uow: UnitOfWork, report_id: int, principal: Principal) -> Report:
    """Take a report into review, or reopen one already decided (new evidence, a mistake
    found, a published report that endangers someone)."""
    require(principal.role, Permission.REVIEW_REPORTS)
    report = uow.reports.get(report_id)
    _move(uow, report, ReportStatus.IN_REVIEW, principal)
    report.assigned_to_id = principal.user_id
    uow.commit()
    return report


def _tag(
    uow: UnitOfWork,
    report: Report,
    codes: list[str],
    principal: Principal,
    settle_suggestions: bool = False,
) -> list[Signal]:
    """Confirm the analyst's indicator tags as Signals.

    A tag that matches a model's suggestion confirms that suggestion (keeping its confidence
    and span); with `settle_suggestions`, suggestions left unticked are marked rejected, so
    both decisions are kept as training data.
    """
    revision = uow.reference.current_revision()
    if revision is None:
        raise InvalidInput(N_("the taxonomy is not loaded: run `tocsin init`"))
    stored = uow.signals.for_report(report.id)
    now = codes_now(uow, stored, revision)
    current = [s for s in stored if s.id in now]
    confirmed = {now[s.id] for s in current if s.status == "confirmed"}
    suggested, copies = _suggestions(current, now)
    withdrawn = {now[s.id]: s for s in current if s.status == "withdrawn"}
    wanted = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
    signals = []
    for code in wanted:
        indicator = uow.reference.indicator(revision, code)
        if indicator is None:
            raise InvalidInput(
                N_("indicators: unknown Framework of Analysis indicator {code!r}"), code=code
            )
        if code in confirmed:
            continue
        signal = (
            suggested.get(code)
            or withdrawn.get(code)
            or Signal(
                indicator_id=indicator.id,
                country_iso3=report.country_iso3,
                admin1=report.admin1,
                observed_on=report.occurred_on or report.received_at.date(),
                report_id=report.id,
                confidence=1.0,
                asserted_by=principal.actor,
            )
        )
        signal.status = "confirmed"
        signal.decided_by_id = principal.user_id
        signal.decided_at = utcnow()
        uow.add(signal)
        signals.append(signal)
    if settle_suggestions:
        # A suggestion made under an earlier wording was shown apart, never pre-ticked: a
        # tick of its code is the current item's, so the suggestion itself goes unticked.
        earlier = [s for s in stored if s.status == "suggested" and s not in current]
        unticked = [s for code, s in suggested.items() if code not in wanted] + earlier
        for signal in unticked:
            signal.status = "rejected"
            signal.decided_by_id = principal.user_id
            signal.decided_at = utcnow()
    for copy in copies:
        uow.session.delete(copy)  # the audit log keeps it
    return signals


def codes_now(uow: UnitOfWork, signals: list[Signal], revision: str) -> dict[int, str]:
    """Each Signal's indicator code in the current revision, by Signal id; a Signal whose
    indicator was removed, or whose code names another indicator now, has none. A code alone
    never carries a Signal over to a new revision (see `same_indicator_now`)."""
    codes = {}
    for signal in signals:
        now = uow.reference.same_indicator_now(signal.indicator, revision)
        if now is not None:
            codes[signal.id] = now.code
    return codes


def _suggestions(
    current: list[Signal], now: dict[int, str]
) -> tuple[dict[str, Signal], list[Signal]]:
    """The model's suggestions by indicator code, and the second copies to drop: a report
    coded twice at once (two workers, before revision 0011) has each suggestion twice, and a
    copy left over once the first was decided would come back pre-ticked. Codes are those of
    the current revision (`now`)."""
    decided = {now[s.id] for s in current if s.status != "suggested"}
    suggested: dict[str, Signal] = {}
    copies = []
    for signal in current:
        if signal.status != "suggested":
            continue
        code = now[signal.id]
        if code in suggested or code in decided:
            copies.append(signal)
        else:
            suggested[code] = signal
    return suggested, copies


def _record_event(uow: UnitOfWork, report: Report, decision: Verification) -> Event:
    """The Event a verified report is, as its latest verification says: verifying again
    corrects it (type, deaths, place) rather than leaving the first verdict in the data."""
    event = uow.events.for_report(report.id)
    if event is None:
        event = Event(dataset="report", source_event_id=report.reference, report_id=report.id)
        uow.add(event)
    event.event_date = report.occurred_on or report.received_at.date()
    event.date_precision = 1 if report.occurred_on else 3
    event.country_iso3 = report.country_iso3
    event.admin1 = report.admin1
    event.place_name = report.place_name
    event.latitude, event.longitude = report.latitude, report.longitude
    event.event_type = decision.event_type
    # Coded as an imported ACLED row of that type is, so that panels, trends and the
    # escalation forecast count the report's violence with the rest.
    event.violence_type = VIOLENCE_TYPES.get(decision.event_type or "")
    event.civilian_targeting = decision.civilian_targeting
    event.fatalities = decision.fatalities
    event.notes = report.title
    return event


def _record_coding_decisions(report: Report, decision: Verification, principal: Principal) -> None:
    """Keep the analyst's answers to the incitement, language and place suggestions, beside
    what the coders suggested, so that they can train the coders (tocsin.coding.learning); a
    corrected language or place replaces the report's."""
    decided = dict(report.coding_decisions or {})
    stamp = {"decided_by": principal.user_id, "decided_at": utcnow().isoformat()}
    suggested = report.coding or {}
    if decision.incitement is not None:
        decided["incitement"] = {
            "present": decision.incitement,
            "target_group": (decision.incitement_target or None) if decision.incitement else None,
            "suggested": bool((suggested.get("incitement") or {}).get("detected")),
            **stamp,
        }
    if decision.language:
        decided["language"] = {
            "language": decision.language,
            "suggested": suggested.get("language"),
            **stamp,
        }
        report.language = decision.language
    if decision.latitude is not None and decision.longitude is not None:
        point = (round(decision.latitude, 5), round(decision.longitude, 5))
        found = [(round(p["lat"], 5), round(p["lon"], 5)) for p in suggested.get("places") or []]
        decided["place"] = {
            "name": decision.place_name,
            "lat": point[0],
            "lon": point[1],
            "suggested": point in found,
            "before": {"name": report.place_name, "lat": report.latitude, "lon": report.longitude},
            **stamp,
        }
        report.place_name = decision.place_name or report.place_name
        report.latitude, report.longitude = point
    if decided:
        report.coding_decisions = decided


def verify_report(
    uow: UnitOfWork,
    report_id: int,
    decision: Verification,
    principal: Principal,
    today: date | None = None,
) -> Report:
    """Verify a report: it becomes an Event, its tags become confirmed Signals, and the
    situation is reassessed (which may raise its level and queue an alert), all at once."""
    require(principal.role, Permission.VERIFY_REPORT)
    report = uow.reports.get(report_id)
    if decision.latitude is not None and decision.longitude is not None:
        # The analyst's point becomes the Event's: checked as an imported event's is.
        refused = point_refusal(report.country_iso3, decision.latitude, decision.longitude)
        if refused:
            raise refused
    _move(uow, report, ReportStatus.VERIFIED, principal)
    report.review_note = decision.note
    report.credibility = decision.credibility
    if decision.reliability:
        # A grade is of a source; with none named it would be dropped without a word.
        source = uow.session.get(Source, report.source_id) if report.source_id else None
        if source is None:
            raise InvalidInput(
                "reliability: the report names no source to grade; grade the information's "
                "credibility only"
            )
        source.reliability = decision.reliability
    _record_coding_decisions(report, decision, principal)
    uow.flush()
    _record_event(uow, report, decision)
    _tag(uow, report, decision.indicators, principal, settle_suggestions=True)
    uow.flush()
    reassess_situation(uow, report.country_iso3, today=today)
    uow.commit()
    return report


def tag_report(
    uow: UnitOfWork,
    report_id: int,
    codes: list[str],
    principal: Principal,
    today: date | None = None,
) -> list[Signal]:
    """Add indicator tags to a report already verified; the situation is reassessed."""
    require(principal.role, Permission.TAG_SIGNALS)
    report = uow.reports.get(report_id)
    signals = _tag(uow, report, codes, principal)
    uow.flush()
    if ReportStatus(report.status) in (ReportStatus.VERIFIED, ReportStatus.PUBLISHED):
        reassess_situation(uow, report.country_iso3, today=today)
    uow.commit()
    return signals


def reject_report(uow: UnitOfWork, report_id: int, note: str, principal: Principal) -> Report:
    require(principal.role, Permission.VERIFY_REPORT, "reject a report")
    if not note.strip():
        raise InvalidInput(N_("note: say why the report is rejected"))
    if len(note.strip()) > MAX_NOTE:
        raise InvalidInput(N_("note: at most {limit:,} characters"), limit=MAX_NOTE)
    report = uow.reports.get(report_id)
    _move(uow, report, ReportStatus.REJECTED, principal)
    report.review_note = note.strip()
    uow.commit()
    return report


def publish_report(
    uow: UnitOfWork,
    report_id: int,
    principal: Principal,
    title: str | None = None,
    text: str | None = None,
) -> Report:
    """Publish, with the analyst's version of what the public reads when one is given."""
    require(principal.role, Permission.VERIFY_REPORT, "publish a report")
    report = uow.reports.get(report_id)
    _move(uow, report, ReportStatus.PUBLISHED, principal)
    public_version.apply_version(report, title, text)
    uow.commit()
    return report


def edit_public_version(
    uow: UnitOfWork,
    report_id: int,
    principal: Principal,
    title: str | None,
    text: str | None,
) -> Report:
    """Set what the public reads of a verified or published report (None for both: back to
    the report as received, contact details masked). A published report changes at once."""
    require(principal.role, Permission.VERIFY_REPORT, "edit what the public reads")
    report = uow.reports.get(report_id)
    if ReportStatus(report.status) not in VERIFIED_STATUSES:
        raise InvalidTransition(
            N_("a {status} report has no public version: verify it first"),
            status=report.status.replace("_", " "),
        )
    if title is None and text is None:
        public_version.clear_version(report)
    else:
        public_version.apply_version(report, title, text)
    uow.commit()
    return report
