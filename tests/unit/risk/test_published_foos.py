"""EWP's own fully-out-of-sample forecasts, scored by Tocsin's harness, give EWP's figures."""

from __future__ import annotations

import pytest

from tests.shared_data import shared_file
from tocsin.risk.ewp_data import load_foos
from tocsin.risk.scoring import score


def test_ewp_published_foos_scores_reproduce_auc_0825_and_27_of_39() -> None:
    foos = load_foos(shared_file("ewp/FOOSforecasts_3Sep2025.csv"))
    scores = score(foos)
    # EWP FOOS protocol, 2025 assessment: 5,032 country-years 1994-2024, 39 onsets.
    assert scores.n == 5032
    assert scores.onsets == 39
    assert round(scores.auc, 3) == 0.825
    assert scores.caught[30] == 27
    assert scores.recall30 == pytest.approx(27 / 39)
    assert ("Libya", 2011) in {(m.ewp_name, m.year) for m in scores.missed30}
