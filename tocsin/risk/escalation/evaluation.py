"""Time-ordered evaluation: an expanding window rolled forward month by month.

For each test month T: train on every place-month t whose outcome was known by the end of T
(t + horizon <= T, so the training labels never read a month after T), then predict the
place-months of T and score them once their outcome is known. Refitting every month is
exact; `refit_every=k` reuses a model for the next k-1 months (its training cut-off stays at
the month it was fitted, so it only sees less, never more). Scores are pooled over all test
place-months. The same loop runs Tocsin's model and the baselines on identical rows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from tocsin.risk.escalation.features import build_features
from tocsin.risk.escalation.model import EscalationModel, baselines
from tocsin.risk.escalation.panel import is_place, unit_keys
from tocsin.risk.escalation.target import TargetSpec, escalation_target
from tocsin.risk.estimator import Classifier, Estimator


@dataclass
class Scores:
    n: int
    positives: int
    auc: float
    pr_auc: float
    brier: float

    @classmethod
    def of(cls, y: np.ndarray, p: np.ndarray) -> Scores:
        y = np.asarray(y, dtype=int)
        both = 0 < y.sum() < len(y)
        return cls(
            n=len(y),
            positives=int(y.sum()),
            auc=float(roc_auc_score(y, p)) if both else math.nan,
            pr_auc=float(average_precision_score(y, p)) if both else math.nan,
            brier=float(brier_score_loss(y, p)) if len(y) else math.nan,
        )


@dataclass
class Evaluation:
    name: str
    level: str
    spec: TargetSpec
    first_month: str | None
    last_month: str | None
    scores: dict[str, Scores] = field(default_factory=dict)
    predictions: pd.DataFrame | None = None

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "level": self.level,
            "target": self.spec.as_dict(),
            "test_months": [self.first_month, self.last_month],
            "scores": {k: vars(v) for k, v in self.scores.items()},
        }


def prepare(panel: pd.DataFrame, level: str, spec: TargetSpec) -> tuple[pd.DataFrame, pd.Series]:
    """Features and target of a dense panel, aligned row for row; the target is unknown (NaN)
    on rows that are no place (`is_place`), so they are never trained on or scored."""
    keys = unit_keys(level)
    features = build_features(panel, keys)
    target = escalation_target(panel, keys, spec).where(is_place(panel, level))
    return features, target


def _month_index(months: pd.Series) -> np.ndarray:
    stamps = pd.to_datetime(months)
    return (stamps.dt.year * 12 + stamps.dt.month - 1).to_numpy()


def default_estimators() -> dict[str, Estimator]:
    return {"tocsin": EscalationModel(), **baselines()}


def rolling_evaluation(
    panel: pd.DataFrame,
    level: str,
    spec: TargetSpec | None = None,
    estimators: Mapping[str, Estimator] | None = None,
    *,
    name: str = "",
    min_train_positives: int = 5,
    refit_every: int = 1,
    start: str | None = None,
) -> Evaluation:
    """Roll the expanding window over a dense panel; test months begin once the training
    window holds `min_train_positives` escalations (and not before `start`, 'YYYY-MM')."""
    spec = spec or TargetSpec()
    estimators = dict(estimators or default_estimators())
    features, target = prepare(panel, level, spec)
    month = _month_index(panel["month"])
    known = target.notna().to_numpy()
    y = target.fillna(0).to_numpy(dtype=int)
    first_allowed = _month_index(pd.Series([pd.Timestamp(start + "-01")]))[0] if start else -1
    rows: list[pd.DataFrame] = []
    fitted: dict[str, Classifier] = {}
    fitted_at: int | None = None
    for test in np.unique(month[known]):
        train = known & (month + spec.horizon <= test)
        if test < first_allowed or y[train].sum() < min_train_positives:
            continue
        if fitted_at is None or test - fitted_at >= refit_every:
            fitted = {k: clone(e).fit(features[train], y[train]) for k, e in estimators.items()}
            fitted_at = test
        now = known & (month == test)
        block = panel.loc[now, [*unit_keys(level), "month"]].copy()
        block["y"] = y[now]
        for key, model in fitted.items():
            block[key] = model.predict_proba(features[now])[:, 1]
        rows.append(block)
    result = Evaluation(name, level, spec, None, None)
    if not rows:
        return result
    predictions = pd.concat(rows, ignore_index=True)
    result.predictions = predictions
    result.first_month = predictions["month"].min().strftime("%Y-%m")
    result.last_month = predictions["month"].max().strftime("%Y-%m")
    result.scores = {k: Scores.of(predictions["y"], predictions[k]) for k in estimators}
    return result
