"""Tocsin's structural forecast: risk that a state-led mass killing begins within two years.

An ensemble of gradient-boosted trees (they find thresholds and interactions: conflict *and* a
record of mass killing *and* a closed civic space) and a ridge logistic regression (smooth,
stable with few onsets), averaged on the log-odds scale. Both are fitted by log-loss, so the
blend is a probability; its calibration is measured, not assumed (see docs/methodology.md).

No choice looks at the years being forecast. Inside every training window the model holds out
its own most recent ``validation_years`` and fits the candidates on the years before them,
leaving a gap so that no training outcome overlaps a held-out one (an outcome of year s names
onsets in s + 1 and s + 2). On that held-out block it picks the number of boosting rounds and
the ridge penalty (log-loss) and the blend weight (ROC AUC, the ranking the forecast is judged
on); it then refits both parts on the whole window with those choices. Twelve held-out years
hold 25 to 64 positive rows in the EWP FOOS windows, enough to choose among a few options.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

_EPS = 1e-9


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


def _expit(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _loss(y: np.ndarray, p: np.ndarray) -> float:
    return float(log_loss(y, np.clip(p, _EPS, 1 - _EPS), labels=[0, 1]))


class StructuralRiskModel(ClassifierMixin, BaseEstimator):
    """Boosted trees + ridge logistic regression, tuned inside the training window.

    ``X`` must hold a ``year`` column (to order the inner validation); ``drop_inputs`` are not
    fed to the learners (a tree cannot extrapolate a time trend past the last training year).
    """

    def __init__(
        self,
        learning_rate: float = 0.05,
        max_depth: int = 3,
        min_samples_leaf: int = 40,
        l2_regularization: float = 1.0,
        max_features: float = 0.7,
        rounds_grid: tuple[int, ...] = (100, 150, 200, 250, 300),
        ridge_grid: tuple[float, ...] = (0.003, 0.01, 0.03, 0.1),
        blend_grid: tuple[float, ...] = (0.5, 0.625, 0.75, 0.875, 1.0),
        validation_years: int = 12,
        min_validation_onsets: int = 8,
        drop_inputs: tuple[str, ...] = ("year", "year_sq"),
        random_state: int | None = 0,
    ) -> None:
        self.learning_rate = learning_rate
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf
        self.l2_regularization = l2_regularization
        self.max_features = max_features
        self.rounds_grid = rounds_grid
        self.ridge_grid = ridge_grid
        self.blend_grid = blend_grid
        self.validation_years = validation_years
        self.min_validation_onsets = min_validation_onsets
        self.drop_inputs = drop_inputs
        self.random_state = random_state

    # -- parts -------------------------------------------------------------------------------
    def _booster(self, rounds: int) -> HistGradientBoostingClassifier:
        return HistGradientBoostingClassifier(
            learning_rate=self.learning_rate,
            max_iter=rounds,
            max_depth=self.max_depth,
            min_samples_leaf=self.min_samples_leaf,
            l2_regularization=self.l2_regularization,
            max_features=self.max_features,
            early_stopping=False,
            random_state=self.random_state,
        )

    def _ridge(self, c: float) -> Pipeline:
        return make_pipeline(
            SimpleImputer(strategy="median"),
            StandardScaler(),
            LogisticRegression(C=c, max_iter=5000),
        )

    def _inputs(self, X: pd.DataFrame) -> pd.DataFrame:  # noqa: N803
        return X.drop(columns=[c for c in self.drop_inputs if c in X.columns])

    # -- selection inside the window ---------------------------------------------------------
    def _select(self, x: pd.DataFrame, y: np.ndarray, years: np.ndarray) -> None:
        """Pick boosting rounds, ridge penalty and blend weight on the held-out block."""
        last = int(years.max())
        held = years > last - self.validation_years
        # An outcome of year s names onsets in s+1 and s+2. Training years stop one year before
        # the block, so their onsets all come before the first onset the block is scored on.
        fit_rows = years <= last - self.validation_years - 1
        self.rounds_ = max(self.rounds_grid)
        self.ridge_c_ = self.ridge_grid[len(self.ridge_grid) // 2]
        self.blend_ = max(self.blend_grid)
        self.selected_on_ = 0
        if y[held].sum() < self.min_validation_onsets or y[fit_rows].sum() < 2:
            return  # too few onsets to choose anything: keep the defaults
        self.selected_on_ = int(y[held].sum())
        booster = self._booster(max(self.rounds_grid)).fit(x[fit_rows], y[fit_rows])
        staged = {i + 1: p[:, 1] for i, p in enumerate(booster.staged_predict_proba(x[held]))}
        self.rounds_ = min(self.rounds_grid, key=lambda r: (_loss(y[held], staged[r]), r))
        ridge_p = {
            c: self._ridge(c).fit(x[fit_rows], y[fit_rows]).predict_proba(x[held])[:, 1]
            for c in self.ridge_grid
        }
        self.ridge_c_ = min(self.ridge_grid, key=lambda c: (_loss(y[held], ridge_p[c]), c))
        z_tree, z_ridge = _logit(staged[self.rounds_]), _logit(ridge_p[self.ridge_c_])
        blends = {w: w * z_tree + (1 - w) * z_ridge for w in self.blend_grid}
        self.blend_ = max(self.blend_grid, key=lambda w: (roc_auc_score(y[held], blends[w]), w))

    # -- estimator API ---------------------------------------------------------------------------
    def fit(self, X: pd.DataFrame, y) -> StructuralRiskModel:  # noqa: N803
        if "year" not in X.columns:
            raise ValueError("StructuralRiskModel needs a 'year' column to order its validation")
        y = np.asarray(y).astype(int)
        years = X["year"].to_numpy()
        x = self._inputs(X)
        self.feature_names_in_ = np.asarray(X.columns, dtype=object)
        self.classes_ = np.array([0, 1])
        self._select(x, y, years)
        self.booster_ = self._booster(self.rounds_).fit(x, y)
        self.ridge_ = self._ridge(self.ridge_c_).fit(x, y)
        return self

    def decision_function(self, X: pd.DataFrame) -> np.ndarray:  # noqa: N803
        """Log-odds of onset within two years."""
        check_is_fitted(self, "booster_")
        x = self._inputs(X)
        z_tree = _logit(self.booster_.predict_proba(x)[:, 1])
        z_ridge = _logit(self.ridge_.predict_proba(x)[:, 1])
        return self.blend_ * z_tree + (1 - self.blend_) * z_ridge

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:  # noqa: N803
        p = _expit(self.decision_function(X))
        return np.column_stack([1 - p, p])

    def predict(self, X: pd.DataFrame) -> np.ndarray:  # noqa: N803
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)
