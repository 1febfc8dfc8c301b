"""Top-level commands: init, serve, worker, demo; sub-command families are mounted here."""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path

import typer

from tocsin.bootstrap import open_store, same_secret_key, same_taxonomy
from tocsin.cli import (
    alerts,
    audit,
    code,
    data,
    escalation,
    export,
    forecast,
    imports,
    intake,
    users,
)
from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly
from tocsin.config import get_settings

app = typer.Typer(
    help="Tocsin: early warning and early action against mass atrocities.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(users.app, name="user")
app.add_typer(intake.app, name="intake")
app.add_typer(code.app, name="code")
app.add_typer(imports.app, name="import")
app.add_typer(export.app, name="export")
app.add_typer(data.app, name="data")
app.add_typer(forecast.app, name="forecast")
app.add_typer(escalation.app, name="escalation")
app.add_typer(alerts.app, name="alerts")
app.command("audit")(audit.audit)
console = command_console()


@app.command()
@friendly
def init(
    new_secret_key: bool = typer.Option(
        False,
        help="record this process's secret key as the deployment's, after changing it on "
        "purpose (sessions end, links already mailed stop working)",
    ),
) -> None:
    """Create or upgrade the store and load reference data (safe to re-run)."""
    from tocsin.reference.load import load_reference

    settings = get_settings()
    with console.status("migrating the store"):
        store = open_store(settings, migrate=True)
    # Every serve, worker and intake of this store must sign with this key from now on.
    same_secret_key(store, settings, actor="cli:init", new_key=new_secret_key)
    with console.status("loading reference data"), store.uow(actor="cli:init") as uow:
        summary = load_reference(uow)
    console.print(
        f"store ready at {settings.resolved_database_url.split('@')[-1]}\n"
        f"added: {summary.countries} countries, {summary.risk_factors} risk factors, "
        f"{summary.indicators} indicators, {summary.measures} measures\n"
        f"Framework of Analysis taxonomy in use: revision {summary.taxonomy_revision}"
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
@friendly
def worker(
    once: bool = typer.Option(False, help="run each job once and exit"),
    coding: bool = typer.Option(True, help="also code incoming reports automatically"),
) -> None:
    """Deliver queued alerts (e-mail over SMTP, with retries) and code incoming reports."""
    from tocsin.worker import run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    store = open_store(settings, migrate=True)
    same_secret_key(store, settings, actor="worker")
    same_taxonomy(store, settings)
    stop = threading.Event()
    try:
        run_worker(store, settings, stop, once=once, coding=coding)
    except KeyboardInterrupt:
        stop.set()


@app.command()
@friendly
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, help="port"),
    with_worker: bool = typer.Option(False, help="also start `tocsin worker` beside the server"),
) -> None:
    """Serve the web pages and the JSON API."""
    import subprocess
    import sys

    import uvicorn

    from tocsin.cli.serving import base_url_warning
    from tocsin.web.app import create_app
    from tocsin.worker import take_up_imports_beside_the_server

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    store = open_store(settings, migrate=True)
    same_secret_key(store, settings, actor="serve")
    same_taxonomy(store, settings)
    # Uploads are imported by this process; those a killed server left are taken up here too.
    stop_imports = threading.Event()
    take_up_imports_beside_the_server(store, settings, stop_imports)
    # The worker runs in its own process: loading the coders' models must not stall requests.
    worker_process = (
        subprocess.Popen([sys.executable, "-m", "tocsin.cli", "worker"]) if with_worker else None
    )
    # uvicorn re-raises the SIGTERM it caught once it has shut down; by default that ends this
    # process on the spot, before the `finally` below could stop the worker, which would then
    # run on, orphaned. As an exception, the signal unwinds through `finally` instead.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    console.print(f"Tocsin at http://{host}:{port}  (API docs at /api/docs)")
    if warning := base_url_warning(settings.base_url, host, port):
        print(warning, file=sys.stderr)
    try:
        uvicorn.run(
            create_app(settings, store),
            host=host,
            port=port,
            log_level="info",
            # Rate limits count per client address: only a listed proxy may say what it is.
            proxy_headers=True,
            forwarded_allow_ips=settings.trusted_proxies,
        )
    finally:
        stop_imports.set()
        if worker_process is not None:
            worker_process.terminate()
            worker_process.wait(timeout=30)


@app.command()
@friendly
def backup(
    target: Path = typer.Argument(..., help="a new or empty folder to copy into"),
) -> None:
    """Back up the store (SQLite) and the data folder while serve and the worker run."""
    from tocsin.backup import back_up

    settings = get_settings()
    store = open_store(settings)
    with console.status("backing up"):
        done = back_up(store, settings.data_dir, target)
    console.print(f"backup in {done.target}: {done.files} file(s) from the data folder")
    if done.database == "sqlite":
        console.print("with the SQLite store; restore: use that folder as TOCSIN_DATA_DIR")
    else:
        console.print(
            "the PostgreSQL database is not in it: keep the pg_dump taken just before beside "
            "it; restore: pg_restore the dump, then use that folder as TOCSIN_DATA_DIR"
        )
    if done.panels:
        console.print(f"panels left out ({done.panels}); after a restore: tocsin import panels")


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def main() -> None:
    app()
