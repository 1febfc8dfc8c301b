import math

import numpy as np

from tests.unit.risk_dynamic.synthetic import escalating_panel
from tocsin.risk.escalation.evaluation import default_estimators, prepare, rolling_evaluation
from tocsin.risk.escalation.model import EscalationModel, ScoreBaseline
from tocsin.risk.escalation.target import TargetSpec


def test_harness_scores_model_and_baselines_on_the_same_rows() -> None:
    result = rolling_evaluation(escalating_panel(), "admin1", refit_every=6, name="synthetic")
    assert set(result.scores) == set(default_estimators())
    assert len({s.n for s in result.scores.values()}) == 1
    assert result.scores["tocsin"].positives > 10
    for scores in result.scores.values():
        assert 0.0 <= scores.brier <= 1.0 and not math.isnan(scores.auc)


def test_model_learns_a_lead_signal_the_baselines_cannot_see() -> None:
    result = rolling_evaluation(escalating_panel(), "admin1", refit_every=6)
    ours = result.scores["tocsin"].auc
    assert ours > 0.8
    assert ours > result.scores["persistence"].auc
    assert ours > result.scores["trailing_mean"].auc


def test_training_windows_never_include_unknown_outcomes() -> None:
    seen: list[int] = []

    class Spy(ScoreBaseline):
        def fit(self, X, y):  # type: ignore[no-untyped-def]
            seen.append(len(X))
            return super().fit(X, y)

    frame = escalating_panel(regions=3, months=40)
    rolling_evaluation(frame, "admin1", estimators={"spy": Spy("civ_fat_3")})
    # each month adds 3 regions; the first window ends horizon months before the test month
    assert seen == sorted(seen) and all(n % 3 == 0 for n in seen)


def test_model_is_a_sklearn_estimator_with_learned_attributes() -> None:
    from sklearn.base import clone

    frame = escalating_panel(regions=3, months=40)

    X, y = prepare(frame, "admin1", TargetSpec())
    known = y.notna()
    model = clone(EscalationModel(max_iter=20)).fit(X[known], y[known])
    p = model.predict_proba(X)[:, 1]
    assert p.shape == (len(X),) and np.all((p >= 0) & (p <= 1))
    assert hasattr(model, "medians_") and hasattr(model, "models_")
    top = model.explain(X.iloc[[int(np.argmax(p))]], top=3)
    assert 1 <= len(top) <= 3 and {"feature", "value", "direction"} <= set(top[0])
