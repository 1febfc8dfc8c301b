"""`tocsin export ...`: public exports of the store's contents."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer
from rich.console import Console

from tocsin.bootstrap import open_store
from tocsin.cli.errors import friendly
from tocsin.domain.errors import InvalidInput
from tocsin.ingest.export import EXPORTERS, EventFilter, export_events

app = typer.Typer(
    help="Export data for the public (restricted fields never leave).", no_args_is_help=True
)
console = Console(stderr=True)


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--{name}: a date as YYYY-MM-DD, not {value!r}") from None


@app.command("events")
@friendly
def events(
    fmt: str = typer.Option("csv", "--format", help=" | ".join(EXPORTERS)),
    country: str | None = typer.Option(None, "--country", help="ISO alpha-3"),
    since: str | None = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: str | None = typer.Option(None, "--until", help="YYYY-MM-DD"),
    dataset: str | None = typer.Option(None, "--dataset", help="acled, ged, gdelt, csv, report"),
    duplicates: bool = typer.Option(
        False, "--include-duplicates", help="also rows linked as duplicates"
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="file (stdout if unset)"),
) -> None:
    """Events as CSV, GeoJSON or HXL-tagged CSV."""
    if fmt not in EXPORTERS:
        raise InvalidInput(f"--format: one of {', '.join(EXPORTERS)}")
    where = EventFilter(
        country=country,
        since=_day(since, "since"),
        until=_day(until, "until"),
        dataset=dataset,
        include_duplicates=duplicates,
    )
    store = open_store(migrate=True)
    if output is None:
        export_events(store, fmt, sys.stdout, where)
        return
    try:
        with output.open("w", newline="", encoding="utf-8") as handle:
            n = export_events(store, fmt, handle, where)
    except OSError as exc:
        raise InvalidInput(f"-o {output}: {exc.strerror}") from None
    console.print(f"{n} events written to {output}")
