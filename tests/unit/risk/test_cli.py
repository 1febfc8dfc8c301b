"""`tocsin forecast`: readable errors without tracebacks, and a ranking table."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.shared_data import shared_file
from tocsin.cli import data as data_cli
from tocsin.cli import forecast as forecast_cli
from tocsin.config import get_settings

runner = CliRunner()


def test_evaluate_with_a_wrong_file_prints_the_problem_and_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("ewp_name,year\nA,2000\n")
    result = runner.invoke(forecast_cli.app, ["evaluate", "--data", str(bad)])
    assert result.exit_code == 2
    assert "missing column(s)" in result.output
    assert "Traceback" not in result.output


def test_run_prints_the_ranking_and_writes_json(panel, tmp_path: Path, monkeypatch) -> None:
    from tests.unit.risk.test_current import SMALL
    from tocsin.risk import current

    original = current.current_forecast
    monkeypatch.setattr(
        current, "current_forecast", lambda data, pub: original(data, pub, estimator=SMALL)
    )
    data = tmp_path / "panel.csv"
    panel.to_csv(data, index=False)
    out = tmp_path / "forecast.json"
    result = runner.invoke(forecast_cli.app, ["run", "--data", str(data), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "Country" in result.output
    assert '"data_year": 2000' in out.read_text()


def test_fetch_from_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(
        data_cli.app, ["fetch", "ewp", "--dest", str(tmp_path), "--from", str(tmp_path / "none")]
    )
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_evaluate_writes_json_predictions_and_plots(tmp_path: Path, monkeypatch) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from tests.unit.risk.conftest import make_panel
    from tocsin.risk import evaluation
    from tocsin.risk.features import structural_features
    from tocsin.risk.structural import StructuralRiskModel

    fast = [
        evaluation.Candidate(
            "ewp_replication", make_pipeline(StandardScaler(), LogisticRegression(C=0.1))
        ),
        evaluation.Candidate(
            "tocsin",
            StructuralRiskModel(rounds_grid=(10,), ridge_grid=(0.1,), min_validation_onsets=3),
            structural_features,
        ),
    ]
    monkeypatch.setattr(evaluation, "default_candidates", lambda: fast)
    data = tmp_path / "panel.csv"
    make_panel(countries=8, first=1960, last=2024, seed=3).to_csv(data, index=False)
    out = tmp_path / "scores.json"
    predictions = tmp_path / "predictions.csv"
    args = ["evaluate", "--data", str(data), "--json", str(out)]
    args += ["--predictions", str(predictions), "--plots", str(tmp_path / "plots")]
    result = runner.invoke(forecast_cli.app, args)
    assert result.exit_code == 0, result.output
    assert "ranked right" in result.output  # AUC split by a mass killing under way before
    scores = json.loads(out.read_text())
    assert set(scores) == {"ewp_replication", "tocsin"}
    for block in scores.values():
        assert {"auc", "pr_auc", "brier", "recall10", "recall20", "recall30"} <= set(block)
    rows = pd.read_csv(predictions)
    assert list(rows.columns) == ["ewp_name", "year", "risk"]
    assert rows["year"].between(1993, 2023).all()  # scored years t + 2 of windows 1991-2021
    assert not rows.duplicated(["ewp_name", "year"]).any()
    assert (tmp_path / "plots" / "roc.png").stat().st_size > 0
    assert (tmp_path / "plots" / "recall.png").stat().st_size > 0


@pytest.fixture
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of the test's own for commands that read the settings."""
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def test_run_reads_the_fetched_copy_when_no_file_is_named(own_data_dir: Path) -> None:
    """`tocsin data fetch ewp` then `tocsin forecast run`: no paths to type; the published
    forecast fetched with the panel is compared with."""
    missing = runner.invoke(forecast_cli.app, ["run", "--no-store"])
    assert missing.exit_code == 2 and "tocsin data fetch ewp" in missing.output
    folder = shared_file("ewp/prepared2024predictors-2025-09-03.csv").parent
    fetched = runner.invoke(data_cli.app, ["fetch", "ewp", "--from", str(folder)])
    assert fetched.exit_code == 0, fetched.output
    assert (own_data_dir / "ewp" / "final_forecasts_data_3Sep2025.csv").is_file()
    result = runner.invoke(forecast_cli.app, ["run", "--no-store", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Against EWP's published ranking" in result.output


def _refused(args: list[str], message: str) -> None:
    result = runner.invoke(forecast_cli.app, args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_evaluate_checks_the_json_path_before_the_long_run(tmp_path: Path, monkeypatch) -> None:
    from tocsin.risk import evaluation

    def never(*args, **kwargs):
        raise AssertionError("the evaluation ran before the output path was checked")

    monkeypatch.setattr(evaluation, "evaluate", never)
    from tests.unit.risk.conftest import make_panel

    data = tmp_path / "panel.csv"
    make_panel(countries=3, first=1985, last=2000).to_csv(data, index=False)
    missing = str(tmp_path / "none" / "x.json")
    _refused(["evaluate", "--data", str(data), "--json", missing], "there is no folder")
    _refused(["run", "--data", str(data), "--json", missing, "--no-store"], "there is no folder")


def test_evaluate_refuses_a_panel_the_protocol_cannot_score(tmp_path: Path) -> None:
    """A panel that ends in 1990 gave "cannot convert float NaN to integer"; one that starts
    in 2015 was scored under the title "would-be forecasts 1994-2024"."""
    from tests.unit.risk.conftest import make_panel

    early = tmp_path / "early.csv"
    make_panel(countries=3, first=1970, last=1990).to_csv(early, index=False)
    _refused(["evaluate", "--data", str(early)], "the panel ends in 1990")
    late = tmp_path / "late.csv"
    make_panel(countries=3, first=2015, last=2024).to_csv(late, index=False)
    _refused(["evaluate", "--data", str(late)], "the panel starts in 2015")


def test_infinite_values_and_non_utf8_files_are_named_by_column_and_line(tmp_path: Path) -> None:
    from tests.unit.risk.conftest import make_panel

    frame = make_panel(countries=2, first=1990, last=1992)
    frame.loc[3, "efindex"] = float("inf")
    inf = tmp_path / "inf.csv"
    frame.to_csv(inf, index=False)
    _refused(["run", "--data", str(inf), "--no-store"], "efindex (line 5)")
    latin = tmp_path / "latin1.csv"
    text = make_panel(countries=2, first=1990, last=1992).to_csv(index=False)
    latin.write_bytes(text.replace("Country 01", "Côte 01", 1).encode("latin-1"))
    line = 1 + text.split("Country 01")[0].count("\n")
    _refused(["run", "--data", str(latin), "--no-store"], f"line {line} has byte 0xf4")


def test_run_warns_when_the_published_forecast_is_for_other_years(
    panel, tmp_path: Path, monkeypatch
) -> None:
    """A panel of 2000 data forecasts 2001-2002; EWP's file of another release is neither
    compared with it nor put beside it as "EWP rank"."""
    from tests.unit.risk.test_current import SMALL, _published
    from tocsin.risk import current

    original = current.current_forecast
    monkeypatch.setattr(
        current, "current_forecast", lambda data, pub: original(data, pub, estimator=SMALL)
    )
    data, published = tmp_path / "panel.csv", tmp_path / "published.csv"
    panel.to_csv(data, index=False)
    _published(panel, data_year=2001).to_csv(published, index=False)
    out = tmp_path / "forecast.json"
    result = runner.invoke(
        forecast_cli.app,
        ["run", "--data", str(data), "--published", str(published), "--json", str(out),
         "--no-store"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "not compared" in result.output
    assert "Against EWP's published ranking" not in result.output
    assert all(c["ewp_rank"] is None for c in json.loads(out.read_text())["countries"])


def test_the_ranking_table_shows_drivers_in_the_units_they_count() -> None:
    """The model reads log2(count + 1); the table, like the pages, says how many."""
    from tocsin.risk.explain import Driver

    ongoing = Driver(
        predictor="mk_ongoing_count_log2",
        label="mass killings under way",
        value=2.0,  # log2(3 + 1): three episodes
        typical=0.0,
        effect=0.8,
        risk_factors=(2, 11),
    )
    cell = forecast_cli.drivers_cell([ongoing])
    assert "(3; typical 0;" in cell and "2, 11" not in cell and "2,11" in cell
