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


def _fails_at_once(args: list[str], message: str) -> None:
    """A one-line error naming the option, exit 2, no traceback and no work done."""
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_run_refuses_targets_that_are_no_sharp_rise() -> None:
    """--min-count -5 or --ratio 0 stored 179 forecasts of "escalation" that was nothing of
    the kind, and --horizon 0 ended in a traceback; each is refused before the store opens."""
    _fails_at_once(["run", "--horizon", "0"], "--horizon: at least 1 month")
    _fails_at_once(["run", "--horizon", "-1"], "--horizon: at least 1 month")
    _fails_at_once(["run", "--ratio", "0"], "--ratio: more than 1")
    _fails_at_once(["run", "--ratio", "1"], "--ratio: more than 1")
    _fails_at_once(["run", "--min-count", "-5"], "--min-count: at least 1")


def test_evaluate_checks_its_options_before_the_long_run(tmp_path: Path) -> None:
    path = str(shared_file("events/acled/acled_asia_2015-2016_legacy.csv"))
    _fails_at_once(["evaluate", "--acled", path, "--level", "foo"], "--level: one of")
    _fails_at_once(["evaluate", "--acled", path, "--refit-every", "0"], "--refit-every")
    _fails_at_once(["evaluate", "--acled", path, "--refit-every", "-2"], "--refit-every")
    missing = str(tmp_path / "no" / "dir" / "x.json")
    _fails_at_once(["evaluate", "--acled", path, "--json", missing], "there is no folder")
