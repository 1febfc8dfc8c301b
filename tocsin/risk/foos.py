"""The fully-out-of-sample (FOOS) training loop of the EWP FOOS protocol, for any estimator.

EWP FOOS protocol (model script of the 2025 assessment): for each last training year
t = 1991..2021, fit on the complete rows with year <= t (outcome ``mk_onset_1or2``) and predict
the complete rows of year t + 2. The would-be forecast of a country for year Y (1994..2024) is
the highest of the predictions made from data of Y - 1 and Y - 2 (``maxrisk2``) and the best
rank it had among countries in those years (``minrank2``); it is scored against ``mk_onset``
of year Y.

Leakage is ruled out by construction: each window sees only :func:`visible_panel`, the panel as
it stood when data of year t + 2 came in. Rows after t + 2 are cut off and the forward-looking
outcomes of rows after t (which would name onsets after t + 2) are blanked, so neither a
feature builder nor an estimator can reach an outcome that the scored years depend on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from tocsin.risk.ewp_data import FORWARD_OUTCOMES, OUTCOMES, PREDICTORS, TARGET

#: Builds model inputs from a (visible) panel; returns a frame with the panel's index.
FeatureBuilder = Callable[[pd.DataFrame], pd.DataFrame]


@dataclass(frozen=True)
class FoosProtocol:
    """Windows and row rules of the EWP FOOS protocol (their defaults, 2025 assessment)."""

    first_window: int = 1991
    last_window: int = 2021
    horizon: int = 2
    target: str = TARGET
    #: EWP keeps a training row only if predictors and all four outcomes are present.
    complete_train: tuple[str, ...] = (*PREDICTORS, *OUTCOMES)
    complete_test: tuple[str, ...] = PREDICTORS

    @property
    def windows(self) -> range:
        return range(self.first_window, self.last_window + 1)


#: The protocol as EWP ran it for the 2025 assessment.
EWP_PROTOCOL = FoosProtocol()

#: A development screen: the same protocol on earlier years (windows 1977-1989, would-be
#: forecasts 1980-1993). Every outcome it scores is one the first window of ``EWP_PROTOCOL``
#: already trains on, so an idea can be tried here without a look at the years EWP is scored on.
DEVELOPMENT_PROTOCOL = FoosProtocol(first_window=1977, last_window=1989)


def ewp_features(panel: pd.DataFrame) -> pd.DataFrame:
    """EWP's own inputs: the 39 predictors as they are."""
    return panel.loc[:, list(PREDICTORS)]


def visible_panel(panel: pd.DataFrame, window: int, horizon: int = 2) -> pd.DataFrame:
    """The panel as known when the data of year ``window + horizon`` are in.

    Outcomes that look forward (``mk_onset_1``, ``_2``, ``_1or2``) are blanked for rows after
    the window: for those rows they describe onsets in the years being forecast.
    """
    seen = panel.loc[panel["year"] <= window + horizon].copy()
    late = seen["year"] > window
    seen.loc[late, list(FORWARD_OUTCOMES)] = np.nan
    return seen


def _rank_desc(risk: pd.Series) -> pd.Series:
    """Rank 1 = highest risk; ties share the best rank (R's ``rank(-risk, ties='min')``)."""
    return risk.rank(ascending=False, method="min").astype(int)


def predict_window(
    panel: pd.DataFrame,
    estimator: object,
    window: int,
    *,
    features: FeatureBuilder = ewp_features,
    protocol: FoosProtocol = EWP_PROTOCOL,
) -> pd.DataFrame:
    """Fit a fresh clone of ``estimator`` for one window and predict the rows of window + 2."""
    seen = visible_panel(panel, window, protocol.horizon)
    inputs = features(seen)
    train = (seen["year"] <= window) & seen[list(protocol.complete_train)].notna().all(axis=1)
    test = (seen["year"] == window + protocol.horizon) & (
        seen[list(protocol.complete_test)].notna().all(axis=1)
    )
    if not test.any() or not train.any():
        return pd.DataFrame(columns=["ewp_name", "ccode", "year", "window", "risk", "rank"])
    model = clone(estimator)
    model.fit(inputs.loc[train], seen.loc[train, protocol.target].astype(int).to_numpy())
    risk = np.asarray(model.predict_proba(inputs.loc[test]))[:, 1]
    out = seen.loc[test, ["ewp_name", "ccode", "year"]].copy()
    out["window"] = window
    out["risk"] = risk
    out["rank"] = _rank_desc(out["risk"])
    return out.reset_index(drop=True)


def run_foos(
    panel: pd.DataFrame,
    estimator: object,
    *,
    features: FeatureBuilder = ewp_features,
    protocol: FoosProtocol = EWP_PROTOCOL,
    random_state: int | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Predictions of every window: columns ``ewp_name, ccode, year, window, risk, rank``.

    ``random_state`` is set on the estimator when it has one. Windows may run in ``n_jobs``
    processes; each pins its thread pools to one thread, so floating-point sums run in the same
    order whatever the machine and the result is identical to the last digit.
    """
    if random_state is not None and "random_state" in clone(estimator).get_params():
        estimator = clone(estimator).set_params(random_state=random_state)
    windows = list(protocol.windows)
    if n_jobs == 1:
        frames = [_one_window(panel, estimator, w, features, protocol) for w in windows]
    else:
        frames = Parallel(n_jobs=n_jobs)(
            delayed(_one_window)(panel, estimator, w, features, protocol) for w in windows
        )
    return pd.concat(frames, ignore_index=True)


def _one_window(
    panel: pd.DataFrame,
    estimator: object,
    window: int,
    features: FeatureBuilder,
    protocol: FoosProtocol,
) -> pd.DataFrame:
    with threadpool_limits(limits=1):
        return predict_window(panel, estimator, window, features=features, protocol=protocol)


def would_be_forecasts(
    predictions: pd.DataFrame, panel: pd.DataFrame, horizon: int = 2
) -> pd.DataFrame:
    """EWP's would-be forecasts: for each country-year, max risk and best rank of Y-1, Y-2.

    Rows are all panel country-years from the first predicted year + 1 to the last + 2 (as in
    EWP's ``allforecasts``); a row without any prediction keeps NaN and is not scored.
    """
    first = int(predictions["year"].min()) + 1
    last = int(predictions["year"].max()) + horizon
    frame = panel.loc[
        (panel["year"] >= first) & (panel["year"] <= last),
        ["year", "ewp_name", "ccode", "mk_onset"],
    ].copy()
    keyed = predictions.loc[:, ["ewp_name", "year", "risk", "rank"]]
    for lag, suffix in ((1, "prev"), (2, "two_years_prior")):
        shifted = keyed.assign(year=keyed["year"] + lag).rename(
            columns={"risk": f"risk_{suffix}", "rank": f"rank_{suffix}"}
        )
        frame = frame.merge(shifted, on=["ewp_name", "year"], how="left")
    frame["maxrisk2"] = frame[["risk_prev", "risk_two_years_prior"]].max(axis=1, skipna=True)
    frame["minrank2"] = frame[["rank_prev", "rank_two_years_prior"]].min(axis=1, skipna=True)
    return frame.sort_values(["ewp_name", "year"], kind="mergesort").reset_index(drop=True)


def predictions_from_foos(foos: pd.DataFrame) -> pd.DataFrame:
    """Recover per-window predictions from an EWP FOOS file (``risk_prev`` of Y is from Y-1)."""
    prev = foos.loc[foos["risk_prev"].notna(), ["ewp_name", "ccode", "year", "risk_prev"]]
    prior = foos.loc[
        foos["risk_two_years_prior"].notna(), ["ewp_name", "ccode", "year", "risk_two_years_prior"]
    ]
    out = pd.concat(
        [
            prev.assign(year=prev["year"] - 1).rename(columns={"risk_prev": "risk"}),
            prior.assign(year=prior["year"] - 2).rename(columns={"risk_two_years_prior": "risk"}),
        ],
        ignore_index=True,
    ).drop_duplicates(["ewp_name", "year"], keep="first")
    out["window"] = out["year"] - 2
    out["rank"] = out.groupby("year")["risk"].transform(_rank_desc)
    return out.sort_values(["year", "rank", "ewp_name"], kind="mergesort").reset_index(drop=True)
