"""The rule that turns verified indicator Signals into a proposed situation level.

Why a rule and not a model: in the foundation loop an analyst's confirmed tags are the only
evidence, and a transparent, documented threshold is what a coalition can defend when it warns
a government. The thresholds follow the Framework of Analysis's own logic: common risk factors
(1-8) build concern; the specific ones (9-14: genocide, crimes against humanity, war crimes)
signal that a particular crime may be in preparation, and so weigh more.

The rule only raises a level. Lowering one is an analyst's judgement, recorded with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from tocsin.domain.counted_phrases import (
    CRIME_SPECIFIC_SIGNALS,
    RISK_FACTORS,
    RISK_FACTORS_WITH_SPECIFIC,
    VERIFIED_SIGNALS,
)
from tocsin.domain.levels import Level
from tocsin.domain.reasons import Reason
from tocsin.domain.wording import N_

SPECIFIC_RISK_FACTORS = frozenset(range(9, 15))


@dataclass(frozen=True)
class VerifiedSignal:
    indicator_code: str
    risk_factor: int
    confidence: float
    observed_on: date


@dataclass(frozen=True)
class Thresholds:
    """Documented defaults; a deployment may tune them."""

    window_days: int = 90
    min_confidence: float = 0.5
    serious_concern_factors: int = 2  # distinct risk factors with evidence
    imminent_risk_factors: int = 4
    imminent_risk_specific: int = 2  # distinct specific (9-14) risk factors
    current_crisis_specific_signals: int = 6  # signals of specific risk factors


@dataclass(frozen=True)
class Assessment:
    """A proposed level and why: the rule's reasons are `Reason`s, English text that can also
    be told in a reader's language."""

    level: Level
    reasons: list[str] = field(default_factory=list)


def assess(
    signals: Iterable[VerifiedSignal], today: date, thresholds: Thresholds | None = None
) -> Assessment:
    """Propose a level from the verified signals seen in the trailing window."""
    t = thresholds or Thresholds()
    since = today - timedelta(days=t.window_days)
    recent = [s for s in signals if s.observed_on >= since and s.confidence >= t.min_confidence]
    factors = sorted({s.risk_factor for s in recent})
    specific = [f for f in factors if f in SPECIFIC_RISK_FACTORS]
    specific_signals = [s for s in recent if s.risk_factor in SPECIFIC_RISK_FACTORS]
    evidence = Reason.counted(
        VERIFIED_SIGNALS,
        count=len(recent),
        days=str(t.window_days),
        factors=", ".join(str(f) for f in factors),
    )

    if (
        len(specific_signals) >= t.current_crisis_specific_signals
        and len(specific) >= t.imminent_risk_specific
    ):
        return Assessment(
            Level.CURRENT_CRISIS,
            [
                evidence,
                Reason.counted(
                    CRIME_SPECIFIC_SIGNALS,
                    count=len(specific_signals),
                    factors=", ".join(map(str, specific)),
                    threshold=str(t.current_crisis_specific_signals),
                ),
            ],
        )
    if len(factors) >= t.imminent_risk_factors and len(specific) >= t.imminent_risk_specific:
        return Assessment(
            Level.IMMINENT_RISK,
            [
                evidence,
                Reason.counted(
                    RISK_FACTORS_WITH_SPECIFIC,
                    count=len(factors),
                    threshold=str(t.imminent_risk_factors),
                    specific=str(len(specific)),
                    specific_threshold=str(t.imminent_risk_specific),
                ),
            ],
        )
    if len(factors) >= t.serious_concern_factors:
        return Assessment(
            Level.SERIOUS_CONCERN,
            [
                evidence,
                Reason.counted(
                    RISK_FACTORS,
                    count=len(factors),
                    threshold=str(t.serious_concern_factors),
                ),
            ],
        )
    no_signals = Reason(N_("no verified signals in the last {days} days"), days=str(t.window_days))
    reasons: list[str] = [evidence] if recent else [no_signals]
    return Assessment(Level.WATCH, reasons)


def should_raise(current: Level, proposed: Assessment) -> bool:
    return proposed.level > current
