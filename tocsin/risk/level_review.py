"""Levels due for an analyst's review: found for every situation at once, noted by the worker
once per episode, and cleared by a decision (see `tocsin.domain.level_review` for the rule).

The watchlist asks for every situation on each view, so the evidence is read in a handful of
queries for all of them (signals, latest forecasts, level changes), never one per situation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.alerts.notices import notify_reviews_due
from tocsin.domain.errors import InvalidInput
from tocsin.domain.level_fusion import (
    DynamicRisk,
    StructuralRisk,
    combine,
    source_assessments,
)
from tocsin.domain.level_review import REVIEW_DAYS, LastChange, ReviewDue, review_due
from tocsin.domain.levels import Level
from tocsin.domain.reasons import Reason
from tocsin.domain.roles import Permission, require
from tocsin.domain.signal_rule import Thresholds, VerifiedSignal, assess
from tocsin.domain.wording import N_
from tocsin.risk.situations import _change, _decided_on
from tocsin.store.base import utcnow
from tocsin.store.models import Forecast, Indicator, LevelChange, RiskFactor, Signal, Situation
from tocsin.store.uow import UnitOfWork


def _last_changes(
    uow: UnitOfWork, ids: list[int]
) -> tuple[dict[int, LastChange], dict[int, LastChange]]:
    """Each situation's latest change, and its latest analyst's setting (`override`)."""
    rows = uow.session.execute(
        select(
            LevelChange.situation_id,
            LevelChange.at,
            LevelChange.to_level,
            LevelChange.override,
            LevelChange.changed_by,
        )
        .where(LevelChange.situation_id.in_(ids))
        .order_by(LevelChange.id)
    )
    last: dict[int, LastChange] = {}
    judged: dict[int, LastChange] = {}
    for situation_id, at, to_level, override, changed_by in rows:
        change = LastChange(at, Level(to_level), bool(override))
        last[situation_id] = change
        if changed_by.startswith("user:"):
            if override:
                judged[situation_id] = change
            else:
                judged.pop(situation_id, None)  # handed back, or opened: no setting holds
    return last, judged


def _signals(
    uow: UnitOfWork, countries: list[str], on: date, rule: Thresholds
) -> dict[str, list[VerifiedSignal]]:
    """The countries' confirmed signals that count on the day `on` or after it."""
    if not countries:
        return {}
    since = on - timedelta(days=rule.window_days)
    rows = uow.session.execute(
        select(
            Signal.country_iso3,
            Indicator.code,
            RiskFactor.number,
            Signal.confidence,
            Signal.observed_on,
        )
        .join(Indicator, Signal.indicator_id == Indicator.id)
        .join(RiskFactor, Indicator.risk_factor_id == RiskFactor.id)
        .where(
            Signal.status == "confirmed",
            Signal.observed_on >= since,
            Signal.country_iso3.in_(countries),
        )
    )
    found: dict[str, list[VerifiedSignal]] = defaultdict(list)
    for country, code, factor, confidence, observed_on in rows:
        found[country].append(VerifiedSignal(code, factor, confidence, observed_on))
    return found


def _current(forecast: Forecast | None, today: date) -> Forecast | None:
    """As the level rule reads it: a forecast for months already past does not count."""
    return forecast if forecast is not None and forecast.period_end >= today else None


def reviews_due(
    uow: UnitOfWork,
    situations: Sequence[Situation],
    today: date | None = None,
    review_days: int = REVIEW_DAYS,
    rule: Thresholds | None = None,
) -> dict[int, ReviewDue]:
    """The situations among `situations` whose level is due for review, by id."""
    rule = rule or Thresholds()
    today = today or utcnow().date()
    if not situations:
        return {}
    last, judged = _last_changes(uow, [s.id for s in situations])
    recent = _signals(uow, sorted({s.country_iso3 for s in situations}), today, rule)
    structural = uow.forecasts.latest_by_country("structural")
    dynamic = uow.forecasts.latest_by_country("dynamic")
    evidence: dict[int, Level] = {}
    for s in situations:
        onset = _current(structural.get(s.country_iso3), today)
        escalation = _current(dynamic.get(s.country_iso3), today)
        evidence[s.id] = combine(
            source_assessments(
                assess(recent.get(s.country_iso3, []), today, rule),
                StructuralRisk(onset.probability, onset.rank, onset.model) if onset else None,
                DynamicRisk(escalation.probability, "", escalation.model) if escalation else None,
            )
        ).level
    # Only a level above its evidence needs the older signals, to date when they left.
    below = [s for s in situations if evidence[s.id] < Level(s.level) and s.id in last]
    older = _signals(
        uow,
        sorted({s.country_iso3 for s in below}),
        min((last[s.id].at.date() for s in below), default=today),
        rule,
    )
    due: dict[int, ReviewDue] = {}
    for s in situations:
        judgement = judged.get(s.id)
        found = review_due(
            Level(s.level),
            last.get(s.id),
            evidence[s.id],
            today,
            review_days,
            judgement=judgement.to_level if judgement else None,
            signals=older.get(s.country_iso3, []),
            rule=rule,
        )
        if found is not None:
            due[s.id] = found
    return due


def note_reviews_due(
    uow: UnitOfWork, today: date | None = None, review_days: int = REVIEW_DAYS
) -> list[Situation]:
    """The worker's pass: mark when each situation became due (the audit log keeps the mark),
    and clear the mark of those no longer due, so that a situation is told once per episode:
    those newly due are mailed, in one notice, to everyone who may set levels and wants
    notices (in the same transaction as the mark). Returns them, and commits."""
    situations = uow.situations.all()
    due = reviews_due(uow, situations, today, review_days)
    now = utcnow()
    newly: list[Situation] = []
    for s in situations:
        if s.id in due and s.review_noted_at is None:
            s.review_noted_at = now
            newly.append(s)
        elif s.id not in due and s.review_noted_at is not None:
            s.review_noted_at = None
    notify_reviews_due(uow, newly, due)
    uow.commit()
    return newly


def confirm_level(
    uow: UnitOfWork,
    situation_id: int,
    reason: str,
    principal: Principal,
    seen: str | None = None,
    review_days: int = REVIEW_DAYS,
) -> LevelChange:
    """An analyst reviews a level that is due and keeps it, with a written reason. The level
    becomes their setting (kept in the history, the audit log and an alert saying it stays),
    which clears the review until the setting is itself due."""
    require(principal.role, Permission.SET_LEVEL)
    situation = _decided_on(uow, situation_id, reason, seen)
    if situation.id not in reviews_due(uow, [situation], review_days=review_days):
        raise InvalidInput(
            N_("the level is not due for review: set another level, or wait until it is due")
        )
    why = Reason(
        N_("an analyst reviewed the level and confirmed it: {words}"), words=reason.strip()
    )
    level = Level(situation.level)
    change = _change(uow, situation, level, [why], principal.actor, override=True)
    uow.commit()
    return change
