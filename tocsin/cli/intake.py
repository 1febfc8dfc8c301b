"""`tocsin intake ...`: channels that bring reports in (e-mail, bulk files)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import typer
from rich.console import Console

from tocsin.bootstrap import open_store
from tocsin.cli.errors import friendly
from tocsin.config import get_settings
from tocsin.intake.attachments import AttachmentStore

app = typer.Typer(help="Bring reports in by e-mail or from a CSV file.", no_args_is_help=True)
console = Console()


@app.command("smtp")
def smtp(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(2525, help="port"),
    domain: list[str] = typer.Option([], help="only accept mail for these domains"),
) -> None:
    """Run an SMTP endpoint: each message received becomes a report."""
    from tocsin.intake.smtp_endpoint import start_endpoint

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    store = open_store(settings, migrate=True)
    controller = start_endpoint(
        store, AttachmentStore(settings.data_dir / "attachments"), host, port, tuple(domain)
    )
    console.print(f"receiving reports by e-mail on {host}:{port}")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        controller.stop()


@app.command("csv")
@friendly
def csv_upload(path: Path = typer.Argument(..., exists=True, dir_okay=False)) -> None:
    """Import reports from a CSV file: all rows or none; each bad row named with its line."""
    from tocsin.accounts.service import Principal
    from tocsin.domain.roles import Role
    from tocsin.intake.bulk import import_reports_csv

    store = open_store(migrate=True)
    with store.uow(actor="cli:intake") as uow:
        references = import_reports_csv(
            uow, path.read_bytes(), Principal(None, Role.ANALYST, "cli")
        )
    console.print(f"{len(references)} reports received")
