import json
from pathlib import Path

from typer.testing import CliRunner

from tests.shared_data import shared_file
from tocsin.cli.escalation import app


def test_evaluate_prints_the_table_and_writes_json(tmp_path: Path) -> None:
    path = shared_file("events/acled/acled_asia_2015-2016_legacy.csv")
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["evaluate", "--acled", str(path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "persistence" in result.output and "trailing_mean" in result.output
    figures = json.loads(out.read_text())
    assert figures[0]["scores"]["tocsin"]["n"] > 0


def test_evaluate_reports_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--acled", str(tmp_path / "none.csv")])
    assert result.exit_code != 0 and "no such file" in result.output
