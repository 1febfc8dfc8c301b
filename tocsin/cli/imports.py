"""`tocsin import ...`: bring event datasets and analysts' files into the store."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from tocsin.bootstrap import open_store
from tocsin.cli.console import command_console
from tocsin.cli.errors import err_console, friendly
from tocsin.config import get_settings
from tocsin.domain.errors import TocsinError
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.jobs import recent_jobs
from tocsin.ingest.places import resolve_place, unresolved_places
from tocsin.ingest.service import import_file, panels_for

app = typer.Typer(
    help="Import event datasets (ACLED, UCDP GED, GDELT) and your own files.", no_args_is_help=True
)
console = command_console()

PATH = typer.Argument(..., help="the file to import", exists=False)
REJECTS = typer.Option(None, "--rejects", help="write bad rows (file, line, field, reason) here")
RESTART = typer.Option(
    False, "--restart", help="start over instead of resuming an interrupted import of the same file"
)
BATCH = typer.Option(50_000, "--batch-size", min=100, help="rows per transaction")
ENCODING = typer.Option("utf-8", "--encoding", help="utf-8, latin-1 or utf-16")


def _run(
    dataset: str, path: Path, options: ImportOptions, rejects: Path | None, restart: bool
) -> None:
    settings = get_settings()
    store = open_store(settings, migrate=True)
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("lines"),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(f"{dataset} {path.name}", total=None)
            result = import_file(
                store,
                dataset,
                path,
                options,
                actor="cli",
                resume=not restart,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                rejects_file=rejects,
                panels=panels_for(settings),
            )
    except KeyboardInterrupt:
        err_console.print(
            "[yellow]interrupted[/yellow]: the last whole batch is kept; run the "
            "same command again to resume"
        )
        raise typer.Exit(code=130) from None
    except TocsinError:
        raise
    except (OSError, RuntimeError, ValueError) as exc:
        raise TocsinError(f"{path.name}: {exc}") from None
    job = result.job
    console.print(f"import job {job.id} {job.status}: {job.summary()}")
    if job.error:  # a job that succeeded with a warning: its panels were not refreshed
        console.print(Text("warning: ", style="yellow") + Text(job.error), soft_wrap=True)
    if job.rejected:
        where = f" in {rejects}" if rejects else " (see them with --rejects FILE)"
        console.print(f"[yellow]{job.rejected} rejected row(s)[/yellow]{where}")


@app.command("acled")
@friendly
def acled(
    path: Path = PATH,
    rejects: Path | None = REJECTS,
    restart: bool = RESTART,
    batch_size: int = BATCH,
    encoding: str = ENCODING,
) -> None:
    """An ACLED CSV export (current, 2020 API or legacy upper-case columns)."""
    _run("acled", path, ImportOptions(encoding=encoding, batch_size=batch_size), rejects, restart)


@app.command("ged")
@friendly
def ged(
    path: Path = PATH,
    rejects: Path | None = REJECTS,
    restart: bool = RESTART,
    batch_size: int = BATCH,
    encoding: str = ENCODING,
) -> None:
    """A UCDP GED CSV (any version; columns are read by name)."""
    _run("ged", path, ImportOptions(encoding=encoding, batch_size=batch_size), rejects, restart)


@app.command("gdelt")
@friendly
def gdelt(
    path: Path = PATH,
    rejects: Path | None = REJECTS,
    restart: bool = RESTART,
    batch_size: int = BATCH,
    all_events: bool = typer.Option(
        False, "--all", help="take every located event, not only material conflict (QuadClass 4)"
    ),
) -> None:
    """A GDELT event export (2.0 15-minute file, or GDELT 1.0 daily/back file)."""
    options = ImportOptions(batch_size=batch_size, include_all=all_events)
    _run("gdelt", path, options, rejects, restart)


@app.command("csv")
@friendly
def custom(
    path: Path = PATH,
    mapping: Path = typer.Option(..., "--mapping", help="the column mapping (YAML/JSON)"),
    rejects: Path | None = REJECTS,
    restart: bool = RESTART,
    batch_size: int = BATCH,
    encoding: str = ENCODING,
) -> None:
    """Your own CSV, XLSX or GeoJSON file, read through a saved column mapping."""
    options = ImportOptions(encoding=encoding, batch_size=batch_size, mapping=mapping)
    _run("csv", path, options, rejects, restart)


@app.command("jobs")
@friendly
def jobs(limit: int = typer.Option(20, help="how many")) -> None:
    """Recent import jobs and their counts: every row read is in one of taken, updated,
    unchanged, rejected or skipped, so the five add up to the rows read."""
    store = open_store(migrate=True)
    counts = ("read", "taken", "updated", "unchanged", "rejected", "skipped", "duplicates")
    table = Table("job", "dataset", "file", "status", *counts)
    for j in recent_jobs(store, limit):
        table.add_row(
            str(j.id),
            j.dataset,
            Path(j.file_name).name,
            j.status,
            str(j.rows_read),
            str(j.taken),
            str(j.updated),
            str(j.unchanged),
            str(j.rejected),
            str(j.skipped),
            str(j.duplicates),
        )
    console.print(table)


@app.command("places")
@friendly
def places(
    country: str | None = typer.Option(None, help="ISO alpha-3"), limit: int = typer.Option(50)
) -> None:
    """Place names the offline gazetteer could not resolve, the most frequent first."""
    store = open_store(migrate=True)
    table = Table("id", "country", "admin1", "place", "events")
    for p in unresolved_places(store, country, limit):
        table.add_row(str(p.id), p.country_iso3, p.admin1, p.place_name, str(p.occurrences))
    console.print(table)


@app.command("resolve-place")
@friendly
def resolve(place_id: int, latitude: float, longitude: float) -> None:
    """Give an unresolved place name (see `places`) its point; its events get it too."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        changed = resolve_place(uow, place_id, latitude, longitude)
    console.print(f"place {place_id} resolved; {changed} event(s) now have its point")


@app.command("panels")
@friendly
def panels() -> None:
    """Rebuild the country-month and admin1-month panels from every event."""
    settings = get_settings()
    store = open_store(settings, migrate=True)
    written = panels_for(settings).rebuild(store)
    console.print(f"panels rebuilt: {written} country-months")


@app.command("members")
@friendly
def members(path: Path = PATH) -> None:
    """The coalition's member organisations (CSV: name, city, country, iso3; an office a row)."""
    from tocsin.network.members import import_members

    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        imported = import_members(uow, path)
        uow.commit()
    console.print(imported.summary())
