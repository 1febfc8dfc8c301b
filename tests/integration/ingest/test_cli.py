"""`tocsin import ...` and `tocsin export events`, as a person runs them."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner


def test_import_then_export_from_the_command_line(
    cli: typer.Typer, benin: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    rejects = tmp_path / "rejects.csv"
    done = runner.invoke(cli, ["import", "acled", str(benin), "--rejects", str(rejects)])
    assert done.exit_code == 0, done.output
    assert "811 rows read: 811 taken" in done.output
    assert rejects.read_text().startswith("file,line,field,reason")

    out = tmp_path / "ben.hxl.csv"
    exported = runner.invoke(
        cli,
        [
            "export",
            "events",
            "--format",
            "hxl",
            "--country",
            "BEN",
            "--since",
            "2022-01-01",
            "-o",
            str(out),
        ],
    )
    assert exported.exit_code == 0, exported.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("#event+id,#meta+dataset,#event+code,#date+occurred")
    assert (tmp_path / "data" / "panels.duckdb").exists()


def test_errors_are_one_clear_line_and_a_non_zero_exit(
    cli: typer.Typer, ged191: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    wrong = runner.invoke(cli, ["import", "acled", str(ged191)])
    assert wrong.exit_code != 0
    assert "not an ACLED export" in wrong.output and "Traceback" not in wrong.output
    missing = runner.invoke(cli, ["import", "ged", str(tmp_path / "nope.csv")])
    assert missing.exit_code != 0 and "no such file" in missing.output
    assert len(missing.output.strip().splitlines()) == 1, "a long path must not wrap the line"
    odd = runner.invoke(cli, ["import", "ged", str(tmp_path / "[red]ged.csv")])
    assert odd.exit_code != 0 and "[red]ged.csv" in odd.output, "a file name is not markup"
    bad_date = runner.invoke(cli, ["export", "events", "--since", "yesterday"])
    assert bad_date.exit_code != 0 and "YYYY-MM-DD" in bad_date.output
