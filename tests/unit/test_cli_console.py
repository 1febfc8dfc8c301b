"""Tables printed by the commands keep every figure when piped to a file or a program."""

from __future__ import annotations

from rich.table import Table

from tocsin.cli.console import command_console


def test_a_wide_table_is_not_cut_when_piped(capsys):
    table = Table("model", "ROC AUC", "PR AUC", "Brier (maxrisk2)", "recall@10", "recall@20")
    table.add_column("recall@30")
    table.add_column("onsets missed at depth 30")
    table.add_row(
        "EWP replication (elastic net; glmnet-style solver)",
        "0.827",
        "0.031",
        "0.00863",
        "0.308 (12)",
        "0.538 (21)",
        "0.692 (27)",
        "Russia 1994, Nepal 1995, Nepal 1996",
    )
    command_console().print(table)  # pytest captures stdout: not a terminal
    printed = capsys.readouterr().out
    assert "…" not in printed
    assert "Brier (maxrisk2)" in printed and "0.692 (27)" in printed
