"""Structural forecast benchmark on the EWP FOOS protocol (real data, 1994-2024).

    python bench/forecast_ewp.py               # 3 seeds for Tocsin, 2 processes
    python bench/forecast_ewp.py --seeds 5 --jobs 1
    python bench/forecast_ewp.py --development # windows 1977-1989 only, to try an idea

Side by side, measured in the same run: EWP's own published would-be forecasts (their FOOS
file), a replication of EWP's elastic-net model, and Tocsin's structural model, each trained in
the 31 windows of the EWP FOOS protocol and scored on the same 5,032 country-years and 39
onsets. Then Tocsin's current 2025-26 forecast against EWP's published ranking. The data are
read from ../shared/data; outputs (JSON, PNG) go to bench/out/, which is not committed.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from tocsin.cli.forecast import history_table, missed_table, scores_table  # noqa: E402
from tocsin.risk.current import current_forecast  # noqa: E402
from tocsin.risk.evaluation import HEADLINE_METRICS, evaluate  # noqa: E402
from tocsin.risk.ewp_data import load_foos, load_panel, load_published  # noqa: E402
from tocsin.risk.foos import DEVELOPMENT_PROTOCOL  # noqa: E402
from tocsin.risk.plots import recall_plot, roc_plot  # noqa: E402

EWP = ROOT.parent / "shared" / "data" / "ewp"
OUT = ROOT / "bench" / "out"


def ratio_table(results: dict, baseline: str = "ewp_published") -> Table:
    """Each model's figure over EWP's published one (Brier: lower is better)."""
    table = Table(title=f"Ratio to {baseline} (same run)")
    table.add_column("model")
    for metric in HEADLINE_METRICS:
        table.add_column(metric, justify="right")
    table.add_column("seconds", justify="right")
    base = results[baseline].scores
    for name, result in results.items():
        cells = [f"{getattr(result.scores, m) / getattr(base, m):.2f}" for m in HEADLINE_METRICS]
        table.add_row(name, *cells, f"{result.seconds:.0f}")
    return table


def spread_table(results: dict) -> Table:
    table = Table(title="Variation over seeds (mean ± sd \\[min, max])")
    table.add_column("model")
    for metric in ("auc", "pr_auc", "recall20", "recall30"):
        table.add_column(metric, justify="right")
    for name, result in results.items():
        spread = result.spread()
        cells = [
            f"{spread[m]['mean']:.3f} ± {spread[m]['sd']:.3f} [{spread[m]['min']:.3f}, "
            f"{spread[m]['max']:.3f}]"
            for m in ("auc", "pr_auc", "recall20", "recall30")
        ]
        table.add_row(f"{name} ({len(result.seed_scores)} seeds)", *cells)
    return table


def development(panel, seeds: int, jobs: int, console: Console, started: float) -> int:
    """The replication and Tocsin's model on DEVELOPMENT_PROTOCOL (docs/methodology.md)."""
    evaluation = evaluate(panel, None, seeds=seeds, n_jobs=jobs, protocol=DEVELOPMENT_PROTOCOL)
    console.print(scores_table(evaluation, "Development screen (would-be forecasts 1980-1993)"))
    console.print(spread_table(evaluation.results))
    console.print(history_table(evaluation, panel))
    console.print(f"runtime {time.perf_counter() - started:.0f} s (jobs={jobs}, seeds={seeds})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=EWP / "prepared2024predictors-2025-09-03.csv")
    parser.add_argument("--foos", type=Path, default=EWP / "FOOSforecasts_3Sep2025.csv")
    parser.add_argument("--published", type=Path, default=EWP / "final_forecasts_data_3Sep2025.csv")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--development",
        action="store_true",
        help="the development screen only: the same protocol on windows 1977-1989 (would-be "
        "forecasts 1980-1993), to try an idea without looking at the years EWP is scored on",
    )
    args = parser.parse_args()
    console = Console(width=160)

    started = time.perf_counter()
    panel = load_panel(args.data)
    if args.development:
        return development(panel, args.seeds, args.jobs, console, started)
    evaluation = evaluate(panel, load_foos(args.foos), seeds=args.seeds, n_jobs=args.jobs)
    evaluated = time.perf_counter() - started
    console.print(scores_table(evaluation))
    console.print(ratio_table(evaluation.results))
    console.print(spread_table(evaluation.results))
    console.print(missed_table(evaluation))
    console.print(history_table(evaluation, panel))
    for name, result in evaluation.results.items():
        cal = result.scores.calibration
        if cal is not None:
            console.print(
                f"calibration {name}: window predictions vs mk_onset_1or2, {cal.n} country-years:"
                f" expected {cal.expected_onsets:.1f} onset rows, observed {cal.observed_onsets},"
                f" Brier {cal.brier:.5f}, log-loss {cal.log_loss:.4f}"
            )

    forecast = current_forecast(panel, load_published(args.published))
    c = forecast.comparison
    assert c is not None
    console.print(
        f"current forecast {forecast.horizon[0]}-{forecast.horizon[1]} vs EWP published: "
        f"{c.countries} countries, Spearman {c.spearman:.3f}, Kendall {c.kendall:.3f}, "
        f"top-30 overlap {c.top30_overlap}/30; only Tocsin: {', '.join(c.only_tocsin_top30)};"
        f" only EWP: {', '.join(c.only_ewp_top30)}"
    )
    console.print(
        "top 10: "
        + ", ".join(f"{x.rank}. {x.ewp_name} ({x.risk:.3f})" for x in forecast.countries[:10])
    )
    total = time.perf_counter() - started
    console.print(
        f"runtime: evaluation {evaluated:.0f} s (jobs={args.jobs}, seeds={args.seeds}), "
        f"total {total:.0f} s"
    )

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "forecast_ewp.json").write_text(json.dumps(evaluation.as_json(), indent=2) + "\n")
    curves = {name: r.would_be for name, r in evaluation.results.items()}
    roc_plot(curves, args.out / "forecast_ewp_roc.png")
    recall_plot(curves, args.out / "forecast_ewp_recall.png")
    console.print(
        f"written: {args.out}/forecast_ewp.json, forecast_ewp_roc.png, forecast_ewp_recall.png"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
