"""The elastic-net replication solves glmnet's problem; Tocsin's model chooses inside its window."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from tocsin.risk.elastic_net import ElasticNetLogitCV, _Path
from tocsin.risk.ewp_data import TARGET
from tocsin.risk.features import structural_features
from tocsin.risk.structural import StructuralRiskModel


def _problem(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(600, 6))
    x[:, 5] = x[:, 4] + 0.01 * rng.normal(size=600)  # nearly collinear, like year and year_sq
    y = (rng.random(600) < 1 / (1 + np.exp(-(x[:, 0] - x[:, 1] - 2)))).astype(float)
    return (x - x.mean(0)) / x.std(0), y


def test_elastic_net_path_matches_scikit_learn_saga_at_the_same_penalty() -> None:
    x, y = _problem()
    lam, alpha = 0.01, 0.5
    b0, beta = _Path(x, y, alpha, 1e-10).advance(lam)
    # glmnet's penalty lambda * (alpha |b|_1 + (1 - alpha) / 2 |b|^2) on the mean log-loss is
    # scikit-learn's elastic net with C = 1 / (n * lambda).
    saga = LogisticRegression(
        C=1 / (len(y) * lam), l1_ratio=alpha, solver="saga", tol=1e-10, max_iter=100_000
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        saga.fit(x, y)
    assert beta == pytest.approx(saga.coef_[0], abs=2e-4)
    assert b0 == pytest.approx(saga.intercept_[0], abs=2e-4)


def test_elastic_net_cv_picks_a_penalty_and_reports_original_scale_coefficients() -> None:
    x, y = _problem()
    raw = x * 5 + 3
    model = ElasticNetLogitCV(n_folds=5, n_lambdas=30).fit(raw, y)
    assert model.lambdas_[0] >= model.lambda_ >= model.lambdas_[-1]
    assert model.coef_[0, 0] > 0 > model.coef_[0, 1]
    refit = ElasticNetLogitCV(n_folds=5, n_lambdas=30).fit(x, y)
    np.testing.assert_allclose(model.predict_proba(raw), refit.predict_proba(x), atol=1e-6)


def test_structural_model_learns_the_synthetic_signal_and_records_its_choices(panel) -> None:
    inputs = structural_features(panel)
    rows = panel[TARGET].notna()
    model = StructuralRiskModel(
        rounds_grid=(20, 40), ridge_grid=(0.01, 0.1), validation_years=10, min_validation_onsets=3
    ).fit(inputs[rows], panel.loc[rows, TARGET])
    assert model.rounds_ in (20, 40)
    assert model.ridge_c_ in (0.01, 0.1)
    assert model.blend_ in model.blend_grid
    assert model.selected_on_ >= 3
    p = model.predict_proba(inputs)[:, 1]
    assert ((p > 0) & (p < 1)).all()
    hot = panel["battledeaths.log2"] > panel["battledeaths.log2"].quantile(0.8)
    assert p[hot.to_numpy()].mean() > p[~hot.to_numpy()].mean()


def test_structural_model_keeps_defaults_when_the_held_out_block_has_too_few_onsets(panel) -> None:
    inputs = structural_features(panel)
    y = np.zeros(len(panel), dtype=int)
    y[:5] = 1  # onsets only in the first years of one country: none in the held-out block
    model = StructuralRiskModel(rounds_grid=(20, 40), min_validation_onsets=3).fit(inputs, y)
    assert model.selected_on_ == 0
    assert model.rounds_ == 40


def test_structural_model_needs_the_year_to_order_its_validation(panel) -> None:
    inputs = structural_features(panel).drop(columns=["year"])
    with pytest.raises(ValueError, match="'year' column"):
        StructuralRiskModel().fit(inputs, np.zeros(len(inputs)))


def test_estimators_follow_scikit_learn_parameter_conventions() -> None:
    from sklearn.base import clone

    for estimator in (ElasticNetLogitCV(alpha=0.3), StructuralRiskModel(max_depth=2)):
        twin = clone(estimator)
        assert twin.get_params() == estimator.get_params()
        assert not any(k.endswith("_") for k in vars(twin))
