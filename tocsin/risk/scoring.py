"""Scores of would-be forecasts under the EWP FOOS protocol.

ROC AUC is over all scored country-years (those with a would-be forecast, ``maxrisk2``), as in
EWP's model script (pROC). Recall@k is the share of onsets whose country ranked in the top k in
one of the two years before (``minrank2 <= k``): a monitor reading the top-k list each year would
have had the country on it. The Brier score of the would-be forecast is kept for comparison
between models only: ``maxrisk2`` is a two-year risk set against a one-year outcome, so its level
is not a calibration check; :func:`calibration` scores the window predictions against the
outcome they are a probability of.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from tocsin.risk.ewp_data import TARGET

RECALL_DEPTHS: tuple[int, ...] = (10, 20, 30)


@dataclass(frozen=True)
class MissedOnset:
    ewp_name: str
    year: int
    best_rank: int | None


@dataclass(frozen=True)
class Calibration:
    """Window predictions against the two-year outcome they forecast (``mk_onset_1or2``)."""

    n: int
    brier: float
    expected_onsets: float
    observed_onsets: int
    log_loss: float


@dataclass(frozen=True)
class Scores:
    n: int
    onsets: int
    auc: float
    pr_auc: float
    brier: float
    recall10: float
    recall20: float
    recall30: float
    caught: dict[int, int]
    missed30: list[MissedOnset] = field(default_factory=list)
    calibration: Calibration | None = None

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["caught"] = {str(k): v for k, v in self.caught.items()}
        return data


def scored_rows(would_be: pd.DataFrame) -> pd.DataFrame:
    """Country-years that have a would-be forecast (EWP: 5,032 for 1994-2024)."""
    return would_be.loc[would_be["maxrisk2"].notna()].reset_index(drop=True)


def recall_at(would_be: pd.DataFrame, k: int) -> tuple[int, int]:
    """(onsets caught in the top ``k`` of one of the two prior years, onsets)."""
    onsets = scored_rows(would_be).query("mk_onset == 1")
    return int((onsets["minrank2"] <= k).sum()), len(onsets)


def score(would_be: pd.DataFrame, calibration: Calibration | None = None) -> Scores:
    rows = scored_rows(would_be)
    y = rows["mk_onset"].astype(int).to_numpy()
    risk = rows["maxrisk2"].to_numpy(dtype=float)
    if y.sum() == 0 or y.sum() == len(y):
        raise ValueError("scoring needs both onsets and non-onsets among the scored rows")
    onsets = rows.loc[y == 1]
    caught = {k: int((onsets["minrank2"] <= k).sum()) for k in RECALL_DEPTHS}
    missed = [
        MissedOnset(
            ewp_name=str(r.ewp_name),
            year=int(r.year),
            best_rank=None if pd.isna(r.minrank2) else int(r.minrank2),
        )
        for r in onsets.loc[~(onsets["minrank2"] <= 30)].itertuples(index=False)
    ]
    return Scores(
        n=len(rows),
        onsets=int(y.sum()),
        auc=float(roc_auc_score(y, risk)),
        pr_auc=float(average_precision_score(y, risk)),
        brier=float(brier_score_loss(y, risk)),
        recall10=caught[10] / len(onsets),
        recall20=caught[20] / len(onsets),
        recall30=caught[30] / len(onsets),
        caught=caught,
        missed30=sorted(missed, key=lambda m: (m.year, m.ewp_name)),
        calibration=calibration,
    )


@dataclass(frozen=True)
class PairGroup:
    """Onset / non-onset pairs of two kinds of country-year, and the share ranked right."""

    onsets: str  # "under way" or "none": a mass killing under way in the country the year before
    non_onsets: str
    pairs: int
    ranked_right: float


HISTORY_GROUPS = ("under way", "none")


def auc_by_history(would_be: pd.DataFrame, panel: pd.DataFrame) -> list[PairGroup]:
    """ROC AUC split by whether a mass killing was already under way the year before.

    AUC is the share of (onset, non-onset) pairs a model ranks right (ties count half), so it
    splits exactly into four kinds of pair. Half the protocol's onsets are new episodes in a
    country already in a mass killing, whose rows every model ranks high; this shows whether a
    model tells those apart from the rest of that group, and the fresh onsets from the
    quiet countries.
    """
    rows = scored_rows(would_be)
    before = panel[["ewp_name", "year", "mk_ongoing_count_log2"]].assign(year=panel["year"] + 1)
    rows = rows.merge(before, on=["ewp_name", "year"], how="left")
    group = np.where(rows["mk_ongoing_count_log2"].fillna(0) > 0, *HISTORY_GROUPS)
    risk = rows["maxrisk2"].to_numpy(dtype=float)
    onset = rows["mk_onset"].astype(int).to_numpy() == 1
    out = []
    for pos in HISTORY_GROUPS:
        p = np.sort(risk[onset & (group == pos)])
        for neg in HISTORY_GROUPS:
            n = np.sort(risk[~onset & (group == neg)])
            pairs = len(p) * len(n)
            if not pairs:
                continue
            below = np.searchsorted(n, p, side="left").sum()
            ties = (np.searchsorted(n, p, side="right") - np.searchsorted(n, p, side="left")).sum()
            out.append(PairGroup(pos, neg, pairs, float((below + 0.5 * ties) / pairs)))
    return out


def calibration(predictions: pd.DataFrame, panel: pd.DataFrame) -> Calibration:
    """Score window predictions against ``mk_onset_1or2`` of the predicted year.

    Only years whose two following years are in the panel count: EWP codes the outcome of the
    last two data years as 0 before it is known.
    """
    last_known = int(panel["year"].max()) - 2
    truth = panel.loc[panel["year"] <= last_known, ["ewp_name", "year", TARGET]]
    rows = predictions.merge(truth, on=["ewp_name", "year"], how="inner").dropna(subset=[TARGET])
    y = rows[TARGET].astype(int).to_numpy()
    p = np.clip(rows["risk"].to_numpy(dtype=float), 1e-12, 1 - 1e-12)
    return Calibration(
        n=len(rows),
        brier=float(np.mean((p - y) ** 2)),
        expected_onsets=float(p.sum()),
        observed_onsets=int(y.sum()),
        log_loss=float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))),
    )
