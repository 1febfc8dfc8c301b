"""`tocsin intake ...`: channels that bring reports in (e-mail, bulk files)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import typer

from tocsin.bootstrap import open_store, same_secret_key
from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly
from tocsin.config import get_settings
from tocsin.domain.errors import InvalidInput
from tocsin.intake.attachments import AttachmentStore

app = typer.Typer(help="Bring reports in by e-mail or from a CSV file.", no_args_is_help=True)
console = command_console()


@app.command("smtp")
@friendly
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
    same_secret_key(store, settings, actor="intake")  # it keys e-mailed reports' references
    controller = start_endpoint(
        store,
        AttachmentStore(settings.data_dir / "attachments"),
        host,
        port,
        tuple(domain),
        per_sender_per_hour=settings.email_reports_per_hour or None,
        per_peer_per_hour=settings.email_reports_per_peer_per_hour or None,
    )
    console.print(f"receiving reports by e-mail on {host}:{port}")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        controller.stop()


@app.command("imap")
@friendly
def imap(
    once: bool = typer.Option(False, "--once", help="read the mailbox once and stop"),
) -> None:
    """Read the report mailbox (TOCSIN_IMAP_*): each unseen message becomes a report."""
    from tocsin.intake.imap_poller import poll_mailbox
    from tocsin.intake.ratelimit import sender_limiter

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    mailbox = settings.imap_mailbox
    if mailbox is None:
        raise InvalidInput("no mailbox configured: set TOCSIN_IMAP_HOST, _USER and _PASSWORD")
    store = open_store(settings, migrate=True)
    same_secret_key(store, settings, actor="intake")  # it keys e-mailed reports' references
    files = AttachmentStore(settings.data_dir / "attachments")
    limiter = sender_limiter(settings.email_reports_per_hour)
    while True:
        result = poll_mailbox(store, files, mailbox, limiter)
        held = f", {len(result.held)} held back for later" if result.held else ""
        console.print(
            f"{mailbox.label()}: {len(result.received)} reports received, "
            f"{len(result.refused)} messages refused{held}"
        )
        for uid, reason in result.refused:
            console.print(f"  message {uid} refused: {reason}")
        if once:
            return
        time.sleep(settings.imap_poll_seconds)


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
