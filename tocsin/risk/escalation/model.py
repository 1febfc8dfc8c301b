"""The escalation estimator and the two baselines it must beat, all scikit-learn estimators.

`EscalationModel` is a blend of a regularised logistic regression (standardised features) and
gradient-boosted trees (`HistGradientBoostingClassifier`) whose scores are mapped to
probabilities by Platt scaling. Why both: the logistic model is stable with the few dozen
escalations a country's history holds and is calibrated by construction; the trees catch the
interactions the linear model cannot (a quiet region next to a burning one, battles that turn
into killings of civilians). Every choice -- scaling, tree splits, calibration folds -- is fitted
on the rows passed to `fit`, so in the time-ordered evaluation nothing is learned from the
months being predicted.

The baselines read a single column of the same feature matrix and map it to a probability with
a one-feature logistic regression fitted on the training window (a monotone map: it leaves
their ranking, hence AUC, as it was and gives them a fair Brier score):

* `persistence`: the current level ratio (civilian deaths of the last 3 months against the
  trailing year): "what is escalating now keeps escalating";
* `trailing_mean`: civilian deaths of the last 3 months: "where it is bad, it gets worse".
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

from tocsin.risk.estimator import Classifier, Estimator

METHODS = ("blend", "logistic", "trees")


def _as_frame(X: pd.DataFrame | np.ndarray, columns: list[str] | None = None) -> pd.DataFrame:
    return X if isinstance(X, pd.DataFrame) else pd.DataFrame(X, columns=columns)


class _ConstantModel:
    """Stands in when the training window holds one class only: the observed rate."""

    def __init__(self, rate: float) -> None:
        self.rate = rate

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        p = np.full(len(X), self.rate)
        return np.column_stack([1 - p, p])


class EscalationModel(ClassifierMixin, BaseEstimator):
    def __init__(
        self,
        method: str = "blend",
        C: float = 0.1,
        learning_rate: float = 0.05,
        max_iter: int = 150,
        max_leaf_nodes: int = 8,
        min_samples_leaf: int = 40,
        calibration_folds: int = 3,
        random_state: int = 0,
        n_threads: int = 1,
    ) -> None:
        self.method = method
        self.C = C
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.max_leaf_nodes = max_leaf_nodes
        self.min_samples_leaf = min_samples_leaf
        self.calibration_folds = calibration_folds
        self.random_state = random_state
        # Trees on a few thousand rows: OpenMP threads cost more than they give, and on a
        # shared 2-core machine a fit took 14 times longer with them than with one thread.
        self.n_threads = n_threads

    def _logistic(self) -> Estimator:
        return make_pipeline(StandardScaler(), LogisticRegression(C=self.C, max_iter=2000))

    def _trees(self, positives: int) -> Estimator:
        trees = HistGradientBoostingClassifier(
            learning_rate=self.learning_rate,
            max_iter=self.max_iter,
            max_leaf_nodes=self.max_leaf_nodes,
            min_samples_leaf=self.min_samples_leaf,
            l2_regularization=1.0,
            random_state=self.random_state,
        )
        folds = min(self.calibration_folds, positives)
        if folds < 2:
            return trees
        return CalibratedClassifierCV(trees, method="sigmoid", cv=folds)

    def fit(self, X: pd.DataFrame, y: np.ndarray | pd.Series) -> EscalationModel:
        if self.method not in METHODS:
            raise ValueError(f"method {self.method!r} not one of {', '.join(METHODS)}")
        X = _as_frame(X)
        y = np.asarray(y, dtype=int)
        self.feature_names_in_ = np.asarray(X.columns, dtype=object)
        self.classes_ = np.array([0, 1])
        self.medians_ = X.median().to_numpy()
        self.base_rate_ = float(y.mean()) if len(y) else 0.0
        self.models_: list[Classifier] = []
        if len(np.unique(y)) < 2:
            self.models_ = [_ConstantModel(self.base_rate_)]
            return self
        positives = int(min(y.sum(), len(y) - y.sum()))
        with threadpool_limits(limits=self.n_threads, user_api="openmp"):
            if self.method in ("blend", "logistic"):
                self.models_.append(clone(self._logistic()).fit(X, y))
            if self.method in ("blend", "trees"):
                self.models_.append(self._trees(positives).fit(X, y))
        return self

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        X = _as_frame(X, list(self.feature_names_in_))[list(self.feature_names_in_)]
        with threadpool_limits(limits=self.n_threads, user_api="openmp"):
            p = np.mean([m.predict_proba(X)[:, 1] for m in self.models_], axis=0)
        return np.column_stack([1 - p, p])

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def explain(self, row: pd.DataFrame, top: int = 5) -> list[dict]:
        """Top features of one row by how much the probability moves when the feature is set
        to its training median: model-agnostic, so it reads the same for the blend."""
        row = _as_frame(row)[list(self.feature_names_in_)].iloc[[0]]
        base = float(self.predict_proba(row)[0, 1])
        probes = pd.concat([row] * len(self.feature_names_in_), ignore_index=True)
        for i, name in enumerate(self.feature_names_in_):
            probes.loc[i, name] = self.medians_[i]
        moved = base - self.predict_proba(probes)[:, 1]
        order = np.argsort(-np.abs(moved))[:top]
        return [
            {
                "feature": str(self.feature_names_in_[i]),
                "value": round(float(row.iloc[0, i]), 4),
                "typical": round(float(self.medians_[i]), 4),
                "effect": round(float(moved[i]), 4),
                "direction": "raises" if moved[i] > 0 else "lowers",
            }
            for i in order
            if moved[i] != 0
        ]


class ScoreBaseline(ClassifierMixin, BaseEstimator):
    """One column of the feature matrix as the score, calibrated on the training window."""

    def __init__(self, column: str = "level_ratio") -> None:
        self.column = column

    def fit(self, X: pd.DataFrame, y: np.ndarray | pd.Series) -> ScoreBaseline:
        if self.column not in X:
            raise ValueError(f"feature matrix lacks column {self.column!r}")
        y = np.asarray(y, dtype=int)
        self.classes_ = np.array([0, 1])
        if len(np.unique(y)) < 2:
            self.model_: Classifier = _ConstantModel(float(y.mean()) if len(y) else 0.0)
        else:
            self.model_ = LogisticRegression(C=1e4, max_iter=1000).fit(X[[self.column]], y)
        return self

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        return self.model_.predict_proba(X[[self.column]])


def baselines() -> dict[str, ScoreBaseline]:
    return {
        "persistence": ScoreBaseline("level_ratio"),
        "trailing_mean": ScoreBaseline("civ_fat_3"),
    }
