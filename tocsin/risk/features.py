"""Model inputs for Tocsin's structural forecast, built from an EWP-format panel.

EWP's 39 predictors are mostly levels of one year. Atrocity risk rises with change: a regime
closing civic space, a conflict flaring, a coup, a mass killing that just ended or began. So on
top of the 39 levels this adds, within each country, recent changes and short histories, and the
time since the country's last mass killing, plus the regional context of the same year.

Every input of a row uses only rows of the same country (or region) in that year or before, so
a builder run on :func:`tocsin.risk.foos.visible_panel` cannot see the future; the harness's
leakage test checks exactly that.
"""

from __future__ import annotations

import pandas as pd

from tocsin.risk.ewp_data import PREDICTORS

#: Predictors whose change over three years is informative (civic space, repression, conflict).
CHANGE_INPUTS: tuple[str, ...] = (
    "freediscussion", "even_civilrights", "ses_power_dist", "social_power_dist",
    "pol_killing_approved", "repress_civilsoc", "religiousfreedom", "judicialreform",
    "battledeaths.log2", "un_imr_sqrt", "discrimpop", "v2mecenefm_binary",
)  # fmt: skip
_REGIONS = ("reg.na", "reg.eap", "reg.sca", "reg.mna", "reg.eur")
#: Cap on "years since" inputs: beyond a generation the exact count carries no signal.
YEARS_CAP = 30.0

#: Names of the inputs added to EWP's 39, for explanations and the predictor map.
ADDED_INPUTS: tuple[str, ...] = (
    "mk_onset_now", "mk_ongoing_now", "years_since_onset", "years_since_mk",
    "battledeaths_max3", "battledeaths_lag1", "gdppcgrowth_mean3", "coup_new",
    *(f"{c}_change3" for c in CHANGE_INPUTS),
    "region_mk_ongoing_share", "region_battle_share", "world_onsets_3yr",
)  # fmt: skip


def _lag(frame: pd.DataFrame, column: str, years: int) -> pd.Series:
    """Value of ``column`` ``years`` earlier in the same country (NaN if that year is absent)."""
    past = frame[["ewp_name", "year", column]].copy()
    past["year"] = past["year"] + years
    merged = frame[["ewp_name", "year"]].merge(past, on=["ewp_name", "year"], how="left")
    return pd.Series(merged[column].to_numpy(), index=frame.index)


def _years_since(frame: pd.DataFrame, flag: pd.Series) -> pd.Series:
    """Years since ``flag`` was last true in the country (0 in a flagged year), capped."""
    marked = frame["year"].where(flag.astype(bool))
    last = marked.groupby(frame["ewp_name"]).ffill()
    return (frame["year"] - last).fillna(YEARS_CAP).clip(upper=YEARS_CAP)


def _region(frame: pd.DataFrame) -> pd.Series:
    """Region code from EWP's dummies; Africa is the one left out of them."""
    region = pd.Series("afr", index=frame.index)
    for column in _REGIONS:
        region = region.mask(frame[column] == 1, column)
    return region


def _regional(frame: pd.DataFrame) -> pd.DataFrame:
    region = _region(frame)
    ongoing = (frame["mk_ongoing_count_log2"] > 0).astype(float)
    battles = (frame["battledeaths.log2"] > 0).astype(float)
    keys = [region, frame["year"]]
    counts = ongoing.groupby(keys).transform("count")
    others = (counts - 1).clip(lower=1)
    out = pd.DataFrame(index=frame.index)
    # Share of the *other* countries of the region, so a country's own state is not counted twice.
    out["region_mk_ongoing_share"] = (ongoing.groupby(keys).transform("sum") - ongoing) / others
    out["region_battle_share"] = (battles.groupby(keys).transform("sum") - battles) / others
    per_year = frame.groupby("year")["mk_onset"].sum()
    recent = per_year.rolling(3, min_periods=1).sum()
    out["world_onsets_3yr"] = frame["year"].map(recent).astype(float)
    return out


def structural_features(panel: pd.DataFrame) -> pd.DataFrame:
    """EWP's 39 predictors plus Tocsin's change, history and context inputs (same index)."""
    frame = panel.sort_values(["ewp_name", "year"], kind="mergesort")
    out = frame.loc[:, list(PREDICTORS)].copy()
    onset = frame["mk_onset"].fillna(0)
    ongoing = frame["mk_ongoing_count_log2"].fillna(0) > 0
    out["mk_onset_now"] = onset
    out["mk_ongoing_now"] = ongoing.astype(float)
    out["years_since_onset"] = _years_since(frame, onset > 0)
    out["years_since_mk"] = _years_since(frame, ongoing)
    battles = frame["battledeaths.log2"]
    out["battledeaths_lag1"] = _lag(frame, "battledeaths.log2", 1)
    out["battledeaths_max3"] = pd.concat(
        [battles, out["battledeaths_lag1"], _lag(frame, "battledeaths.log2", 2)], axis=1
    ).max(axis=1)
    out["gdppcgrowth_mean3"] = pd.concat(
        [frame["gdppcgrowth"], _lag(frame, "gdppcgrowth", 1), _lag(frame, "gdppcgrowth", 2)],
        axis=1,
    ).mean(axis=1)
    out["coup_new"] = (frame["coup.try.5yr"] - _lag(frame, "coup.try.5yr", 1)).clip(lower=0)
    for column in CHANGE_INPUTS:
        out[f"{column}_change3"] = frame[column] - _lag(frame, column, 3)
    # A country without three years of history (new states) shows no change yet.
    added = [c for c in out.columns if c.endswith("_change3")] + ["coup_new"]
    out[added] = out[added].fillna(0.0)
    out["battledeaths_lag1"] = out["battledeaths_lag1"].fillna(battles)
    out = out.join(_regional(frame))
    return out.loc[panel.index, [*PREDICTORS, *ADDED_INPUTS]].astype(float)


def feature_names() -> list[str]:
    return [*PREDICTORS, *ADDED_INPUTS]
