"""Features of a place at the end of month t, from months <= t only.

Every feature is a trailing window over the dense panel (rows of one place in month order), so
a row's features never read a later month; `tests/unit/risk_dynamic/test_no_leakage.py` pins
this. Counts enter on a log scale (log1p): monthly deaths range from 0 to hundreds, and what
signals escalation is a change in order of magnitude, not in units.

Groups:
  * level and trend of civilian harm: violence-against-civilians events, civilian fatalities,
    last month, last 3 months, last 12 months, and the 3-vs-12 month trend;
  * other violence: battles, explosions/remote violence, riots and protests (3 and 12 months);
  * civilian-targeting share of all events in the last 3 months, months since the last
    violence against civilians (capped at 36);
  * the current level ratio (last 3 months against the trailing level, as in the target);
  * for admin1 places, the rest of the country (the same measures summed over the country's
    other regions, and how many of them had civilian deaths lately): violence moves across
    regional borders, and the panel has no adjacency table, so the country stands in for
    neighbours;
  * GDELT media event counts when the panel has any.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MONTHS_SINCE_CAP = 36
_BASE = {
    "civ_fat": "civilian_fatalities",
    "vac": "events_violence_against_civilians",
    "civ_ev": "civilian_events",
    "battles": "events_armed_conflict",
    "explosions": "events_remote_violence",
    "events": "events",
    "fatalities": "fatalities",
    "media": "media_events",
}


def _rolling_sum(values: pd.Series, groups: list[pd.Series], months: int) -> pd.Series:
    return values.groupby(groups, sort=False).transform(
        lambda s: s.rolling(months, min_periods=1).sum()
    )


def _months_since(flag: pd.Series, groups: list[pd.Series]) -> pd.Series:
    """Months since the flag was last true, up to and including this month (0 = this month)."""

    def one(s: pd.Series) -> pd.Series:
        position = np.arange(len(s), dtype=float)
        last = pd.Series(np.where(s.to_numpy(), position, np.nan)).ffill().to_numpy()
        since = np.where(np.isnan(last), MONTHS_SINCE_CAP, position - last)
        return pd.Series(np.minimum(since, MONTHS_SINCE_CAP), index=s.index)

    return flag.groupby(groups, sort=False, group_keys=False).apply(one)


def _place_features(panel: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    groups = [panel[k] for k in keys]
    out = pd.DataFrame(index=panel.index)
    base = {name: panel[col].astype(float) for name, col in _BASE.items()}
    base["riots_protests"] = panel["events_riot"] + panel["events_protest"]
    sums: dict[tuple[str, int], pd.Series] = {}
    for name, values in base.items():
        for months in (3, 12):
            sums[name, months] = _rolling_sum(values, groups, months)
    for name in ("civ_fat", "vac", "civ_ev"):
        out[f"{name}_1"] = np.log1p(base[name])
    for name in base:
        if name == "media" and not (base["media"] > 0).any():
            continue
        out[f"{name}_3"] = np.log1p(sums[name, 3])
        out[f"{name}_12"] = np.log1p(sums[name, 12])
    for name in ("civ_fat", "vac", "battles", "explosions"):
        out[f"{name}_trend"] = np.log1p(sums[name, 3] / 3) - np.log1p(sums[name, 12] / 12)
    out["civ_share_3"] = sums["civ_ev", 3] / sums["events", 3].where(sums["events", 3] > 0)
    out["civ_share_3"] = out["civ_share_3"].fillna(0.0)
    out["months_since_vac"] = _months_since(base["civ_ev"] > 0, groups)
    out["level_ratio"] = np.log((sums["civ_fat", 3] + 1) / (sums["civ_fat", 12] / 4 + 1))
    return out


def _country_context(panel: pd.DataFrame) -> pd.DataFrame:
    """The rest of the country for each admin1 row: country totals this month minus the row."""
    by = [panel["country_iso3"], panel["month"]]
    out = pd.DataFrame(index=panel.index)
    columns = {
        "civ_fat": "civilian_fatalities",
        "vac": "events_violence_against_civilians",
        "battles": "events_armed_conflict",
    }
    rest: dict[str, pd.Series] = {}
    for name, col in columns.items():
        values = panel[col].astype(float)
        rest[name] = values.groupby(by).transform("sum") - values
    keys = [panel["country_iso3"], panel["admin1"]]
    for name, values in rest.items():
        out[f"rest_{name}_3"] = np.log1p(_rolling_sum(values, keys, 3))
        out[f"rest_{name}_12"] = np.log1p(_rolling_sum(values, keys, 12))
    deadly = (_rolling_sum(panel["civilian_fatalities"].astype(float), keys, 3) > 0).astype(float)
    deadly = deadly.where(panel["admin1"] != "", 0.0)  # events of no known region are no region
    out["rest_regions_deadly_3"] = deadly.groupby(by).transform("sum") - deadly
    return out


def build_features(panel: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Feature matrix aligned with `panel` (dense, sorted by place then month)."""
    features = _place_features(panel, keys)
    if "admin1" in keys:
        features = features.join(_country_context(panel))
    return features.astype("float64")
