"""Evaluation harness: EWP's published forecasts, any estimator, one protocol, one table.

Every model goes through the same EWP FOOS protocol code (:mod:`tocsin.risk.foos`) and the same
scores (:mod:`tocsin.risk.scoring`): EWP's own published would-be forecasts read from their FOOS
file, the replication of their elastic net, and Tocsin's model. Models with a random element
are run over several seeds; the headline is the first seed and the spread is reported with it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from tocsin.risk.elastic_net import ElasticNetLogitCV
from tocsin.risk.ewp_data import EwpDataError
from tocsin.risk.features import structural_features
from tocsin.risk.foos import (
    EWP_PROTOCOL,
    FeatureBuilder,
    FoosProtocol,
    ewp_features,
    predictions_from_foos,
    run_foos,
    would_be_forecasts,
)
from tocsin.risk.scoring import Scores, calibration, score, scored_rows
from tocsin.risk.structural import StructuralRiskModel

HEADLINE_METRICS: tuple[str, ...] = ("auc", "pr_auc", "brier", "recall10", "recall20", "recall30")


@dataclass(frozen=True)
class Candidate:
    """A model to evaluate: an estimator (fit / predict_proba) and the inputs it reads."""

    name: str
    estimator: object
    features: FeatureBuilder = ewp_features
    #: Whether the estimator has randomness worth running over several seeds.
    seeded: bool = True


@dataclass
class ModelResult:
    name: str
    scores: Scores
    would_be: pd.DataFrame
    predictions: pd.DataFrame | None = None
    seconds: float = 0.0
    seed_scores: list[Scores] = field(default_factory=list)

    def spread(self) -> dict[str, dict[str, float]]:
        """Mean, standard deviation, min and max of each headline metric over seeds."""
        out: dict[str, dict[str, float]] = {}
        runs = self.seed_scores or [self.scores]
        for metric in HEADLINE_METRICS:
            values = [float(getattr(s, metric)) for s in runs]
            out[metric] = {
                "mean": statistics.fmean(values),
                "sd": statistics.pstdev(values),
                "min": min(values),
                "max": max(values),
            }
        return out

    def as_dict(self) -> dict[str, object]:
        data = {metric: getattr(self.scores, metric) for metric in HEADLINE_METRICS}
        data.update(
            n=self.scores.n,
            onsets=self.scores.onsets,
            caught=self.scores.as_dict()["caught"],
            missed30=[
                {"ewp_name": m.ewp_name, "year": m.year, "best_rank": m.best_rank}
                for m in self.scores.missed30
            ],
            calibration=(self.scores.as_dict()["calibration"]),
            seconds=round(self.seconds, 1),
            seeds=len(self.seed_scores) or 1,
            spread=self.spread(),
        )
        return data


@dataclass
class Evaluation:
    results: dict[str, ModelResult]

    def as_json(self) -> dict[str, object]:
        return {name: result.as_dict() for name, result in self.results.items()}

    def years(self) -> tuple[int, int] | None:
        """The first and last year with a would-be forecast scored (EWP: 1994-2024)."""
        years = [
            int(y) for result in self.results.values() for y in scored_rows(result.would_be)["year"]
        ]
        return (min(years), max(years)) if years else None


def check_years(panel: pd.DataFrame, protocol: FoosProtocol = EWP_PROTOCOL) -> None:
    """Refuse a panel the protocol cannot score: its first window trains on the years up to
    `first_window`, and its first would-be forecast needs the data of two years later."""
    first, last = int(panel["year"].min()), int(panel["year"].max())
    needed = protocol.first_window + protocol.horizon
    if last < needed:
        raise EwpDataError(
            f"the panel ends in {last}: the FOOS protocol's first window trains on the years to "
            f"{protocol.first_window} and forecasts {needed}, so it needs data to {needed} at least"
        )
    if first > protocol.first_window:
        raise EwpDataError(
            f"the panel starts in {first}: the FOOS protocol's first window trains on the years "
            f"to {protocol.first_window}, so it needs data from {protocol.first_window} or earlier"
        )


def default_candidates() -> list[Candidate]:
    """EWP's model as they specify it, and Tocsin's structural model."""
    return [
        Candidate("ewp_replication", ElasticNetLogitCV(), ewp_features, seeded=False),
        Candidate("tocsin", StructuralRiskModel(), structural_features, seeded=True),
    ]


def evaluate_published(foos: pd.DataFrame, panel: pd.DataFrame | None = None) -> ModelResult:
    """Score EWP's own would-be forecasts exactly as their FOOS file gives them."""
    started = time.perf_counter()
    cal = calibration(predictions_from_foos(foos), panel) if panel is not None else None
    scores = score(foos, cal)
    return ModelResult("ewp_published", scores, foos, None, time.perf_counter() - started, [scores])


def evaluate_model(
    panel: pd.DataFrame,
    candidate: Candidate,
    *,
    seeds: Sequence[int] = (0,),
    protocol: FoosProtocol = EWP_PROTOCOL,
    n_jobs: int = 1,
) -> ModelResult:
    """Run the FOOS protocol for one candidate (over ``seeds`` if it is seeded)."""
    started = time.perf_counter()
    runs: list[tuple[Scores, pd.DataFrame, pd.DataFrame]] = []
    for seed in seeds if candidate.seeded else seeds[:1]:
        predictions = run_foos(
            panel,
            candidate.estimator,
            features=candidate.features,
            protocol=protocol,
            random_state=seed if candidate.seeded else None,
            n_jobs=n_jobs,
        )
        would_be = would_be_forecasts(predictions, panel, protocol.horizon)
        runs.append((score(would_be, calibration(predictions, panel)), would_be, predictions))
    headline, would_be, predictions = runs[0]
    return ModelResult(
        candidate.name,
        headline,
        would_be,
        predictions,
        time.perf_counter() - started,
        [r[0] for r in runs],
    )


def evaluate(
    panel: pd.DataFrame,
    foos: pd.DataFrame | None = None,
    *,
    seeds: int = 1,
    candidates: Sequence[Candidate] | None = None,
    n_jobs: int = 1,
    protocol: FoosProtocol = EWP_PROTOCOL,
) -> Evaluation:
    """EWP published (when ``foos`` is given), then each candidate, in one run.

    ``protocol``: the EWP FOOS protocol by default; ``DEVELOPMENT_PROTOCOL`` runs the same on
    earlier years, for trying an idea without looking at the years the model is judged on."""
    check_years(panel, protocol)
    results: dict[str, ModelResult] = {}
    if foos is not None:
        results["ewp_published"] = evaluate_published(foos, panel)
    for candidate in candidates if candidates is not None else default_candidates():
        results[candidate.name] = evaluate_model(
            panel, candidate, seeds=range(max(seeds, 1)), protocol=protocol, n_jobs=n_jobs
        )
    return Evaluation(results)
