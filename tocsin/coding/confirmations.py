"""A classifier that learns from the codings analysts confirmed.

The similarity prior knows only the wording of the taxonomy. Once analysts have confirmed some
(report text, indicator) pairs, a multinomial logistic regression on the sentence vectors of
those texts learns how *their* reports express each indicator. Its say in the final score grows
with the number of confirmations (``n / (n + prior_strength)``), so a handful of confirmations
nudges the ranking and a few hundred dominate it; indicators nobody has confirmed yet keep the
prior alone.
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from tocsin.coding.storage import load_trained, save_trained

FORMAT_VERSION = 1


class ConfirmationModel:
    """Estimator in the scikit-learn style: parameters in ``__init__``, learned state ends in _."""

    def __init__(self, C: float = 4.0, prior_strength: float = 30.0) -> None:
        self.C = C
        self.prior_strength = prior_strength

    def fit(self, vectors: np.ndarray, codes: list[str]) -> ConfirmationModel:
        if len(vectors) != len(codes):
            raise ValueError("one indicator code per confirmed text is needed")
        self.n_confirmations_ = len(codes)
        self.counts_ = Counter(codes)
        self.classes_ = np.array(sorted(self.counts_))
        self.model_: LogisticRegression | None = None
        if len(self.classes_) >= 2:
            self.model_ = LogisticRegression(C=self.C, max_iter=2000)
            with warnings.catch_warnings():
                # Early on most indicators have one or two confirmations each; scikit-learn
                # then warns that the labels look like a regression target, which they are not.
                warnings.filterwarnings("ignore", "The number of unique classes", UserWarning)
                self.model_.fit(vectors, codes)
            self.classes_ = self.model_.classes_
        return self

    @property
    def weight(self) -> float:
        """How much the learned view counts against the prior (0 until two codes are known)."""
        if getattr(self, "model_", None) is None:
            return 0.0
        n = float(self.n_confirmations_)
        return n / (n + self.prior_strength)

    def predict_proba(self, vectors: np.ndarray) -> np.ndarray:
        if getattr(self, "model_", None) is None:
            return np.zeros((len(vectors), len(getattr(self, "classes_", []))))
        assert self.model_ is not None
        return self.model_.predict_proba(vectors)

    def save(self, path: Path) -> None:
        save_trained(self, path, FORMAT_VERSION)

    @classmethod
    def load(cls, path: Path) -> ConfirmationModel:
        model: ConfirmationModel = load_trained(path, FORMAT_VERSION)[0]
        return model


def blend(prior: np.ndarray, codes: list[str], learned: ConfirmationModel | None,
          vector: np.ndarray) -> np.ndarray:
    """Mix the prior scores of all indicators with the learned probabilities for one report."""
    if learned is None or learned.weight == 0.0:
        return prior
    w = learned.weight
    proba = learned.predict_proba(vector[None, :])[0]
    position = {code: i for i, code in enumerate(codes)}
    mixed = prior.copy()
    for code, p in zip(learned.classes_, proba, strict=True):
        i = position.get(str(code))
        if i is not None:
            mixed[i] = (1.0 - w) * prior[i] + w * p
    return mixed
