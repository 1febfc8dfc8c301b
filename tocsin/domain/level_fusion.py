"""Fusing the evidence into a proposed situation level.

Four sources, each able to argue for a level, with the reasons kept:

* verified indicator Signals, through the signal rule (`signal_rule.assess`);
* the structural forecast: the country's two-year risk of a state-led mass-killing onset. The
  Early Warning Project treats its top 30 as the countries to watch (their recall@30 measure);
  a probability of 10% or more is roughly their top ten in recent years.
* the dynamic forecast: the probability that violence against civilians rises sharply in the
  next three months in the country or any of its regions;
* the analyst's judgement, which is applied separately and always wins when it is given: once
  an analyst has set the level, only evidence that argues for more than what they weighed can
  raise it again (`beyond_judgement`).

The proposed level is the highest any source argues for. Like the signal rule, fusion only ever
raises a level; lowering one is an analyst's decision with a written reason, except where the
evidence that raised it no longer counts (a report withdrawn: `reassess_after_withdrawal`; a
forecast lapsed: `risk.level_lapse`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tocsin.domain.levels import Level
from tocsin.domain.reasons import Reason
from tocsin.domain.signal_rule import Assessment
from tocsin.domain.wording import N_


@dataclass(frozen=True)
class FusionThresholds:
    structural_watch_rank: int = 30  # EWP's top-30 watch list (recall@30)
    structural_concern_probability: float = 0.10
    dynamic_concern_probability: float = 0.30
    dynamic_imminent_probability: float = 0.60


@dataclass(frozen=True)
class StructuralRisk:
    probability: float
    rank: int | None
    model: str


@dataclass(frozen=True)
class DynamicRisk:
    probability: float
    area: str  # the country or the region with the highest probability
    model: str
    # The forecast's horizon in words, as its target says (a `Reason`, to be told too).
    ahead: str = Reason(N_("three months"))


@dataclass(frozen=True)
class Fused:
    level: Level
    reasons: list[str] = field(default_factory=list)


def _structural(risk: StructuralRisk | None, t: FusionThresholds) -> Assessment | None:
    if risk is None:
        return None
    figure, model = f"{risk.probability:.1%}", risk.model
    text = (
        Reason(
            N_(
                "structural forecast: {probability} risk of a mass-killing onset within two "
                "years (rank {rank}), model {model}"
            ),
            probability=figure,
            rank=str(risk.rank),
            model=model,
        )
        if risk.rank
        else Reason(
            N_(
                "structural forecast: {probability} risk of a mass-killing onset within two "
                "years, model {model}"
            ),
            probability=figure,
            model=model,
        )
    )
    if risk.probability >= t.structural_concern_probability:
        return Assessment(Level.SERIOUS_CONCERN, [text])
    if risk.rank is not None and risk.rank <= t.structural_watch_rank:
        return Assessment(Level.WATCH, [text])
    return None


def _dynamic(risk: DynamicRisk | None, t: FusionThresholds) -> Assessment | None:
    if risk is None:
        return None
    text = Reason(
        N_(
            "escalation forecast: {probability} probability that violence against civilians "
            "rises sharply in the next {ahead} in {area}, model {model}"
        ),
        probability=f"{risk.probability:.0%}",
        ahead=risk.ahead,
        area=risk.area,
        model=risk.model,
    )
    if risk.probability >= t.dynamic_imminent_probability:
        return Assessment(Level.IMMINENT_RISK, [text])
    if risk.probability >= t.dynamic_concern_probability:
        return Assessment(Level.SERIOUS_CONCERN, [text])
    return None


def source_assessments(
    signals: Assessment,
    structural: StructuralRisk | None = None,
    dynamic: DynamicRisk | None = None,
    thresholds: FusionThresholds | None = None,
) -> tuple[Assessment | None, ...]:
    """What each source argues for on its own, in a fixed order (signals, structural, dynamic),
    so that two readings of the evidence can be compared source by source."""
    t = thresholds or FusionThresholds()
    return (signals, _structural(structural, t), _dynamic(dynamic, t))


def combine(parts: tuple[Assessment | None, ...]) -> Fused:
    """The highest level any source argues for; with no source, watching."""
    present = [a for a in parts if a]
    if not present:
        return Fused(Level.WATCH, [])
    level = max(a.level for a in present)
    # The reasons of every source that reaches the fused level come first, then the others.
    leading = [r for a in present if a.level == level for r in a.reasons]
    others = [r for a in present if a.level != level for r in a.reasons]
    return Fused(level, leading + others)


def fuse(
    signals: Assessment,
    structural: StructuralRisk | None = None,
    dynamic: DynamicRisk | None = None,
    thresholds: FusionThresholds | None = None,
) -> Fused:
    return combine(source_assessments(signals, structural, dynamic, thresholds))


def beyond_judgement(
    now: tuple[Assessment | None, ...], known: tuple[Assessment | None, ...]
) -> Fused:
    """After an analyst has set the level, the evidence they weighed must not undo their
    judgement the next time a job reassesses the country (a forecast run again on the same
    data would otherwise restore the level they lowered, and alert subscribers each time).
    Only a source that now argues for more than it did on what was known when they decided
    counts: a signal confirmed since, a forecast issued since that argues for a higher level."""
    news = tuple(
        a for a, k in zip(now, known, strict=True) if a and (k is None or a.level > k.level)
    )
    return combine(news)
