"""Automatic coding of incoming reports, as suggestions for the analyst.

The worker runs the coders on reports not yet coded: the output (language, event type,
incitement, places) is kept on the report, and each suggested indicator becomes a Signal with
status `suggested`, its confidence and the span of text behind it. When the analyst verifies
the report, ticked suggestions become `confirmed` and the others `rejected`: those decisions
are the training data the indicator coder learns from.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update

from tocsin.domain.reports import ReportStatus
from tocsin.store.base import utcnow
from tocsin.store.models import Report, Signal
from tocsin.store.uow import Store, UnitOfWork

log = logging.getLogger("tocsin.autocode")
MODEL_ACTOR = "model:foa-coder"
MIN_SUGGESTION = 0.35
#: The key of a coding that failed, with the reason; the page shows it to the analyst.
FAILED = "error"
#: How long a worker's claim on the reports it codes holds (a batch takes seconds to minutes).
LEASE = timedelta(minutes=15)


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def _suggest(uow: UnitOfWork, report: Report, coding: dict[str, Any]) -> int:
    revision = uow.reference.current_revision()
    if revision is None:
        return 0
    added = 0
    for item in coding.get("indicators") or []:
        confidence = float(item.get("confidence", 0))
        if confidence < MIN_SUGGESTION:
            continue
        indicator = uow.reference.indicator(revision, str(item["code"]))
        if indicator is None:
            continue
        span = item.get("span") or [None, None]
        uow.add(
            Signal(
                indicator_id=indicator.id,
                country_iso3=report.country_iso3,
                admin1=report.admin1,
                observed_on=report.occurred_on or report.received_at.date(),
                report_id=report.id,
                confidence=round(confidence, 4),
                status="suggested",
                asserted_by=MODEL_ACTOR,
                span_start=span[0],
                span_end=span[1],
            )
        )
        added += 1
    return added


def _code(reports: list[Report]) -> list[dict[str, Any]]:
    from tocsin.coding.pipeline import code_reports

    texts, countries = [r.text for r in reports], [r.country_iso3 for r in reports]
    return [_plain(c) for c in code_reports(texts, countries)]


def _coded(reports: list[Report]) -> list[dict[str, Any]]:
    """The batch's codings. If the batch fails, each report is coded alone, and one that still
    fails is marked as such and left to the analyst, so that one report the coders cannot read
    never holds back the coding of every report after it."""
    try:
        return _code(reports)
    except Exception:
        log.exception("coding %d report(s) together failed; coding them one by one", len(reports))
    codings = []
    for report in reports:
        try:
            codings.append(_code([report])[0])
        except Exception as exc:
            log.exception("report %s could not be coded; it is left to the analyst", report.id)
            codings.append({FAILED: f"{type(exc).__name__}: {exc}"[:300]})
    return codings


def _claim(store: Store, limit: int, lease: timedelta) -> tuple[str, list[int]]:
    """Claim up to `limit` uncoded reports for this worker (a compare-and-set per report,
    committed before coding), so that two workers never code the same report."""
    token, now = uuid.uuid4().hex, utcnow()
    with store.uow(actor=MODEL_ACTOR) as uow:
        candidates = list(
            uow.session.scalars(
                select(Report.id).where(_uncoded(now)).order_by(Report.id).limit(limit)
            )
        )
        claimed = []
        for report_id in candidates:
            taken = uow.session.execute(
                update(Report)
                .where(Report.id == report_id, _uncoded(now))
                .values(coding_claim=token, coding_claimed_until=now + lease)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                claimed.append(report_id)
        uow.commit()
    return token, claimed


def _uncoded(now: datetime) -> ColumnElement[bool]:
    return and_(
        Report.coded_at.is_(None),
        Report.status.in_([ReportStatus.RECEIVED.value, ReportStatus.IN_REVIEW.value]),
        or_(Report.coding_claimed_until.is_(None), Report.coding_claimed_until < now),
    )


def _settle_claim(uow: UnitOfWork, report_id: int, token: str) -> bool:
    """Mark a report coded if it is still uncoded and still under `token` (a compare-and-set,
    so only one worker ever stores its suggestions)."""
    done = uow.session.execute(
        update(Report)
        .where(Report.id == report_id, Report.coded_at.is_(None), Report.coding_claim == token)
        .values(coded_at=utcnow(), coding_claim=None, coding_claimed_until=None)
    )
    return done.rowcount == 1  # type: ignore[attr-defined]


def code_pending_reports(store: Store, limit: int = 32, lease: timedelta = LEASE) -> int:
    """Code up to `limit` reports awaiting review; returns how many were coded.

    The coders run outside any transaction; each report's coding is then stored only if it is
    still uncoded and still this worker's claim, so its suggestions are stored once."""
    token, ids = _claim(store, limit, lease)
    if not ids:
        return 0
    with store.uow(actor=MODEL_ACTOR) as uow:
        pending = list(
            uow.session.scalars(select(Report).where(Report.id.in_(ids)).order_by(Report.id))
        )
    codings = _coded(pending)  # no transaction is held while the coders run
    coded = 0
    with store.uow(actor=MODEL_ACTOR) as uow:
        for read, coding in zip(pending, codings, strict=True):
            if not _settle_claim(uow, read.id, token):
                continue  # taken and coded by another worker once our claim ran out
            report = uow.reports.get(read.id)
            report.coding = coding
            report.language = report.language or coding.get("language")
            _suggest(uow, report, coding)
            coded += 1
        uow.commit()
    log.info("coded %d report(s)", coded)
    return coded
