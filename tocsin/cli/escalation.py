"""`tocsin escalation`: store dynamic forecasts, and evaluate them against baselines.

A thin shell: each command parses its options, calls one function of
:mod:`tocsin.risk.escalation`, and prints the result with Rich.
"""

from __future__ import annotations

import json
import math
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly
from tocsin.cli.paths import writable
from tocsin.domain.errors import InvalidInput
from tocsin.risk.escalation.evaluation import Evaluation
from tocsin.risk.escalation.target import TargetSpec

if TYPE_CHECKING:
    from tocsin.risk.escalation.service import EscalationRun

app = typer.Typer(
    help="Dynamic forecast: escalation of violence against civilians in the next months.",
    no_args_is_help=True,
)
console = command_console()


def _f(value: float, digits: int = 3) -> str:
    return "-" if math.isnan(value) else f"{value:.{digits}f}"


def evaluation_table(results: list[Evaluation]) -> Table:
    """Tocsin beside persistence and trailing mean, per dataset, with AUC ratios."""
    table = Table(title="Dynamic escalation, expanding window (pooled test place-months)")
    table.add_column("dataset", overflow="fold")
    for column in ("test months", "rows", "pos"):
        table.add_column(column, justify="right")
    table.add_column("model", no_wrap=True, min_width=13)
    for column in ("ROC AUC", "PR AUC", "Brier"):
        table.add_column(column, justify="right")
    table.add_column("AUC ratio", justify="right")
    for result in results:
        months = f"{result.first_month}..{result.last_month}" if result.first_month else "-"
        ours = result.scores.get("tocsin")
        for i, (model, s) in enumerate(result.scores.items()):
            ratio = "" if model == "tocsin" or ours is None else _f(ours.auc / s.auc, 2)
            table.add_row(
                result.name if i == 0 else "",
                months if i == 0 else "",
                str(s.n) if i == 0 else "",
                str(s.positives) if i == 0 else "",
                model,
                _f(s.auc),
                _f(s.pr_auc),
                _f(s.brier, 4),
                ratio,
            )
        if not result.scores:
            table.add_row(result.name, "-", "0", "0", "too few escalations to evaluate")
    table.caption = "AUC ratio: Tocsin's ROC AUC divided by the baseline's."
    return table


def _as_of(value: str | None) -> date | None:
    """`--as-of` as a date: YYYY-MM (that month) or YYYY-MM-DD (its month)."""
    if not value:
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text + "-01" if len(text) == 7 else text)
    except ValueError:
        raise InvalidInput(
            f"--as-of: a month as YYYY-MM (or a day YYYY-MM-DD), not {value!r}"
        ) from None


def target_spec(horizon: int, ratio: float, min_count: float) -> TargetSpec:
    """The target from the options, refused when it would not mean a sharp rise: a ratio of 1
    or less counts a steady or falling level as escalation, and a floor under one death counts
    a quiet month; either would publish near-certain "escalation" and raise levels on it."""
    if horizon < 1:
        raise InvalidInput(f"--horizon: at least 1 month, not {horizon}")
    if not ratio > 1:
        raise InvalidInput(f"--ratio: more than 1 (a rise on the trailing level), not {ratio:g}")
    if not min_count >= 1:
        raise InvalidInput(f"--min-count: at least 1, not {min_count:g}")
    try:
        return TargetSpec(horizon=horizon, ratio=ratio, min_count=min_count)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def _countries(codes: list[str], shown: int = 12) -> str:
    more = len(codes) - shown
    return ", ".join(codes[:shown]) + (f" and {more} more" if more > 0 else "")


def _print_run(result: EscalationRun) -> None:
    if result.same_as is not None:
        console.print(result.summary())
    if result.total:
        console.print(
            f"stored {result.total} dynamic forecasts: "
            + ", ".join(f"{k} {v}" for k, v in result.stored.items())
            + f"; {result.level_changes} situation level "
            + ("change" if result.level_changes == 1 else "changes")
        )
    for period, countries in result.by_period().items():
        console.print(
            f"  {period.start} to {period.end} (data to {period.as_of}): {_countries(countries)}"
        )
    for country, day in sorted(result.partial.items()):
        console.print(
            f"  {country}: {day:%Y-%m} left out as partial (events end on {day}), "
            "forecast from the month before"
        )
    for level, reason in result.skipped.items():
        console.print(f"{level}: skipped ({reason})")


@app.command()
@friendly
def run(
    horizon: Annotated[int, typer.Option(help="months ahead")] = 3,
    ratio: Annotated[float, typer.Option(help="multiple of the trailing level")] = 2.0,
    min_count: Annotated[float, typer.Option(help="absolute floor (deaths)")] = 10.0,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="last month to forecast from, YYYY-MM (e.g. the last complete month); "
            "a country whose data ends earlier is forecast from its own last month",
        ),
    ] = None,
) -> None:
    """Forecast escalation for every country and admin1 area from the events in the store,
    each country for the months after its own last month with data."""
    from tocsin.bootstrap import open_store
    from tocsin.config import get_settings
    from tocsin.ingest.service import panels_for
    from tocsin.risk.escalation.service import run_escalation_forecast

    spec = target_spec(horizon, ratio, min_count)
    until = _as_of(as_of)
    settings = get_settings()
    store = open_store(settings)
    with console.status("forecasting"), tempfile.TemporaryDirectory() as tmp:
        # A copy, taken in turn with imports' refreshes: the forecast then holds none back.
        panels = panels_for(settings).copy_to(store, Path(tmp) / "panels.duckdb")
        result = run_escalation_forecast(store, panels, spec, as_of=until)
    _print_run(result)


@app.command()
@friendly
def evaluate(
    acled: Annotated[list[Path], typer.Option(help="ACLED export (repeatable)")],
    ged: Annotated[list[Path] | None, typer.Option(help="UCDP GED CSV (repeatable)")] = None,
    level: Annotated[str, typer.Option(help="admin1 or country")] = "admin1",
    refit_every: Annotated[int, typer.Option(help="months between refits")] = 3,
    json_out: Annotated[Path | None, typer.Option("--json", help="write figures")] = None,
) -> None:
    """Time-ordered evaluation on event files: Tocsin vs persistence vs trailing mean."""
    from tocsin.risk.escalation.panel import LEVELS
    from tocsin.risk.escalation.runs import EvaluationSet, evaluate_sets

    if level not in LEVELS:
        raise InvalidInput(f"--level: one of {', '.join(LEVELS)}, not {level!r}")
    if refit_every < 1:
        raise InvalidInput(f"--refit-every: at least 1 month, not {refit_every}")
    writable(json_out, "--json")
    sets = [EvaluationSet(p.name, (("acled", p),), level, refit_every) for p in acled]
    sets += [EvaluationSet(p.name, (("ged", p),), level, refit_every) for p in ged or []]
    with console.status("evaluating"):
        results = evaluate_sets(sets)
    console.print(evaluation_table(results))
    if json_out:
        json_out.write_text(json.dumps([r.as_dict() for r in results], indent=2))
