"""Top-level commands: init, serve, worker, demo; sub-command families are mounted here."""

from __future__ import annotations

import logging
import threading

import typer
from rich.console import Console

from tocsin.bootstrap import open_store
from tocsin.cli import users
from tocsin.cli.errors import friendly
from tocsin.config import get_settings

app = typer.Typer(
    help="Tocsin: early warning and early action against mass atrocities.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(users.app, name="user")
console = Console()


@app.command()
@friendly
def init() -> None:
    """Create or upgrade the store and load reference data (safe to re-run)."""
    from tocsin.reference.load import load_reference

    settings = get_settings()
    with console.status("migrating the store"):
        store = open_store(settings, migrate=True)
    with console.status("loading reference data"), store.uow(actor="cli:init") as uow:
        summary = load_reference(uow)
    console.print(
        f"store ready at {settings.resolved_database_url.split('@')[-1]}\n"
        f"added: {summary.countries} countries, {summary.risk_factors} risk factors, "
        f"{summary.indicators} indicators, {summary.measures} measures, "
        f"{summary.organizations} member organisations"
    )


@app.command()
@friendly
def demo() -> None:
    """Load the fictional demo scenario (Verdania, an election-period escalation)."""
    from tocsin.demo.scenario import load_demo

    store = open_store(migrate=True)
    result = load_demo(store)
    if result.already_loaded:
        console.print("demo already loaded")
        return
    console.print(
        f"demo loaded: {result.reports} reports, {result.verified} verified, "
        f"{result.level_changes} level changes, {result.alerts} alerts\n"
        "log in with: " + ", ".join(f"{u} / {p}" for u, p in result.logins)
    )


@app.command()
def worker(once: bool = typer.Option(False, help="drain the outbox once and exit")) -> None:
    """Deliver queued alerts (e-mail over SMTP) with retries and backoff."""
    from tocsin.alerts.worker import run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    store = open_store(settings, migrate=True)
    stop = threading.Event()
    try:
        run_worker(store, settings, stop, once=once)
    except KeyboardInterrupt:
        stop.set()


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, help="port"),
    with_worker: bool = typer.Option(False, help="also run the alert worker in this process"),
) -> None:
    """Serve the web pages and the JSON API."""
    import uvicorn

    from tocsin.alerts.worker import run_worker
    from tocsin.web.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    store = open_store(settings, migrate=True)
    stop = threading.Event()
    if with_worker:
        thread = threading.Thread(target=run_worker, args=(store, settings, stop), daemon=True)
        thread.start()
    console.print(f"Tocsin at http://{host}:{port}  (API docs at /api/docs)")
    try:
        uvicorn.run(create_app(settings, store), host=host, port=port, log_level="info")
    finally:
        stop.set()


def main() -> None:
    app()
