"""Held-out checks for models learned from analysts' decisions alone.

A few dozen decisions, mostly of one kind, make a confident model that is wrong on everything
else: after twenty answers about rallies and marches a learned model called a rat in the
street incitement, and an event-type model from one riot typed a battle as a riot at 0.89.
So before such a model replaces or joins the rules, each decision is predicted by a model
fitted on the others (stratified k-fold), and compared with what the rules say of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar, cast

import numpy as np

from tocsin.domain.errors import InvalidInput

T = TypeVar("T", bound=Hashable)

#: Folds of the cross-validation (fewer when a class has fewer decisions).
FOLDS = 5


class RulesKept(InvalidInput):
    """The model learned from decisions alone did not do better than the rules; the message
    says why, for `tocsin code learn` and the worker's log."""


def held_out_predictions(
    labels: Sequence[T],
    fit_predict: Callable[[np.ndarray, np.ndarray], Sequence[T]],
) -> list[T]:
    """Each decision's prediction by a model fitted on the other folds.

    ``fit_predict(train, test)`` fits on the decisions at the ``train`` indices and returns
    its predictions for those at ``test``."""
    from sklearn.model_selection import StratifiedKFold

    folds = min(FOLDS, min(Counter(labels).values()))
    if folds < 2:
        raise RulesKept("too few decisions of each kind to check a model on held-out ones")
    predicted: list[T | None] = [None] * len(labels)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for train, test in splitter.split(np.zeros(len(labels)), list(labels)):
        for i, guess in zip(test, fit_predict(train, test), strict=True):
            predicted[int(i)] = guess
    return cast(list[T], predicted)
