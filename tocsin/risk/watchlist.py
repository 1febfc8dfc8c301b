"""The watchlist: situations ordered by level, then by forecast risk and recent evidence, each
with whether its level is due for an analyst's review (`risk.level_review`)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from tocsin.domain.level_review import REVIEW_DAYS, ReviewDue
from tocsin.domain.levels import Level
from tocsin.respond.actions import ResponseGap, response_gaps
from tocsin.risk.level_review import reviews_due
from tocsin.store.base import utcnow
from tocsin.store.models import Forecast, Signal, Situation
from tocsin.store.uow import UnitOfWork


def watchlist(
    uow: UnitOfWork, days: int = 90, review_days: int = REVIEW_DAYS
) -> list[dict[str, Any]]:
    rows = _rows(uow, list(uow.situations.all()), days, review_days)
    today = utcnow().date()
    rows.sort(
        key=lambda r: (
            -Level(r["level"]).rank,
            -max(_current(r, "structural", today), _current(r, "escalation", today)),
            -r["signals_90d"],
            r["name"],
        )
    )
    return rows


def _current(row: dict[str, Any], kind: str, today: date) -> float:
    """A forecast's risk if the months it speaks of have not all passed: as for the level
    rule, a forecast of months already past says nothing about the order of concern now."""
    end = row[f"{kind}_period_end"]
    risk = row[f"{kind}_risk"]
    return risk if risk is not None and end is not None and end >= today else 0.0


def situation_summary(
    uow: UnitOfWork, situation_id: int, days: int = 90, review_days: int = REVIEW_DAYS
) -> dict[str, Any]:
    """One situation with the figures the watchlist shows beside it (NotFound if none)."""
    return _rows(uow, [uow.situations.get(situation_id)], days, review_days)[0]


def _review(due: ReviewDue | None) -> dict[str, Any]:
    return {
        "review_due": due is not None,
        "review_reason": due.reason.value if due else None,
        "review_since": due.since if due else None,
        "review_evidence_level": due.evidence_level.value if due else None,
    }


def _rows(
    uow: UnitOfWork, situations: list[Situation], days: int, review_days: int
) -> list[dict[str, Any]]:
    since = utcnow().date() - timedelta(days=days)
    confirmed = uow.session.execute(
        select(Signal.country_iso3, func.count())
        .where(
            Signal.status == "confirmed",
            Signal.observed_on >= since,
            Signal.country_iso3.in_([s.country_iso3 for s in situations]),
        )
        .group_by(Signal.country_iso3)
    )
    counts = {iso3: n for iso3, n in confirmed}
    structural = uow.forecasts.latest_by_country("structural")
    dynamic = uow.forecasts.latest_by_country("dynamic")
    due = reviews_due(uow, situations, review_days=review_days)
    gaps = response_gaps(uow, [s.id for s in situations])
    rows: list[dict[str, Any]] = []
    for s in situations:
        s_risk, d_risk = structural.get(s.country_iso3), dynamic.get(s.country_iso3)
        rows.append(
            {
                "id": s.id,
                "country_iso3": s.country_iso3,
                "name": s.name,
                "level": s.level,
                "reasons": list(s.reasons),
                "reason_parts": s.reason_parts,
                "level_changed_at": s.level_changed_at,
                "signals_90d": counts.get(s.country_iso3, 0),
                "structural_risk": s_risk.probability if s_risk else None,
                "structural_rank": s_risk.rank if s_risk else None,
                **_dates("structural", s_risk),
                "escalation_risk": d_risk.probability if d_risk else None,
                **_dates("escalation", d_risk),
                **_review(due.get(s.id)),
                "review_noted_at": s.review_noted_at,
                **_response(gaps[s.id]),
            }
        )
    return rows


def _response(gap: ResponseGap | None) -> dict[str, Any]:
    """The warning and the response to it (`tocsin.respond.actions`): what the watchlist
    sets beside each level, so that a warning left unanswered shows where all can see it."""
    if gap is None:
        return {
            "warned_on": None,
            "responses": 0,
            "days_to_first_response": None,
            "days_unanswered": None,
        }
    unanswered = None if gap.first_action_on else (utcnow().date() - gap.warned_on).days
    return {
        "warned_on": gap.warned_on,
        "responses": gap.actions,
        "days_to_first_response": gap.days_to_first_action,
        "days_unanswered": unanswered,
    }


def _dates(kind: str, forecast: Forecast | None) -> dict[str, Any]:
    """When a figure's forecast was made and the months it is for: a figure from an older
    issue, or for months already past, must say so wherever it is shown."""
    return {
        f"{kind}_issued_at": forecast.issued_at if forecast else None,
        f"{kind}_period_start": forecast.period_start if forecast else None,
        f"{kind}_period_end": forecast.period_end if forecast else None,
    }
