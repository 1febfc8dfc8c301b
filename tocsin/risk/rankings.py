"""The latest forecasts as rankings: every country by onset risk, every place by escalation risk.

The watchlist shows the situations already under watch; an analyst deciding which country to
watch next reads the whole ranking, how each country moved since the previous forecast, where
the Early Warning Project placed it, what drives its risk, and whether a situation is open.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tocsin.domain.level_fusion import FusionThresholds
from tocsin.domain.wording import as_written
from tocsin.risk.escalation.labels import readable_drivers
from tocsin.risk.escalation.target import plain_months, plain_target
from tocsin.risk.explain import MIN_EFFECT
from tocsin.risk.predictor_map import PREDICTOR_MAP
from tocsin.risk.predictor_scales import PLAIN, Scale, Told
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
    #: Whether every row matching the filter forecasts the same months (over all pages).
    one_period: bool = True
    #: Escalation: what the issue counts as escalation, in words (from its stored target),
    #: and the months ahead it forecasts ("three months").
    target: str | None = None
    months_ahead: str | None = None


def _number(value: object) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)  # type: ignore[arg-type]


def _shown(scale: Scale, value: float | None, level: object, told: Told) -> str | None:
    return None if value is None else scale.shown(value, _number(level), told)


def onset_drivers(items: list[dict], top: int = 3, told: Told = as_written) -> list[dict[str, Any]]:
    """A structural forecast's stored drivers as shown: worded by the side of typical the
    country's value is on, with the value and the typical value in the unit they count
    (the model's log and square-root scales undone, `predictor_scales`), and without effects
    too small to matter (`MIN_EFFECT`). Read again from the stored figures, so that forecasts
    kept before the wording was fixed read right too. The model's own figures are kept beside
    (`model_value`, `model_typical`) for those who analyse them. Pages pass ``told`` to have
    the words in their reader's language; the API and the exports keep them in English."""
    out: list[dict[str, Any]] = []
    for d in items:
        effect, value, typical = d.get("effect"), _number(d.get("value")), _number(d.get("typical"))
        if effect is not None and abs(float(effect)) < MIN_EFFECT:
            continue
        label = str(d.get("label", ""))
        info = PREDICTOR_MAP.get(str(d.get("predictor", "")))
        if info is not None and value is not None and typical is not None:
            label = info.worded(value, typical)
        scale = info.scale if info is not None else PLAIN
        out.append(
            {
                "label": told(label) if label else label,
                "risk_factors": list(d.get("risk_factors", [])),
                "value": _shown(scale, value, d.get("level"), told),
                "typical": _shown(scale, typical, d.get("typical_level"), told),
                "model_value": value,
                "model_typical": typical,
                "effect": None if effect is None else round(float(effect), 3),
            }
        )
        if len(out) == top:
            break
    return out


def _row(
    uow: UnitOfWork,
    forecast: Forecast,
    rank: int,
    previous: dict[str, int],
    situation: Situation | None,
    told: Told = as_written,
) -> RankedForecast:
    country = uow.reference.country(forecast.country_iso3)
    explanation = forecast.explanation or {}
    if forecast.kind == ONSET:
        raising = onset_drivers(explanation.get("raising", []), told=told)
        lowering = onset_drivers(explanation.get("lowering", []), told=told)
    else:
        drivers = readable_drivers(explanation, told=told)
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


def _previous(uow: UnitOfWork, kind: str, issues: list[datetime]) -> datetime | None:
    """The issue movement is measured from: the latest earlier onset issue that ranks the
    countries differently. An issue made again from the same data ranks them the same, and
    movement against it would be nought everywhere, hiding the movement since the data last
    changed."""
    if kind != ONSET or len(issues) < 2:
        return None
    latest = uow.forecasts.ranks_in_issue(kind, issues[0])
    for earlier in issues[1:]:
        if uow.forecasts.ranks_in_issue(kind, earlier) != latest:
            return earlier
    return None


def ranking(
    uow: UnitOfWork,
    kind: str,
    country: str | None = None,
    offset: int = 0,
    limit: int | None = None,
    scope: Scope = Scope.ALL,
    told: Told = as_written,
) -> Ranking:
    """A page of the latest issue of `kind` (``structural`` or ``dynamic``), likeliest first.

    Onset rows carry the rank the model gave among all the countries it ranked, and the rank of
    the previous issue. Escalation rows are numbered by their place in this listing, since an
    issue ranks areas and whole countries separately (`scope` picks one, the other, or both).
    The ranking's period is that of the rows matching `country` and `scope` on every page
    (their earliest start and latest end), never another country's. The drivers' words are
    English unless ``told`` says (a page passes its reader's language)."""
    issues = uow.forecasts.issues(kind, limit=10 if kind == ONSET else 1)
    if not issues:
        return Ranking(kind, None, None, None, None, None, None, 0, [])
    latest = issues[0]
    earlier = _previous(uow, kind, issues)
    previous = uow.forecasts.ranks_in_issue(kind, earlier) if earlier else {}
    situations = {s.country_iso3: s for s in uow.situations.all()}
    rows = uow.forecasts.in_issue(kind, latest, country, offset, limit, scope.areas)
    # What the whole issue shares (model, data year, target) comes from its first row.
    first = next(iter(uow.forecasts.in_issue(kind, latest, limit=1)), None)
    periods = uow.forecasts.periods_in_issue(kind, latest, country, scope.areas)
    if not periods and kind == ONSET:
        # Every onset row forecasts the same years: a country the issue does not rank
        # still reads which years the ranking is for.
        periods = uow.forecasts.periods_in_issue(kind, latest)
    explanation = (first.explanation or {}) if first else {}
    ranked = [
        _row(
            uow,
            f,
            f.rank if kind == ONSET and f.rank is not None else offset + i,
            previous,
            situations.get(f.country_iso3),
            told,
        )
        for i, f in enumerate(rows, start=1)
    ]
    return Ranking(
        kind=kind,
        issued_at=latest,
        period_start=min(p[0] for p in periods) if periods else None,
        period_end=max(p[1] for p in periods) if periods else None,
        model=first.model if first else None,
        data_year=explanation.get("data_year"),
        previous_issued_at=earlier,
        total=uow.forecasts.count_in_issue(kind, latest, country, scope.areas),
        rows=ranked,
        ewp_agreement=explanation.get("ewp_agreement"),
        one_period=len(periods) <= 1,
        target=plain_target(explanation["spec"], told) if "spec" in explanation else None,
        months_ahead=plain_months(int(explanation["spec"].get("horizon", 3)))
        if "spec" in explanation
        else None,
    )


def unwatched_top(uow: UnitOfWork, depth: int | None = None) -> list[RankedForecast]:
    """Countries in the top `depth` of the latest onset forecast with no situation open: the
    fusion rule argues only for watching them, so none is opened on its own, and the watchlist
    names them instead (depth: the fusion rule's watch rank, EWP's top 30)."""
    depth = depth or FusionThresholds().structural_watch_rank
    top = ranking(uow, ONSET, limit=depth).rows
    return [row for row in top if row.situation_id is None and row.rank <= depth]
