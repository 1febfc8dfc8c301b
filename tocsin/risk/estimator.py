"""What the risk code asks of a scikit-learn style estimator, for the type checker.

scikit-learn ships no type information, and any object with these methods will do: the
estimators below, a pipeline, a calibrated classifier, a constant stand-in.
"""

from __future__ import annotations

from typing import Protocol, Self

import numpy as np
import pandas as pd


class Classifier(Protocol):
    """A fitted model: class probabilities for each row, column 1 the event."""

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray: ...


class Estimator(Classifier, Protocol):
    """A model still to fit on training rows; `fit` returns the fitted model itself."""

    def fit(self, X: pd.DataFrame, y: np.ndarray) -> Self: ...
