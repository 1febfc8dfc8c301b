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
from typing import Any

from sqlalchemy import select

from tocsin.domain.reports import ReportStatus
from tocsin.store.base import utcnow
from tocsin.store.models import Report, Signal
from tocsin.store.uow import Store, UnitOfWork

log = logging.getLogger("tocsin.autocode")
MODEL_ACTOR = "model:foa-coder"
MIN_SUGGESTION = 0.35
#: The key of a coding that failed, with the reason; the page shows it to the analyst.
FAILED = "error"


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


def code_pending_reports(store: Store, limit: int = 32) -> int:
    """Code up to `limit` reports awaiting review; returns how many were coded."""
    with store.uow(actor=MODEL_ACTOR) as uow:
        pending = list(
            uow.session.scalars(
                select(Report)
                .where(
                    Report.coded_at.is_(None),
                    Report.status.in_([ReportStatus.RECEIVED.value, ReportStatus.IN_REVIEW.value]),
                )
                .order_by(Report.id)
                .limit(limit)
            )
        )
        if not pending:
            return 0
        codings = _coded(pending)
        for report, coding in zip(pending, codings, strict=True):
            report.coding = coding
            report.language = report.language or coding.get("language")
            report.coded_at = utcnow()
            _suggest(uow, report, coding)
        uow.commit()
    log.info("coded %d report(s)", len(pending))
    return len(pending)
