"""Why a country's forecast is high or low: per-predictor effects on its risk.

The effect of a predictor is how much the country's log-odds of onset would fall if that one
predictor took the value of a typical country-year (the training median) while the others kept
their own. For a logistic model this is exactly coefficient x (value - median); for the
gradient-boosted part it is the same question asked of the whole model. It works for any
estimator with ``predict_proba``, so the explanation never depends on how the model is built.
Effects of different predictors do not add up to the total when the model has interactions;
they rank what pushes a country's risk up or down, which is what an analyst needs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from tocsin.risk.estimator import Classifier
from tocsin.risk.predictor_map import describe, level_input

_EPS = 1e-9

#: A driver is named only if it moves the country's log-odds by at least this much: 0.05 is a
#: 5% change in the odds of onset (0.2% risk becomes 0.21%). Smaller effects are noise of the
#: model (a region's conflict share a hair from typical) and would be read as risk factors.
MIN_EFFECT = 0.05


@dataclass(frozen=True)
class Driver:
    """One predictor's push on a country's forecast (log-odds; positive raises the risk)."""

    predictor: str
    label: str
    value: float
    typical: float
    effect: float
    risk_factors: tuple[int, ...]
    #: For a change that can only be shown with the level it changed to (a square root's:
    #: `predictor_scales.SquaredChange`), that level in the country and in a typical year.
    level: float | None = None
    typical_level: float | None = None


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


def _figure(value: object) -> float | None:
    """A figure to keep in JSON, which has no NaN."""
    number = float(value) if isinstance(value, (int, float, np.number)) else np.nan
    return None if np.isnan(number) else number


def reference_values(train_inputs: pd.DataFrame) -> pd.Series:
    """A typical country-year: the median of each input over the training rows."""
    return train_inputs.median(numeric_only=True)


def effects(model: Classifier, inputs: pd.DataFrame, reference: pd.Series) -> pd.DataFrame:
    """Log-odds effect of each input for each row (same index and columns as ``inputs``).

    All counterfactual rows go through one ``predict_proba`` call: rows x inputs predictions.
    """
    n, columns = len(inputs), list(inputs.columns)
    base = _logit(np.asarray(model.predict_proba(inputs))[:, 1])
    stacked = pd.concat([inputs] * len(columns), ignore_index=True)
    for k, column in enumerate(columns):
        stacked.iloc[k * n : (k + 1) * n, k] = reference.get(column, np.nan)
    swapped = _logit(np.asarray(model.predict_proba(stacked))[:, 1]).reshape(len(columns), n)
    return pd.DataFrame((base[None, :] - swapped).T, index=inputs.index, columns=columns)


def top_drivers(
    row_effects: pd.Series,
    values: pd.Series,
    reference: pd.Series,
    count: int = 5,
    min_effect: float = MIN_EFFECT,
) -> tuple[list[Driver], list[Driver]]:
    """The ``count`` strongest upward and downward drivers of one row, strongest first, each
    worded for the side of typical the row's value is on; effects under `min_effect` are left
    out."""
    ordered = row_effects.sort_values(kind="mergesort")

    def driver(name: str) -> Driver:
        info = describe(name)
        value, typical = float(values[name]), float(reference.get(name, np.nan))
        base = level_input(name) if info.scale.needs_level else None
        return Driver(
            predictor=name,
            label=info.worded(value, typical),
            value=value,
            typical=typical,
            effect=float(row_effects[name]),
            risk_factors=info.risk_factors,
            level=_figure(values.get(base)) if base else None,
            typical_level=_figure(reference.get(base)) if base else None,
        )

    up = [driver(n) for n in reversed(ordered.index) if ordered[n] >= min_effect][:count]
    down = [driver(n) for n in ordered.index if ordered[n] <= -min_effect][:count]
    return up, down
