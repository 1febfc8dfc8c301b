"""Would-be forecasts and their scores on a case small enough to work out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from tocsin.risk.foos import would_be_forecasts
from tocsin.risk.scoring import auc_by_history, recall_at, score


def _hand_case() -> tuple[pd.DataFrame, pd.DataFrame]:
    predictions = pd.DataFrame(
        {
            "ewp_name": ["A", "B", "C", "A", "B", "C"],
            "year": [2000, 2000, 2000, 2001, 2001, 2001],
            "risk": [0.5, 0.2, 0.1, 0.4, 0.3, 0.05],
            "rank": [1, 2, 3, 1, 2, 3],
        }
    )
    panel = pd.DataFrame(
        {
            "ewp_name": ["A", "B", "C", "D"] * 3,
            "ccode": [1, 2, 3, 4] * 3,
            "year": [2001] * 4 + [2002] * 4 + [2003] * 4,
            # B begins a mass killing in 2002, C in 2003; D has no forecast at all.
            "mk_onset": [0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0],
        }
    )
    return predictions, panel


def test_would_be_forecast_is_max_risk_and_best_rank_of_the_two_prior_years() -> None:
    predictions, panel = _hand_case()
    frame = would_be_forecasts(predictions, panel).set_index(["ewp_name", "year"])
    assert frame.loc[("A", 2002), "maxrisk2"] == 0.5  # 2000's 0.5 beats 2001's 0.4
    assert frame.loc[("B", 2002), "maxrisk2"] == 0.3
    assert frame.loc[("C", 2003), "maxrisk2"] == 0.05  # only 2001 is within two years
    assert frame.loc[("B", 2001), "minrank2"] == 2
    assert frame.loc[("D", 2002), "maxrisk2"] != frame.loc[("D", 2002), "maxrisk2"]  # NaN


def test_auc_and_recall_match_the_hand_computation() -> None:
    predictions, panel = _hand_case()
    scores = score(would_be_forecasts(predictions, panel))
    # Nine scored rows (D never forecast), two onsets. B 2002 (0.3) is above B 2001 (0.2),
    # C 2001 and C 2002 (0.1), ties B 2003 (0.3): 3.5 of 7 negatives. C 2003 (0.05) is below
    # all 7. AUC = 3.5 / 14.
    assert scores.n == 9
    assert scores.onsets == 2
    assert scores.auc == pytest.approx(0.25)
    wb = would_be_forecasts(predictions, panel)
    assert recall_at(wb, 1) == (0, 2)
    assert recall_at(wb, 2) == (1, 2)
    assert recall_at(wb, 3) == (2, 2)
    assert scores.recall30 == 1.0
    assert scores.missed30 == []


def test_missed_onsets_name_country_year_and_best_rank() -> None:
    predictions, panel = _hand_case()
    predictions = predictions.assign(rank=predictions["rank"] * 20)  # ranks 20, 40, 60
    scores = score(would_be_forecasts(predictions, panel))
    assert scores.caught[30] == 0
    assert [(m.ewp_name, m.year, m.best_rank) for m in scores.missed30] == [
        ("B", 2002, 40),
        ("C", 2003, 60),
    ]


def test_scoring_without_onsets_is_refused() -> None:
    predictions, panel = _hand_case()
    with pytest.raises(ValueError, match="both onsets and non-onsets"):
        score(would_be_forecasts(predictions, panel.assign(mk_onset=0)))


def test_auc_splits_exactly_into_the_four_kinds_of_pair() -> None:
    rng = np.random.default_rng(3)
    n = 400
    panel = pd.DataFrame(
        {
            "ewp_name": [f"C{i}" for i in range(n)] * 2,
            "year": [2000] * n + [2001] * n,
            "mk_ongoing_count_log2": np.r_[rng.integers(0, 2, n), np.zeros(n)],
        }
    )
    under_way = panel["mk_ongoing_count_log2"].to_numpy()[:n] > 0
    onset = rng.random(n) < np.where(under_way, 0.3, 0.05)
    # Rounded risks, so that ties occur and must count half.
    risk = np.round(rng.random(n) + 0.5 * onset + 0.3 * under_way, 1)
    would_be = pd.DataFrame(
        {"ewp_name": panel["ewp_name"][:n], "year": 2001, "maxrisk2": risk,
         "mk_onset": onset.astype(int)}
    )
    groups = auc_by_history(would_be, panel)
    assert {(g.onsets, g.non_onsets) for g in groups} == {
        (a, b) for a in ("under way", "none") for b in ("under way", "none")
    }
    assert sum(g.pairs for g in groups) == onset.sum() * (~onset).sum()
    pooled = sum(g.pairs * g.ranked_right for g in groups) / sum(g.pairs for g in groups)
    assert pooled == pytest.approx(roc_auc_score(onset, risk))
    within = {(g.onsets, g.non_onsets): g.ranked_right for g in groups}
    mask = under_way
    assert within[("under way", "under way")] == pytest.approx(
        roc_auc_score(onset[mask], risk[mask])
    )
