"""The latest forecasts as rankings: every country by onset risk, every place by escalation risk.

The watchlist shows the situations already under watch; an analyst deciding which country to
watch next reads the whole ranking, how each country moved since the previous forecast, where
the Early Warning Project placed it, what drives its risk, and whether a situation is open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tocsin.domain.level_fusion import FusionThresholds
from tocsin.risk.escalation.labels import readable_drivers
from tocsin.store.models import Forecast, Situation
from tocsin.store.uow import UnitOfWork

ONSET = "structural"
ESCALATION = "dynamic"


class Scope(StrEnum):
    """Which rows of an escalation issue: admin1 areas, whole countries, or both."""

    ALL = "all"
    AREAS = "areas"
    COUNTRIES = "countries"

    @property
    def areas(self) -> bool | None:
        return None if self is Scope.ALL else self is Scope.AREAS


@dataclass(frozen=True)
class RankedForecast:
    """One row of a ranking: a country (onset risk) or a country or area (escalation)."""

    rank: int
    country_iso3: str
    country: str
    admin1: str | None
    probability: float
    #: The country's rank in the previous onset forecast; None if it was not ranked then.
    previous_rank: int | None
    #: What raises and lowers the risk: a label with risk factors (onset) or with the value
    #: now and the typical value (escalation).
    raising: list[dict[str, Any]]
    lowering: list[dict[str, Any]]
    ewp_rank: int | None = None
    situation_id: int | None = None
    level: str | None = None
    #: Escalation: civilian deaths and attacks on civilians in the last three months.
    recent: dict[str, int] = field(default_factory=dict)
    #: The months the row forecasts: an escalation issue forecasts each country from its own
    #: last month of events, so two rows of one issue can be for different months.
    period_start: date | None = None
    period_end: date | None = None

    @property
    def movement(self) -> int | None:
        """Places climbed since the previous forecast (negative: fell)."""
        if self.previous_rank is None:
            return None
        return self.previous_rank - self.rank


@dataclass(frozen=True)
class Ranking:
    kind: str
    issued_at: datetime | None
    period_start: date | None
    period_end: date | None
    model: str | None
    data_year: int | None
    previous_issued_at: datetime | None
    total: int
    rows: list[RankedForecast]
    #: Onset: agreement with EWP's published ranking (countries, spearman, kendall,
    #: top30_overlap, only_tocsin_top30, only_ewp_top30), when it was given to the forecast.
    ewp_agreement: dict[str, Any] | None = None

    @property
    def one_period(self) -> bool:
        """Whether every row shown forecasts the same months (then the page says them once)."""
        return len({(r.period_start, r.period_end) for r in self.rows}) <= 1


def _onset_drivers(items: list[dict], top: int = 3) -> list[dict[str, Any]]:
    return [
        {"label": str(d.get("label", "")), "risk_factors": list(d.get("risk_factors", []))}
        for d in items[:top]
    ]


def _row(
    uow: UnitOfWork,
    forecast: Forecast,
    rank: int,
    previous: dict[str, int],
    situation: Situation | None,
) -> RankedForecast:
    country = uow.reference.country(forecast.country_iso3)
    explanation = forecast.explanation or {}
    if forecast.kind == ONSET:
        raising = _onset_drivers(explanation.get("raising", []))
        lowering = _onset_drivers(explanation.get("lowering", []))
    else:
        drivers = readable_drivers(explanation)
        raising = [d for d in drivers if d["direction"] == "raises"]
        lowering = [d for d in drivers if d["direction"] != "raises"]
    return RankedForecast(
        rank=rank,
        country_iso3=forecast.country_iso3,
        country=country.name if country else forecast.country_iso3,
        admin1=forecast.admin1,
        probability=forecast.probability,
        previous_rank=previous.get(forecast.country_iso3),
        raising=raising,
        lowering=lowering,
        ewp_rank=explanation.get("ewp_rank"),
        situation_id=situation.id if situation else None,
        level=situation.level if situation else None,
        recent={k: int(v) for k, v in explanation.get("recent_3_months", {}).items()},
        period_start=forecast.period_start,
        period_end=forecast.period_end,
    )


def ranking(
    uow: UnitOfWork,
    kind: str,
    country: str | None = None,
    offset: int = 0,
    limit: int | None = None,
    scope: Scope = Scope.ALL,
) -> Ranking:
    """A page of the latest issue of `kind` (``structural`` or ``dynamic``), likeliest first.

    Onset rows carry the rank the model gave among all the countries it ranked, and the rank of
    the previous issue. Escalation rows are numbered by their place in this listing, since an
    issue ranks areas and whole countries separately (`scope` picks one, the other, or both)."""
    issues = uow.forecasts.issues(kind, limit=2)
    if not issues:
        return Ranking(kind, None, None, None, None, None, None, 0, [])
    latest = issues[0]
    earlier = issues[1] if len(issues) > 1 and kind == ONSET else None
    previous = uow.forecasts.ranks_in_issue(kind, earlier) if earlier else {}
    situations = {s.country_iso3: s for s in uow.situations.all()}
    rows = uow.forecasts.in_issue(kind, latest, country, offset, limit, scope.areas)
    first = next(iter(rows or uow.forecasts.in_issue(kind, latest, limit=1)), None)
    ranked = [
        _row(
            uow,
            f,
            f.rank if kind == ONSET and f.rank is not None else offset + i,
            previous,
            situations.get(f.country_iso3),
        )
        for i, f in enumerate(rows, start=1)
    ]
    return Ranking(
        kind=kind,
        issued_at=latest,
        period_start=first.period_start if first else None,
        period_end=first.period_end if first else None,
        model=first.model if first else None,
        data_year=(first.explanation or {}).get("data_year") if first else None,
        previous_issued_at=earlier,
        total=uow.forecasts.count_in_issue(kind, latest, country, scope.areas),
        rows=ranked,
        ewp_agreement=(first.explanation or {}).get("ewp_agreement") if first else None,
    )


def unwatched_top(uow: UnitOfWork, depth: int | None = None) -> list[RankedForecast]:
    """Countries in the top `depth` of the latest onset forecast with no situation open: the
    fusion rule argues only for watching them, so none is opened on its own, and the watchlist
    names them instead (depth: the fusion rule's watch rank, EWP's top 30)."""
    depth = depth or FusionThresholds().structural_watch_rank
    top = ranking(uow, ONSET, limit=depth).rows
    return [row for row in top if row.situation_id is None and row.rank <= depth]
