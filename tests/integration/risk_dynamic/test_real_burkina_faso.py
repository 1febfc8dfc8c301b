"""The evaluation on the real ACLED Burkina Faso export (imported with the real importer)."""

import math

from tests.shared_data import shared_file
from tocsin.risk.escalation.evaluation import rolling_evaluation
from tocsin.risk.escalation.panel import panels_from_files


def test_evaluation_on_burkina_faso_runs_and_gives_a_finite_auc() -> None:
    """On the panel a forecast would read, its partial last month left out."""
    path = shared_file("events/acled/acled_burkina_faso_1997-2020.csv")
    panel = panels_from_files([("acled", path)])["admin1"]
    assert panel["admin1"].nunique() == 13
    # The export's events end on 3 December 2020: December is unknown, not a quiet month
    # that would make September's three months ahead look calmer than they were.
    assert str(panel["month"].max())[:7] == "2020-11"
    result = rolling_evaluation(panel, "admin1", refit_every=12, start="2017-01", name="BFA")
    scores = result.scores["tocsin"]
    assert scores.positives > 10
    assert math.isfinite(scores.auc) and math.isfinite(scores.brier)
    assert set(result.scores) == {"tocsin", "persistence", "trailing_mean"}
