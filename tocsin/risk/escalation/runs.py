"""Evaluate on published event files: import each into a throw-away store, roll the window.

Shared by `tocsin escalation evaluate` and `bench/escalation.py`, so the command and the
benchmark print the same figures for the same files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tocsin.domain.errors import InvalidInput
from tocsin.risk.escalation.evaluation import Evaluation, rolling_evaluation
from tocsin.risk.escalation.panel import panels_from_files
from tocsin.risk.escalation.target import TargetSpec


@dataclass(frozen=True)
class EvaluationSet:
    name: str
    files: tuple[tuple[str, Path], ...]  # (dataset, path): "acled", "ged", "gdelt"
    level: str = "admin1"
    refit_every: int = 1


def evaluate_set(
    item: EvaluationSet, spec: TargetSpec | None = None, min_train_positives: int = 5
) -> Evaluation:
    for _, path in item.files:
        if not Path(path).is_file():
            raise InvalidInput(f"{path}: no such file")
    panel = panels_from_files(item.files)[item.level]
    return rolling_evaluation(
        panel,
        item.level,
        spec or TargetSpec(),
        name=item.name,
        min_train_positives=min_train_positives,
        refit_every=item.refit_every,
    )


def evaluate_sets(
    items: Iterable[EvaluationSet], spec: TargetSpec | None = None
) -> list[Evaluation]:
    return [evaluate_set(item, spec) for item in items]


def standard_sets(shared: Path) -> list[EvaluationSet]:
    """The real files of ../shared/data used by the benchmark (see docs/escalation.md)."""
    acled, ged = shared / "events" / "acled", shared / "events" / "ged"
    return [
        EvaluationSet(
            "ACLED Burkina Faso 1997-2020",
            (("acled", acled / "acled_burkina_faso_1997-2020.csv"),),
            refit_every=3,
        ),
        EvaluationSet(
            "ACLED South/South-East Asia 2015",
            (("acled", acled / "acled_asia_2015-2016_legacy.csv"),),
        ),
        EvaluationSet(
            "UCDP GED Myanmar + Bangladesh 1989-2018",
            (("ged", ged / "ged191_myanmar_bangladesh_1989-2018.csv"),),
            refit_every=12,
        ),
    ]
