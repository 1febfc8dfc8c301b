"""Data from months after t must never change a feature, or a prediction, for month t."""

import numpy as np
import pandas as pd

from tests.unit.risk_dynamic.synthetic import escalating_panel
from tocsin.risk.escalation.evaluation import prepare, rolling_evaluation
from tocsin.risk.escalation.model import EscalationModel
from tocsin.risk.escalation.target import TargetSpec

CUT = pd.Timestamp("2024-06-01")


def _scrambled_after(frame: pd.DataFrame, cut: pd.Timestamp) -> pd.DataFrame:
    changed = frame.copy()
    later = changed["month"] > cut
    rng = np.random.default_rng(7)
    for column in ("civilian_fatalities", "events_armed_conflict", "events", "civilian_events"):
        changed.loc[later, column] = rng.poisson(40, later.sum())
    return changed


def test_features_of_month_t_ignore_later_months() -> None:
    frame = escalating_panel()
    before, _ = prepare(frame, "admin1", TargetSpec())
    after, _ = prepare(_scrambled_after(frame, CUT), "admin1", TargetSpec())
    upto = (frame["month"] <= CUT).to_numpy()
    pd.testing.assert_frame_equal(before[upto], after[upto])


def test_rolling_predictions_for_month_t_ignore_later_months() -> None:
    frame = escalating_panel()
    model = {"tocsin": EscalationModel(max_iter=30)}
    kwargs = {"refit_every": 6, "start": "2023-01"}
    spec = TargetSpec()
    base = rolling_evaluation(frame, "admin1", spec, model, **kwargs).predictions
    other = rolling_evaluation(_scrambled_after(frame, CUT), "admin1", spec, model, **kwargs)
    # Compare every prediction for months <= CUT - horizon: both inputs and training labels
    # of these predictions lie at or before CUT.
    limit = CUT - pd.DateOffset(months=spec.horizon)
    a = base[base["month"] <= limit]
    b = other.predictions[other.predictions["month"] <= limit]
    assert len(a) > 0
    np.testing.assert_allclose(a["tocsin"].to_numpy(), b["tocsin"].to_numpy())
