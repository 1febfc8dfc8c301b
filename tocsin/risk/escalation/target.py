"""What "escalation" means, for one place and month.

For place u and month t, with y the monthly civilian fatalities (deaths in events where
civilians were targeted -- the ACLED/UCDP best estimate):

    future(u, t)   = y(t+1) + ... + y(t+H)                       H = horizon, 3 months
    baseline(u, t) = H * mean(y(t-W+1) .. y(t))                  W = window, 12 months
    escalation(u, t) = 1  if future >= min_count  and  future >= ratio * baseline

with min_count = 10 deaths and ratio = 2 by default. The absolute floor keeps one or two
killings in a quiet place from counting as escalation; the ratio keeps a place that has been
violent for a year, and stays so, from counting as escalating. A 12-month window rather than
6 smooths the lumpy monthly counts of small places (Burkina Faso's regions have most months
at zero before 2016) so one bad month does not set the bar for the next quarter. Where a
dataset has no fatality counts (GDELT, analysts' reports), `measure="civilian_events"` counts
events targeting civilians instead, with a lower floor (5 events is a reasonable choice).

The target is undefined (NaN) where the H following months are not all in the data, so a
forecast never trains on, or is scored against, a partly observed future.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from tocsin.domain.reasons import Reason, parts_of, told_reasons
from tocsin.domain.wording import N_, as_written

MEASURES = ("civilian_fatalities", "civilian_events", "events_violence_against_civilians")


@dataclass(frozen=True)
class TargetSpec:
    horizon: int = 3
    window: int = 12
    ratio: float = 2.0
    min_count: float = 10.0
    measure: str = "civilian_fatalities"

    def __post_init__(self) -> None:
        if self.measure not in MEASURES:
            raise ValueError(f"measure {self.measure!r} not one of {', '.join(MEASURES)}")
        if self.horizon < 1 or self.window < 1:
            raise ValueError("horizon and window must be at least one month")

    def describe(self) -> str:
        return (
            f"{self.measure} over the next {self.horizon} months >= {self.min_count:g} and >= "
            f"{self.ratio:g}x the trailing {self.window}-month level (scaled to "
            f"{self.horizon} months)"
        )

    def as_dict(self) -> dict:
        return asdict(self)


_MEASURE_WORDS = {
    "civilian_fatalities": N_("civilian deaths"),
    "civilian_events": N_("events targeting civilians"),
    "events_violence_against_civilians": N_("attacks on civilians"),
}
# Marked whole for the catalogs: a level change's reason names the horizon ("in the next
# three months"), and a page tells it in its reader's language.
_MONTHS = (
    N_("one month"), N_("two months"), N_("three months"), N_("four months"), N_("five months"),
    N_("six months"), N_("seven months"), N_("eight months"), N_("nine months"),
    N_("ten months"), N_("eleven months"), N_("twelve months"),
)  # fmt: skip


def plain_months(months: int) -> Reason:
    """3 -> "three months", 1 -> "one month", 18 -> "18 months"."""
    if 1 <= months <= len(_MONTHS):
        return Reason(_MONTHS[months - 1])
    return Reason(N_("{count} months"), count=str(months))


# The target in words, whole for each shape so that a translation can agree its parts.
_TARGETS = {
    (True, True): N_(
        "at least {floor} {measure} in {months}, and twice the level of the year before"
    ),
    (True, False): N_(
        "at least {floor} {measure} in {months}, and twice the level of the {window} before"
    ),
    (False, True): N_(
        "at least {floor} {measure} in {months}, and {ratio} times the level of the year before"
    ),
    (False, False): N_(
        "at least {floor} {measure} in {months}, and {ratio} times the level of the {window} before"
    ),
}


def plain_target(spec: dict, told: Callable[[str], str] = as_written) -> str:
    """A stored target (`TargetSpec.as_dict`) in the words of a page, in the language of
    ``told``: "at least 10 civilian deaths in three months, and twice the level of the year
    before"."""
    default = TargetSpec()
    horizon = int(spec.get("horizon", default.horizon))
    window = int(spec.get("window", default.window))
    ratio = float(spec.get("ratio", default.ratio))
    floor = float(spec.get("min_count", default.min_count))
    measure = str(spec.get("measure", default.measure))

    def months(count: int) -> str:
        return told_reasons([plain_months(count)], parts_of([plain_months(count)]), told)[0]

    return told(_TARGETS[ratio == 2, window == 12]).format(
        floor=f"{floor:g}",
        measure=told(_MEASURE_WORDS[measure]) if measure in _MEASURE_WORDS else measure,
        months=months(horizon),
        ratio=f"{ratio:g}",
        window=months(window),
    )


def future_sum(panel: pd.DataFrame, keys: list[str], spec: TargetSpec) -> pd.Series:
    """Sum of the measure over t+1..t+H per place; NaN when a month of it is past the data."""
    y = panel[spec.measure].astype(float)
    grouped = y.groupby([panel[k] for k in keys], sort=False)
    total = sum(grouped.shift(-step) for step in range(1, spec.horizon + 1))
    return pd.Series(total, index=panel.index)


def trailing_baseline(panel: pd.DataFrame, keys: list[str], spec: TargetSpec) -> pd.Series:
    """H times the mean of the measure over the W months ending at t (fewer at a series'
    start: a place's first months are compared with what is known so far)."""
    y = panel[spec.measure].astype(float)
    grouped = y.groupby([panel[k] for k in keys], sort=False)
    mean = grouped.transform(lambda s: s.rolling(spec.window, min_periods=1).mean())
    return mean * spec.horizon


def escalation_target(panel: pd.DataFrame, keys: list[str], spec: TargetSpec) -> pd.Series:
    """1.0 / 0.0 per row of a dense panel sorted by place and month; NaN where unknown."""
    future = future_sum(panel, keys, spec)
    base = trailing_baseline(panel, keys, spec)
    hit = (future >= spec.min_count) & (future >= spec.ratio * base)
    return pd.Series(np.where(future.isna(), np.nan, hit.astype(float)), index=panel.index)
