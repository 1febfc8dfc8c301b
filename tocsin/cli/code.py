"""`tocsin code`: code reports from JSON lines, and train the event-type model.

    tocsin code --json < reports.jsonl > codings.jsonl
    tocsin code train-events acled_export.csv [more.csv ...]
    tocsin code train-incitement labelled.csv [more.csv ...]
    tocsin code learn            # retrain from analysts' decisions in the store
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from tocsin.bootstrap import configured_taxonomy
from tocsin.cli.errors import friendly, friendly_files
from tocsin.coding.stream import CODING_BATCH
from tocsin.config import Settings, get_settings

app = typer.Typer(
    help="Code reports: risk factors, indicators, incitement, event type, places, language.",
    invoke_without_command=True,
)
console = Console(stderr=True)


@app.callback(invoke_without_command=True)
def code(
    ctx: typer.Context,
    json_lines: bool = typer.Option(
        False, "--json", help="read JSON lines {\"text\": ...} on stdin, write one JSON line each"),
    strict: bool = typer.Option(
        False, "--strict", help="exit 1 at the end if any input line was rejected"),
    batch_size: int = typer.Option(
        CODING_BATCH, min=1,
        help="reports coded together (1 = answer each line at once, for interactive use)"),
) -> None:
    """Code reports read from standard input (one JSON object per line)."""
    if ctx.invoked_subcommand is not None:
        return
    if not json_lines:
        console.print(ctx.get_help())
        console.print("\nuse --json to code JSON lines from standard input")
        raise typer.Exit(code=2)
    from tocsin.coding.pipeline import code_reports
    from tocsin.coding.stream import StreamStats, code_lines

    settings = get_settings()
    _usable_taxonomy(settings)
    stats = StreamStats()
    limit = settings.max_report_chars
    _read_undecodable_bytes_as_errors(sys.stdin)
    for result in code_lines(sys.stdin, code_reports, limit, batch_size, stats):
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if stats.errors:
        console.print(f"{stats.errors} of {stats.lines} lines rejected")
        if strict:
            raise typer.Exit(code=1)


@friendly
def _usable_taxonomy(settings: Settings) -> None:
    """A broken taxonomy file is the deployment's fault, not the lines': one error and exit 2,
    not every line rejected with the same YAML error while the exit code says all went well."""
    configured_taxonomy(settings)


def _read_undecodable_bytes_as_errors(stream: object) -> None:
    """A byte that is not UTF-8 (a Windows-1252 export) is read as a lone surrogate, which the
    stream then rejects for its line alone, instead of stopping the whole read."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="surrogateescape")


@app.command("train-events")
@friendly_files
def train_events(
    paths: list[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                       help="ACLED CSV exports (any generation of columns)"),
    out: Path | None = typer.Option(None, help="where to write the model (default: "
                                    "<data_dir>/models/event_types.joblib)"),
    sentence_vectors: bool = typer.Option(
        True, help="also read each report's sentence vector (more accurate; without it the "
        "event-type coder does not need the sentence model and is much faster)"),
) -> None:
    """Train the event-type model from ACLED exports with `notes` and `event_type`."""
    from tocsin.coding.event_training import train_event_model

    with console.status("training the event-type model"):
        summary = train_event_model(paths, out, sentence_vectors)
    by_type = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_type.items()))
    console.print(f"trained on {summary.examples} notes from {len(summary.files)} file(s) "
                  f"({by_type})\nsaved to {summary.path}\n"
                  f"it codes reports in: {', '.join(summary.languages)} (others keep the rules)")


@app.command("train-incitement")
@friendly_files
def train_incitement(
    paths: list[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                       help="CSV files with `text` and `label` (1 = call to "
                                       "violence, threat or dehumanisation), or HatemojiBuild's"),
    out: Path | None = typer.Option(None, help="where to write the model (default: "
                                    "<data_dir>/models/incitement.joblib)"),
    language: list[str] = typer.Option(["en"], help="languages of the training texts: the "
                                       "model reads only reports in these (repeatable)"),
) -> None:
    """Train the incitement coder's learned second opinion from labelled speech."""
    from tocsin.coding.incitement_model import train_incitement_model

    with console.status("training the incitement model"):
        summary = train_incitement_model(paths, out, language)
    console.print(f"trained on {summary.examples} texts ({summary.positives} incitement) in "
                  f"{', '.join(summary.languages)}\nsaved to {summary.path}")


@app.command("learn")
@friendly
def learn(
    force: bool = typer.Option(False, help="retrain even if no decision changed"),
) -> None:
    """Retrain the indicator, event-type and incitement coders from analysts' decisions."""
    from tocsin.bootstrap import open_store
    from tocsin.coding.learning import describe, learn_from_analysts

    store = open_store(migrate=True)
    try:
        with console.status("learning from analysts' decisions"):
            result = learn_from_analysts(store, force=force)
    finally:
        store.dispose()
    console.print(describe(result))


@app.command("coders")
def coders() -> None:
    """List the registered coders."""
    from tocsin.coding.registry import names

    for name in names():
        typer.echo(name)
