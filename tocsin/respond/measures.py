"""Which Responsibility-to-Protect measures answer what a situation's evidence shows.

Each measure of the shipped catalogue names the Framework of Analysis risk factors it answers
best (`tocsin/data/measures.yaml`). A situation's confirmed signals of the rule's window say
which risk factors are in evidence, and how strongly; the measures are ranked by the signals
on the risk factors they answer, so that an advocacy officer starts from the options that
fit the warning rather than from the whole catalogue. It is a starting list for people to
weigh, not a decision: the catalogue's mapping is a judgement, written down to be argued with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tocsin.domain.signal_rule import Thresholds
from tocsin.store.models import Measure, Situation
from tocsin.store.uow import UnitOfWork


@dataclass(frozen=True)
class Recommendation:
    measure: Measure
    #: The risk factors in evidence that the measure answers, with their signals' counts.
    answers: dict[int, int]

    @property
    def weight(self) -> int:
        return sum(self.answers.values())


def evidenced_factors(uow: UnitOfWork, country: str, today: date) -> Counter[int]:
    """Confirmed signals of the rule's window, counted by risk factor."""
    since = today - timedelta(days=Thresholds().window_days)
    signals = uow.signals.confirmed_since(country, since)
    return Counter(s.indicator.risk_factor.number for s in signals)


def recommended_measures(
    uow: UnitOfWork, situation: Situation, today: date, top: int = 6
) -> list[Recommendation]:
    """The measures that answer the risk factors in evidence, most signals first; among
    equals, the less coercive pillar first (prevention before reaction)."""
    evidence = evidenced_factors(uow, situation.country_iso3, today)
    found = []
    for measure in uow.session.scalars(select(Measure).order_by(Measure.pillar, Measure.code)):
        answers = {f: evidence[f] for f in measure.risk_factors if evidence[f]}
        if answers:
            found.append(Recommendation(measure, dict(sorted(answers.items()))))
    found.sort(key=lambda r: (-r.weight, r.measure.coercive, r.measure.pillar))
    return found[:top]


def catalogue(uow: UnitOfWork) -> list[Measure]:
    return list(uow.session.scalars(select(Measure).order_by(Measure.pillar, Measure.code)))
