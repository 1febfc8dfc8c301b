"""`tocsin import jobs` accounts for every row read, as the import's own summary does: a
file imported again shows its rows unchanged, not vanished."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from tests.integration.ingest.layouts import acled_row, write_acled


def test_import_jobs_lists_unchanged_and_skipped_rows(cli: typer.Typer, tmp_path: Path) -> None:
    path = write_acled(tmp_path / "ben.csv", [acled_row("BEN1"), acled_row("BEN2")])
    runner = CliRunner()
    for _ in range(2):
        done = runner.invoke(cli, ["import", "acled", str(path)])
        assert done.exit_code == 0, done.output
    listed = runner.invoke(cli, ["import", "jobs"])
    assert listed.exit_code == 0, listed.output
    header = next(line for line in listed.output.splitlines() if "dataset" in line)
    assert "unchanged" in header and "skipped" in header
    again = next(line for line in listed.output.splitlines() if line.strip("│ ").startswith("2 "))
    cells = [cell.strip() for cell in again.strip("│").split("│")]
    # job, dataset, file, status, read, taken, updated, unchanged, rejected, skipped, duplicates
    assert cells[4:10] == ["2", "0", "0", "2", "0", "0"]
