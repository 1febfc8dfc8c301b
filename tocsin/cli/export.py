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
from tocsin.ingest.registry import importers
from tocsin.reference.countries import resolve_country
from tocsin.store.uow import Store

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


def _country(store: Store, text: str | None) -> str | None:
    """A code or a name as the API takes it ("Burkina Faso", "BF", "854", "Burma"); one the
    store does not know is an error, not an empty export that looks like a quiet country. A
    store without reference data yet (`tocsin init` not run) resolves with ISO 3166 alone."""
    if text is None or not text.strip():
        return None
    with store.uow() as uow:
        known = uow.reference.country_count() > 0
        iso3 = uow.reference.resolve_country(text) if known else resolve_country(text)
    if iso3 is None:
        raise InvalidInput(f"--country: unknown country {text!r}")
    return iso3


def _known_datasets() -> tuple[str, ...]:
    """Every dataset an Event can come from: each importer's, and analysts' verified reports."""
    return (*importers(), "report")


def _dataset(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    known = _known_datasets()
    name = text.strip().lower()
    if name not in known:
        raise InvalidInput(f"--dataset: one of {', '.join(sorted(known))}, not {text!r}")
    return name


@app.command("events")
@friendly
def events(
    fmt: str = typer.Option("csv", "--format", help=" | ".join(EXPORTERS)),
    country: str | None = typer.Option(
        None, "--country", help="ISO code (BFA, BF, 854) or name (Burkina Faso)"
    ),
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
    store = open_store(migrate=True)
    where = EventFilter(
        country=_country(store, country),
        since=_day(since, "since"),
        until=_day(until, "until"),
        dataset=_dataset(dataset),
        include_duplicates=duplicates,
    )
    if output is None:
        export_events(store, fmt, sys.stdout, where)
        return
    try:
        with output.open("w", newline="", encoding="utf-8") as handle:
            n = export_events(store, fmt, handle, where)
    except OSError as exc:
        raise InvalidInput(f"-o {output}: {exc.strerror}") from None
    console.print(f"{n} events written to {output}")
