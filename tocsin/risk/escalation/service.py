"""Use cases: store the current dynamic forecasts, and read a country's monthly trend.

`run_escalation_forecast` trains on every place-month whose outcome is already known in the
store's events and forecasts, for every country and every admin1 area with enough history, the
months after its own country's last month with data: datasets end at different dates, and a
country whose file ends in 2020 is forecast for early 2021, with that period stored on its
rows, not padded with quiet months to another country's end. Each run writes one issue of
`Forecast(kind="dynamic")` rows sharing one `issued_at` (so `uow.forecasts.latest` reads a
whole issue back); the explanation JSON carries the target definition, the top features with
their values and direction, and the recent figures an analyst checks first. Earlier issues
are kept as history; a run that gives the latest issue again (same data, same model, same
target) stores nothing, as `tocsin forecast run` does.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from sqlalchemy import and_, func, select

from tocsin.ingest.panels import MEDIA, PanelStore
from tocsin.risk.escalation.evaluation import prepare
from tocsin.risk.escalation.model import EscalationModel
from tocsin.risk.escalation.panel import (
    LEVELS,
    is_place,
    last_days,
    partial_months,
    read_dense,
    unit_keys,
    without_partial,
)
from tocsin.risk.escalation.target import TargetSpec
from tocsin.risk.level_lapse import lower_lapsed_levels
from tocsin.risk.situations import reassess_countries
from tocsin.store.base import table_of, utcnow
from tocsin.store.models import Event, Forecast
from tocsin.store.uow import Store, UnitOfWork

MODEL_NAME = "tocsin-escalation-1"
VAC = "violence_against_civilians"


@dataclass(frozen=True)
class Period:
    """What one country's forecast covers: its data end and the months forecast."""

    as_of: date
    start: date
    end: date


@dataclass
class EscalationRun:
    issued_at: datetime
    as_of: date | None
    period_start: date | None
    period_end: date | None
    stored: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    level_changes: int = 0
    #: Each forecast country's own period; `as_of`/`period_*` give the latest of them.
    periods: dict[str, Period] = field(default_factory=dict)
    #: When the run gave the latest issue kept again: that issue's time (nothing stored).
    same_as: datetime | None = None
    #: Countries whose last month was left out as partial, by the day their events end.
    partial: dict[str, date] = field(default_factory=dict)

    def summary(self) -> str | None:
        """The line saying nothing new was stored, when that is so."""
        if self.same_as is None:
            return None
        return (
            f"the same forecast as the one kept on {self.same_as:%Y-%m-%d %H:%M} (same data, "
            "same model, same target): nothing new stored"
        )

    @property
    def total(self) -> int:
        return sum(self.stored.values())

    def by_period(self) -> dict[Period, list[str]]:
        """Countries grouped by the period they were forecast for, latest period first."""
        groups: dict[Period, list[str]] = defaultdict(list)
        for country, period in sorted(self.periods.items()):
            groups[period].append(country)
        return dict(sorted(groups.items(), key=lambda item: item[0].start, reverse=True))


def _month_end(month: pd.Timestamp) -> date:
    return (month + pd.offsets.MonthEnd(0)).date()


def period_after(month: pd.Timestamp, horizon: int) -> Period:
    """The `horizon` months after a month with data."""
    return Period(
        as_of=_month_end(month),
        start=(month + pd.offsets.MonthBegin(1)).date(),
        end=_month_end(month + pd.offsets.MonthBegin(horizon)),
    )


def _forecast_rows(dense: pd.DataFrame, level: str, min_history: int) -> pd.Series:
    """Rows to forecast: each place's last month (its country's data end), for places with
    enough history and at least one event."""
    by_place = dense.groupby(unit_keys(level))
    last = by_place["month"].transform("max")
    history = by_place["month"].transform("count")
    ever = by_place["events"].transform("sum")
    return (dense["month"] == last) & (history >= min_history) & (ever > 0) & is_place(dense, level)


def _forecast_level(
    dense: pd.DataFrame,
    level: str,
    spec: TargetSpec,
    min_history: int,
    min_positives: int,
    top: int,
) -> tuple[list[dict], str | None]:
    """Rows to store for one level, or none and the reason."""
    if dense.empty:
        return [], "no events"
    features, target = prepare(dense, level, spec)
    known = target.notna()
    positives = int(target[known].sum())
    if positives < min_positives:
        return [], f"{positives} escalations in the history, {min_positives} needed to train"
    model = EscalationModel().fit(features[known], target[known].astype(int))
    now = _forecast_rows(dense, level, min_history)
    if not now.any():
        return [], f"no place with {min_history} months of history"
    probability = model.predict_proba(features[now])[:, 1]
    recent = dense.groupby(unit_keys(level), sort=False)[
        ["civilian_fatalities", "events_violence_against_civilians"]
    ].transform(lambda s: s.rolling(3, min_periods=1).sum())
    rows = []
    for index, p in zip(dense.index[now], probability, strict=True):
        place = dense.loc[index]
        period = period_after(place["month"], spec.horizon)
        rows.append(
            {
                "country_iso3": place["country_iso3"],
                "admin1": place["admin1"] if level == "admin1" else None,
                "probability": float(p),
                "period_start": period.start,
                "period_end": period.end,
                "explanation": {
                    "level": level,
                    "as_of": place["month"].strftime("%Y-%m"),
                    "target": spec.describe(),
                    "spec": spec.as_dict(),
                    "base_rate": round(model.base_rate_, 4),
                    "recent_3_months": {
                        "civilian_fatalities": int(recent.loc[index, "civilian_fatalities"]),
                        "vac_events": int(recent.loc[index, "events_violence_against_civilians"]),
                    },
                    "top_features": model.explain(features.loc[[index]], top=top),
                },
            }
        )
    for rank, row in enumerate(sorted(rows, key=lambda r: -r["probability"]), start=1):
        row["rank"] = rank
    return rows, None


def _note_periods(run: EscalationRun, rows: list[dict]) -> None:
    """Each country's period on the run, and the latest of them as the run's headline."""
    for row in rows:
        start = row["period_start"]
        run.periods[row["country_iso3"]] = Period(
            start - timedelta(days=1), start, row["period_end"]
        )
    if run.periods:
        latest = max(run.periods.values(), key=lambda p: p.start)
        run.as_of, run.period_start, run.period_end = latest.as_of, latest.start, latest.end


#: What makes two forecasts of a place the same: its data (the month forecast from, the recent
#: figures), the target and the model's answer. The drivers follow from these.
_SAME = ("level", "as_of", "spec", "base_rate", "recent_3_months")


def _key(forecast: Forecast) -> tuple:
    info = forecast.explanation or {}
    # As JSON, as the store keeps it: a tuple and the list read back compare equal.
    same = json.dumps({k: info.get(k) for k in _SAME}, sort_keys=True, default=str)
    return (
        forecast.country_iso3,
        forecast.admin1 or "",
        round(forecast.probability, 12),
        forecast.period_start,
        forecast.period_end,
        same,
    )


def _same_as_latest(uow: UnitOfWork, issue: list[Forecast]) -> datetime | None:
    """When the latest dynamic issue kept is `issue` again (a rerun on unchanged events): its
    time. Storing it again would stack an identical issue in every place's history and move
    "issued at" forward, though nothing was estimated on new data."""
    issued = next(iter(uow.forecasts.issues("dynamic", limit=1)), None)
    if issued is None:
        return None
    kept = uow.forecasts.in_issue("dynamic", issued)
    if any(f.model != MODEL_NAME for f in kept):
        return None
    return issued if sorted(map(_key, kept)) == sorted(map(_key, issue)) else None


def run_escalation_forecast(
    store: Store,
    panels: PanelStore | None = None,
    spec: TargetSpec | None = None,
    *,
    as_of: date | None = None,
    min_history: int = 12,
    min_positives: int = 5,
    top: int = 5,
) -> EscalationRun:
    """Forecast escalation, for every country and admin1 area, for the `spec.horizon` months
    after its country's last month with events (or after `as_of` where the data runs later);
    store and return a summary. Without a panel store, panels are rebuilt from the store's
    events in a temporary DuckDB file."""
    spec = spec or TargetSpec()
    until = pd.Timestamp(as_of).to_period("M").to_timestamp() if as_of else None
    with tempfile.TemporaryDirectory() as tmp:
        if panels is None:
            panels = PanelStore(Path(tmp) / "panels.duckdb")
            panels.rebuild(store)
        dense = {level: read_dense(panels, level, until) for level in LEVELS}
    run = EscalationRun(utcnow(), None, None, None)
    run.partial = partial_months(dense["country"], last_days(store))
    to_store: list[dict] = []
    for level, frame in dense.items():
        frame = without_partial(frame, run.partial)
        rows, reason = _forecast_level(frame, level, spec, min_history, min_positives, top)
        if reason:
            run.skipped[level] = reason
        if rows:
            run.stored[level] = len(rows)
        to_store += rows
    for row in to_store:
        if row["country_iso3"] in run.partial:
            day = run.partial[row["country_iso3"]]
            row["explanation"]["partial_month"] = {"month": f"{day:%Y-%m}", "events_to": str(day)}
    if not to_store:
        return run
    _note_periods(run, to_store)
    issue = [
        Forecast(kind="dynamic", issued_at=run.issued_at, model=MODEL_NAME, **row)
        for row in to_store
    ]
    with store.uow(actor="risk:escalation") as uow:
        run.same_as = _same_as_latest(uow, issue)
        if run.same_as is not None:
            run.stored = {}
            return run
        for forecast in issue:
            uow.add(forecast)
        uow.commit()
    # New forecasts are new evidence: the situations they concern are reassessed at once, and
    # a raising the previous issue made and this one no longer supports is taken back.
    with store.uow(actor="rule:level-fusion") as uow:
        countries = sorted({row["country_iso3"] for row in to_store})
        run.level_changes = reassess_countries(uow, countries)
        run.level_changes += lower_lapsed_levels(uow, countries)
    return run


def country_trend(
    store: Store, country_iso3: str, months: int = 24, until: date | None = None
) -> list[dict]:
    """Violence against civilians per month in a country, the last `months` months up to
    `until` (default: the country's last event), zeros included -- the series a chart draws.
    It starts no earlier than the country's first month with events: before it there are no
    data, not quiet months, and zeros there would draw an onset of violence that is only the
    start of a file. Counted like the panels: duplicates and GDELT media reports left out.
    When the data end before the last month does, that month carries `events_to` (the day),
    so a chart can say it is partial rather than show a sudden drop."""
    events = table_of(Event)
    iso3 = country_iso3.upper()
    where = and_(
        events.c.country_iso3 == iso3,
        events.c.duplicate_of_id.is_(None),
        events.c.dataset.not_in(MEDIA),
    )
    with store.engine.connect() as conn:
        earliest, latest = conn.execute(
            select(func.min(events.c.event_date), func.max(events.c.event_date)).where(where)
        ).one()
        last = until or latest
        if last is None or earliest is None:
            return []
        end = pd.Timestamp(last).to_period("M")
        start = max(end - (months - 1), pd.Timestamp(earliest).to_period("M"))
        if start > end:
            return []
        months = (end - start).n + 1
        first = start.to_timestamp().date()
        rows = conn.execute(
            select(
                events.c.event_date,
                events.c.violence_type,
                events.c.civilian_targeting,
                func.count(),
                func.sum(func.coalesce(events.c.fatalities, 0)),
            )
            .where(
                where,
                events.c.event_date >= first,
                events.c.event_date <= _month_end(end.to_timestamp()),
            )
            .group_by(events.c.event_date, events.c.violence_type, events.c.civilian_targeting)
        ).all()
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, violence, civilians, n, deaths in rows:
        cell = totals[str(day)[:7]]
        if violence == VAC:
            cell["vac_events"] += int(n)
        if civilians:
            cell["civilian_events"] += int(n)
            cell["civilian_fatalities"] += int(deaths or 0)
    series = []
    for period in pd.period_range(first, periods=months, freq="M"):
        cell = totals.get(str(period), {})
        series.append(
            {
                "month": str(period),
                "vac_events": cell.get("vac_events", 0),
                "civilian_events": cell.get("civilian_events", 0),
                "civilian_fatalities": cell.get("civilian_fatalities", 0),
            }
        )
    if pd.Timestamp(last).date() < _month_end(end.to_timestamp()):
        series[-1]["events_to"] = str(pd.Timestamp(last).date())
    return series


__all__ = ["EscalationRun", "Period", "country_trend", "run_escalation_forecast"]
