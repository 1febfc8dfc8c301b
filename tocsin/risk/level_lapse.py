"""A forecast's time runs out: the level it raised comes down, with its reason.

A forecast speaks of a period (a structural forecast of the next two years, an escalation
forecast of the next months) and is replaced by the next issue. Once the period has ended, or
a newer issue argues for less, it no longer counts (`situations._current` reads only the
latest issue, and only while its period lasts). A level the rule raised on it would otherwise
stay up for good, its reasons and the alert subscribers received still asserting a forecast
that has lapsed. So, as when a report's signals are withdrawn, the rule takes its raising
back when no other evidence holds the level, says why in the level history, and the alert
goes out as for every change. An analyst's setting is never lowered here: the level they set
is theirs to change.

Signals that age out of the rule's window never lower a level here; only a forecast lapsing
does (such a level is put up for an analyst's review instead: `risk.level_review`). The
check runs in the worker's periodic pass (no one need open a page) and right after new
forecasts are stored (`tocsin forecast run`, the escalation refresh).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tocsin.domain.level_fusion import combine
from tocsin.domain.levels import Level
from tocsin.domain.reasons import Reason
from tocsin.domain.signal_rule import Assessment, Thresholds
from tocsin.domain.wording import N_
from tocsin.risk.situations import RULE_ACTOR, LevelMoved, _change, _sources
from tocsin.store.base import utcnow
from tocsin.store.models import Forecast, LevelChange, Situation
from tocsin.store.uow import UnitOfWork

#: The forecast sources in `situations._sources` order (after the signals).
_KINDS = ("structural", "dynamic")
#: What became of a forecast that raised a level, for each kind: the name of the forecast is
#: in the template, so that a language can give it its gender and its article.
_SUPERSEDED = {
    "structural": N_(
        "the structural forecast of {issued} (model {model}) that raised it was superseded "
        "on {date} by one at {probability}"
    ),
    "dynamic": N_(
        "the escalation forecast of {issued} (model {model}) that raised it was superseded "
        "on {date} by one at {probability}"
    ),
}
_SUPERSEDED_EXPIRED = {
    "structural": N_(
        "the structural forecast of {issued} (model {model}) that raised it was superseded, "
        "and the newer one expired on {date}"
    ),
    "dynamic": N_(
        "the escalation forecast of {issued} (model {model}) that raised it was superseded, "
        "and the newer one expired on {date}"
    ),
}
_EXPIRED = {
    "structural": N_(
        "the structural forecast of {issued} (model {model}) that raised it expired on {date}"
    ),
    "dynamic": N_(
        "the escalation forecast of {issued} (model {model}) that raised it expired on {date}"
    ),
}


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _level(assessment: Assessment | None) -> Level:
    return assessment.level if assessment else Level.WATCH


def _why(kind: str, then: Forecast, now: Forecast | None, today: date) -> str:
    """What became of the forecast that raised the level: superseded by a newer issue, or
    expired at the end of the period it spoke of."""
    what = {"issued": f"{then.issued_at:%Y-%m-%d}", "model": then.model}
    if now is not None and _aware(now.issued_at) > _aware(then.issued_at):
        newer = f"{now.probability:.1%}" if kind == "structural" else f"{now.probability:.0%}"
        if now.period_end >= today:
            return Reason(
                _SUPERSEDED[kind], **what, date=f"{now.issued_at:%Y-%m-%d}", probability=newer
            )
        return Reason(_SUPERSEDED_EXPIRED[kind], **what, date=f"{now.period_end:%Y-%m-%d}")
    return Reason(_EXPIRED[kind], **what, date=f"{then.period_end:%Y-%m-%d}")


def lower_if_lapsed(
    uow: UnitOfWork, situation: Situation, today: date, rule: Thresholds | None = None
) -> LevelChange | None:
    """Lower a level the rule set when a forecast that held it has lapsed and what is left
    argues for less; None when nothing lapsed, other evidence holds it, or it is an
    analyst's."""
    rule = rule or Thresholds()
    current = Level(situation.level)
    last = uow.situations.last_change(situation.id)
    if last is None or last.override or current is Level.WATCH:
        return None
    country = situation.country_iso3
    then = _sources(uow, country, last.at.date(), rule, known_at=last.at)
    now = _sources(uow, country, today, rule)
    reasons: list[str] = []
    for kind, before, after in zip(_KINDS, then[1:], now[1:], strict=True):
        if _level(before) >= current > _level(after):
            raised = uow.forecasts.latest(country, kind, issued_by=last.at)[0]
            latest = uow.forecasts.latest(country, kind)
            reasons.append(_why(kind, raised, latest[0] if latest else None, today))
    if not reasons:
        return None
    # Signals count as they stood when the level was set, or as they stand now if more:
    # a signal ageing out of the window is not what this pass is about.
    signals = max((then[0], now[0]), key=_level)
    left = combine((signals, *now[1:]))
    judgement = uow.situations.last_judgement(situation.id)
    if judgement is not None and judgement.override and left.level < Level(judgement.to_level):
        # The rule raised the level above an analyst's setting; it comes back to theirs at most.
        theirs = Reason(
            N_("the level an analyst set on {date} stands"), date=f"{judgement.at:%Y-%m-%d}"
        )
        left = combine((signals, *now[1:], Assessment(Level(judgement.to_level), [theirs])))
    if not left.level < current:
        return None
    try:
        return _change(
            uow, situation, left.level, [*reasons, *left.reasons], RULE_ACTOR, override=False
        )
    except LevelMoved:
        return None  # an analyst decided meanwhile: theirs stands


def lower_lapsed_levels(
    uow: UnitOfWork, countries: list[str] | None = None, today: date | None = None
) -> int:
    """Check every country's situation (or those of `countries`) for lapsed forecasts, and
    commit. Returns the level changes made."""
    today = today or utcnow().date()
    situations = [s for s in uow.situations.all() if s.admin1 is None]
    if countries is not None:
        wanted = set(countries)
        situations = [s for s in situations if s.country_iso3 in wanted]
    changes = sum(lower_if_lapsed(uow, s, today) is not None for s in situations)
    uow.commit()
    return changes
