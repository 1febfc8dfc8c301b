"""`tocsin forecast`: evaluate and run the structural (EWP-format) forecast.

A thin shell: each command parses its options, calls one function of :mod:`tocsin.risk`, and
prints the result with Rich. Errors are printed as one line without a traceback, exit status 2
like the rest of the CLI; unwritable output paths and unreadable files are reported the same way.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly_files
from tocsin.cli.paths import writable
from tocsin.domain.errors import InvalidInput
from tocsin.risk.ewp_data import load_foos, load_panel, load_published

app = typer.Typer(
    help="Structural forecast of state-led mass-killing onset (EWP country-year data).",
    no_args_is_help=True,
)
console = command_console()


def scores_table(evaluation: object, title: str | None = None) -> Table:
    from tocsin.risk.evaluation import Evaluation

    assert isinstance(evaluation, Evaluation)
    if title is None:
        # The years actually scored: a panel shorter than EWP's scores fewer.
        years = evaluation.years()
        span = f"would-be forecasts {years[0]}-{years[1]}" if years else "no year scored"
        title = f"Structural forecast, EWP FOOS protocol ({span})"
    seeded = any(len(r.seed_scores) > 1 for r in evaluation.results.values())
    table = Table(title=title)
    table.add_column("model", no_wrap=True)
    for column in ("rows", "onsets", "ROC AUC", "PR AUC", "Brier", "R@10", "R@20", "R@30"):
        table.add_column(column, justify="right", no_wrap=True)
    if seeded:
        table.add_column("seeds: AUC / R@30 sd", justify="right")
    for name, result in evaluation.results.items():
        s = result.scores
        cells = [
            name,
            str(s.n),
            str(s.onsets),
            f"{s.auc:.3f}",
            f"{s.pr_auc:.3f}",
            f"{s.brier:.4f}",
            *(f"{getattr(s, f'recall{k}'):.3f} ({s.caught[k]})" for k in (10, 20, 30)),
        ]
        if seeded:
            spread = result.spread()
            sd_auc, sd_recall = spread["auc"]["sd"], spread["recall30"]["sd"]
            runs = len(result.seed_scores)
            cells.append(f"{runs}: {sd_auc:.3f} / {sd_recall:.3f}" if runs > 1 else "1")
        table.add_row(*cells)
    table.caption = (
        "R@k: share (count) of onsets whose country was in the top k a year or two before."
    )
    return table


def missed_table(evaluation: object) -> Table:
    table = Table(title="Onsets missed (not in the top 30 in either of the two prior years)")
    table.add_column("model")
    table.add_column("missed (country year, best rank)")
    for name, result in evaluation.results.items():  # type: ignore[attr-defined]
        listed = ", ".join(
            f"{m.ewp_name} {m.year} ({m.best_rank if m.best_rank is not None else '-'})"
            for m in result.scores.missed30
        )
        table.add_row(name, listed or "none")
    return table


def history_table(evaluation: object, panel: object) -> Table:
    """Where the ranking fails: AUC's pairs split by a mass killing under way the year before
    (see docs/methodology.md)."""
    from tocsin.risk.scoring import auc_by_history

    table = Table(
        title="Share of (onset, non-onset) pairs ranked right, by whether a mass "
        "killing was under way in the country the year before"
    )
    table.add_column("model")
    groups = {
        name: auc_by_history(r.would_be, panel)  # type: ignore[arg-type]
        for name, r in evaluation.results.items()  # type: ignore[attr-defined]
    }
    for g in next(iter(groups.values())):
        table.add_column(
            f"onset {g.onsets} vs non-onset {g.non_onsets} ({g.pairs:,} pairs)", justify="right"
        )
    for name, pairs in groups.items():
        table.add_row(name, *(f"{g.ranked_right:.3f}" for g in pairs))
    return table


@app.command()
@friendly_files
def evaluate(
    data: Annotated[Path, typer.Option(help="EWP prepared country-year panel (CSV)")],
    foos: Annotated[Path | None, typer.Option(help="EWP FOOS forecasts file, to score EWP")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="write scores as JSON")] = None,
    predictions: Annotated[
        Path | None, typer.Option(help="write Tocsin's window predictions (CSV)")
    ] = None,
    plots: Annotated[Path | None, typer.Option(help="folder for ROC and recall PNGs")] = None,
    seeds: Annotated[int, typer.Option(min=1, help="seeds for models with randomness")] = 1,
    jobs: Annotated[int, typer.Option(min=1, help="processes for the training windows")] = 1,
) -> None:
    """Score EWP's published forecasts, a replication of EWP's model and Tocsin's model."""
    from tocsin.risk.evaluation import check_years
    from tocsin.risk.evaluation import evaluate as run_evaluation
    from tocsin.risk.plots import recall_plot, roc_plot

    writable(json_out, "--json")
    writable(predictions, "--predictions")
    panel = load_panel(data)
    check_years(panel)
    published = load_foos(foos) if foos is not None else None
    with console.status("training 31 windows per model (EWP FOOS protocol)..."):
        evaluation = run_evaluation(panel, published, seeds=seeds, n_jobs=jobs)
    console.print(scores_table(evaluation))
    console.print(missed_table(evaluation))
    console.print(history_table(evaluation, panel))
    if json_out is not None:
        json_out.write_text(json.dumps(evaluation.as_json(), indent=2) + "\n")
        console.print(f"scores written to {json_out}")
    if predictions is not None:
        frame = evaluation.results["tocsin"].predictions
        assert frame is not None
        frame.loc[:, ["ewp_name", "year", "risk"]].to_csv(predictions, index=False)
        console.print(f"predictions written to {predictions}")
    if plots is not None:
        curves = {name: r.would_be for name, r in evaluation.results.items()}
        for written in (
            roc_plot(curves, plots / "roc.png"),
            recall_plot(curves, plots / "recall.png"),
        ):
            console.print(f"plot written to {written}")


def drivers_cell(drivers: list) -> str:
    """A country's first two drivers as the pages show them: in the units they count (3
    episodes of mass killing under way), not on the model's log and square-root scales."""
    from tocsin.risk.rankings import onset_drivers

    shown = onset_drivers([asdict(d) for d in drivers], top=2)
    return "; ".join(
        f"{d['label']} ({d['value']}; typical {d['typical']}; "
        f"{','.join(str(n) for n in d['risk_factors']) or '-'})"
        for d in shown
    )


def forecast_table(forecast: object, top: int) -> Table:
    from tocsin.risk.current import CurrentForecast

    assert isinstance(forecast, CurrentForecast)
    first, last = forecast.horizon
    table = Table(
        title=f"Risk of a state-led mass-killing onset in {first} or {last}"
        f" (data of {forecast.data_year})"
    )
    for column in (
        "rank",
        "country",
        "risk",
        "EWP rank",
        "pushes up (value; typical; FoA risk factors)",
        "pushes down",
    ):
        table.add_column(
            column, justify="right" if column in ("rank", "risk", "EWP rank") else "left"
        )

    listed = drivers_cell

    for country in forecast.countries[:top]:
        table.add_row(
            str(country.rank),
            country.ewp_name,
            f"{country.risk:.3f}",
            "" if country.ewp_rank is None else str(country.ewp_rank),
            listed(country.raising),
            listed(country.lowering),
        )
    return table


@app.command()
@friendly_files
def run(
    data: Annotated[
        Path | None,
        typer.Option(
            help="EWP prepared country-year panel (CSV); default: the copy `tocsin data fetch "
            "ewp` keeps in the data folder"
        ),
    ] = None,
    published: Annotated[
        Path | None,
        typer.Option(
            help="EWP published forecast (final_forecasts_data_*.csv); default: the fetched "
            "copy, if there is one"
        ),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="write the forecast as JSON")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="rows to print")] = 30,
    store: Annotated[
        bool, typer.Option(help="keep the forecast as Forecasts and reassess the situations")
    ] = True,
) -> None:
    """Rank countries by risk of a mass-killing onset in the two years after the data."""
    from tocsin.config import get_settings
    from tocsin.risk.current import current_forecast
    from tocsin.risk.ewp_data import fetched_path

    data_dir = get_settings().data_dir
    if data is None:
        data = fetched_path("panel", data_dir)
        if not data.is_file():
            raise InvalidInput(
                f"--data: no panel given and none fetched at {data}; run `tocsin data fetch "
                "ewp` or pass --data PATH"
            )
    if published is None and fetched_path("published", data_dir).is_file():
        published = fetched_path("published", data_dir)
    writable(json_out, "--json")
    panel = load_panel(data)
    theirs = load_published(published) if published is not None else None
    with console.status("training on all years with known outcomes..."):
        forecast = current_forecast(panel, theirs)
    console.print(forecast_table(forecast, top))
    if forecast.published_note:
        console.print(
            f"[bold yellow]warning:[/] {forecast.published_note}.", highlight=False, soft_wrap=True
        )
    if forecast.comparison is not None:
        c = forecast.comparison
        console.print(
            f"Against EWP's published ranking ({c.countries} countries): Spearman {c.spearman:.3f},"
            f" Kendall {c.kendall:.3f}, top-30 overlap {c.top30_overlap} of 30."
        )
    if json_out is not None:
        json_out.write_text(json.dumps(forecast.as_dict(), indent=2) + "\n")
        console.print(f"forecast written to {json_out}")
    if store:
        from tocsin.bootstrap import open_store
        from tocsin.risk.forecast_store import store_structural_forecast

        with open_store(migrate=True).uow(actor="cli:forecast") as uow:
            kept = store_structural_forecast(uow, forecast)
        console.print(kept.summary(), highlight=False, markup=False)
