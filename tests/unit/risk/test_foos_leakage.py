"""No outcome of the forecast years can reach a window's training, and runs are repeatable."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from tocsin.risk.ewp_data import FORWARD_OUTCOMES
from tocsin.risk.features import structural_features
from tocsin.risk.foos import (
    DEVELOPMENT_PROTOCOL,
    EWP_PROTOCOL,
    FoosProtocol,
    predict_window,
    run_foos,
    visible_panel,
)
from tocsin.risk.structural import StructuralRiskModel

WINDOW = 1990
PROTOCOL = FoosProtocol(first_window=1988, last_window=1991)


def _small_model() -> StructuralRiskModel:
    return StructuralRiskModel(
        rounds_grid=(20, 40), ridge_grid=(0.01, 0.1), validation_years=6, min_validation_onsets=3
    )


def _scramble_future(panel: pd.DataFrame, window: int, seed: int = 1) -> pd.DataFrame:
    """Change everything a window must not know: outcomes naming onsets after window + 2,
    and every value of the years after window + 2."""
    rng = np.random.default_rng(seed)
    out = panel.copy()
    late = out["year"] > window
    for column in FORWARD_OUTCOMES:
        out.loc[late, column] = 1.0 - out.loc[late, column].fillna(0)
    future = out["year"] > window + 2
    numeric = [c for c in out.columns if c not in ("ewp_name", "ccode", "year")]
    out.loc[future, numeric] = rng.random((int(future.sum()), len(numeric)))
    return out


@pytest.mark.parametrize("features", [structural_features, None], ids=["tocsin", "ewp"])
def test_future_outcomes_and_rows_cannot_change_a_window_forecast(panel, features) -> None:
    kwargs = {"features": features} if features is not None else {}
    honest = predict_window(panel, _small_model(), WINDOW, protocol=PROTOCOL, **kwargs)
    scrambled = predict_window(
        _scramble_future(panel, WINDOW), _small_model(), WINDOW, protocol=PROTOCOL, **kwargs
    )
    assert len(honest) > 0 and (honest["year"] == WINDOW + 2).all()
    pd.testing.assert_frame_equal(honest, scrambled, check_exact=True)


def test_the_leakage_check_has_power_a_training_outcome_does_change_the_forecast(panel) -> None:
    honest = predict_window(panel, _small_model(), WINDOW, features=structural_features)
    changed = panel.copy()
    known = changed["year"].between(WINDOW - 5, WINDOW)
    changed.loc[known, "mk_onset_1or2"] = 1.0 - changed.loc[known, "mk_onset_1or2"]
    moved = predict_window(changed, _small_model(), WINDOW, features=structural_features)
    assert not np.allclose(honest["risk"], moved["risk"])


def test_visible_panel_ends_two_years_after_the_window_and_blanks_forward_outcomes(panel) -> None:
    seen = visible_panel(panel, WINDOW)
    assert seen["year"].max() == WINDOW + 2
    late = seen["year"] > WINDOW
    assert seen.loc[late, list(FORWARD_OUTCOMES)].isna().all().all()
    assert seen.loc[~late, "mk_onset_1or2"].notna().all()
    assert seen.loc[late, "mk_onset"].notna().all()  # this year's onsets are known


def test_features_of_a_row_use_only_its_own_and_earlier_years(panel) -> None:
    full = structural_features(panel)
    cut = structural_features(panel.loc[panel["year"] <= WINDOW])
    rows = cut.index
    pd.testing.assert_frame_equal(full.loc[rows], cut.loc[rows], check_exact=True)


def test_same_input_gives_identical_predictions_to_the_last_digit(panel) -> None:
    first = run_foos(panel, _small_model(), features=structural_features, protocol=PROTOCOL)
    second = run_foos(panel, _small_model(), features=structural_features, protocol=PROTOCOL)
    pd.testing.assert_frame_equal(first, second, check_exact=True)


def test_parallel_windows_give_the_same_predictions_as_one_process(panel) -> None:
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.1))
    serial = run_foos(panel, model, protocol=PROTOCOL)
    parallel = run_foos(panel, model, protocol=PROTOCOL, n_jobs=2)
    pd.testing.assert_frame_equal(serial, parallel, check_exact=True)


def test_seed_reaches_the_estimator(panel) -> None:
    a = run_foos(
        panel, _small_model(), features=structural_features, protocol=PROTOCOL, random_state=1
    )
    b = run_foos(
        panel, _small_model(), features=structural_features, protocol=PROTOCOL, random_state=2
    )
    assert not np.array_equal(a["risk"].to_numpy(), b["risk"].to_numpy())


def test_development_screen_scores_only_outcomes_the_first_window_trains_on() -> None:
    dev, foos = DEVELOPMENT_PROTOCOL, EWP_PROTOCOL
    # Would-be forecasts run to two years past the last predicted year; that year's onsets are
    # named by training outcomes (mk_onset_1or2) of rows up to the first FOOS window.
    last_scored = dev.last_window + dev.horizon + dev.horizon
    first_foos_scored = foos.first_window + foos.horizon + 1
    assert last_scored < first_foos_scored
    assert last_scored <= foos.first_window + foos.horizon
