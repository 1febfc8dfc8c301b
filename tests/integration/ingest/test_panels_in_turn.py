"""The panel file is used by one process at a time (DuckDB allows no more): imports, a rebuild
and `tocsin escalation run` take turns, and a refresh that still fails is said on its job
rather than leaving stale panels behind a "succeeded"."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tests.integration.ingest.layouts import acled_row, write_acled
from tests.integration.risk_dynamic.seed import seed_events
from tocsin.cli import escalation
from tocsin.config import get_settings
from tocsin.ingest import panel_lock
from tocsin.ingest.jobs import job_status
from tocsin.ingest.panels import PanelStore
from tocsin.ingest.pipeline import import_file
from tocsin.store.locks import store_lock
from tocsin.store.uow import Store

ROOT = Path(__file__).resolve().parents[3]

#: Another process refreshing the panels slowly: it holds the panel file for `seconds`.
SLOW_REFRESH = """
import sys, time
from pathlib import Path
from tocsin.ingest.panels import PanelStore
from tocsin.store.engine import make_engine
from tocsin.store.uow import Store

url, path, seconds, iso3, month = sys.argv[1:]
days = PanelStore._days

def slow_days(*args):
    print("refreshing", flush=True)
    time.sleep(float(seconds))
    return days(*args)

PanelStore._days = staticmethod(slow_days)
PanelStore(Path(path)).refresh(Store(make_engine(url)), {(iso3, month)})
"""

#: A program that opens the panel file and takes no turns (a DuckDB shell, say).
FOREIGN_HOLDER = """
import sys, time
import duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() in ("refreshing", "holding")
    return process


def _url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def _benin(tmp_path: Path, *ids: str) -> Path:
    return write_acled(tmp_path / "ben.csv", [acled_row(i) for i in ids])


def _burkina(tmp_path: Path, *ids: str) -> Path:
    rows = [
        acled_row(
            i,
            iso="854",
            country="Burkina Faso",
            admin1="Sahel",
            admin2="Soum",
            location="Djibo",
            latitude="14.1",
            longitude="-1.63",
        )
        for i in ids
    ]
    return write_acled(tmp_path / "bfa.csv", rows)


def _events_by_country(panels: PanelStore) -> dict[str, int]:
    frame = panels.read("country_month")
    return {k: int(v) for k, v in frame.groupby("country_iso3")["events"].sum().items()}


def test_an_import_waits_for_another_process_refreshing_the_panels(
    store: Store, panels: PanelStore, tmp_path: Path
) -> None:
    import_file(store, "acled", _benin(tmp_path, "BEN1", "BEN2"))
    other = _start(SLOW_REFRESH, _url(store), str(panels.path), "3", "BEN", "2022-12")
    try:
        job = import_file(store, "acled", _burkina(tmp_path, "BFA1"), panels=panels).job
    finally:
        assert other.wait(60) == 0

    assert (job.status, job.error) == ("succeeded", None)
    assert _events_by_country(panels) == {"BEN": 2, "BFA": 1}


def test_two_imports_at_once_both_reach_the_panels(
    store: Store, panels: PanelStore, tmp_path: Path
) -> None:
    files = [_benin(tmp_path, "BEN1", "BEN2"), _burkina(tmp_path, "BFA1")]
    jobs, errors = [], []

    def run(path: Path) -> None:
        try:  # a PanelStore of its own, as another process would have
            jobs.append(import_file(store, "acled", path, panels=PanelStore(panels.path)).job)
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f,)) for f in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    assert errors == []
    assert [(j.status, j.error) for j in jobs] == [("succeeded", None)] * 2
    assert _events_by_country(panels) == {"BEN": 2, "BFA": 1}


def test_a_refresh_that_does_not_get_its_turn_leaves_the_job_saying_so(
    store: Store,
    panels: PanelStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(panel_lock, "WAIT_SECONDS", 0.5)
    caplog.set_level(logging.WARNING, logger="tocsin.ingest")
    with store_lock(store.engine, "panels"):  # another process's turn, past the wait
        job = import_file(store, "acled", _benin(tmp_path, "BEN1"), panels=panels).job

    assert (job.status, job.taken) == ("succeeded", 1)  # the events are stored
    assert job.error is not None
    assert job.error.startswith("panels not refreshed: run tocsin import panels")
    assert "in use by another process" in job.error
    assert job_status(store, job.id).error == job.error
    assert "panels not refreshed" in caplog.text
    assert _events_by_country(panels) == {}


def test_an_import_whose_panel_file_another_program_holds_warns_in_one_line(
    cli: typer.Typer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    holder = _start(FOREIGN_HOLDER, str(data / "panels.duckdb"))
    try:
        done = CliRunner().invoke(cli, ["import", "acled", str(_benin(tmp_path, "BEN1"))])
        jobs = CliRunner().invoke(cli, ["import", "jobs"])
    finally:
        holder.kill()
        holder.wait()

    assert done.exit_code == 0, done.output
    assert "import job 1 succeeded: 1 rows read: 1 taken" in done.output
    assert "warning: panels not refreshed: run tocsin import panels" in done.output
    assert "Could not set lock" in done.output and "Traceback" not in done.output
    assert "succeeded" in jobs.output
    rebuilt = CliRunner().invoke(cli, ["import", "panels"])
    assert rebuilt.exit_code == 0 and "panels rebuilt: 1 country-months" in rebuilt.output


def test_an_escalation_run_waits_for_a_refresh_in_another_process(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_events(store)
    data = tmp_path / "data"
    PanelStore.in_data_dir(data).rebuild(store)
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(data))
    monkeypatch.setenv("TOCSIN_DATABASE_URL", _url(store))
    get_settings.cache_clear()
    other = _start(SLOW_REFRESH, _url(store), str(data / "panels.duckdb"), "2", "BFA", "2021-12")
    try:
        done = CliRunner().invoke(escalation.app, ["run"])
    finally:
        assert other.wait(60) == 0
        get_settings.cache_clear()

    assert done.exit_code == 0, done.output
    assert "stored" in done.output and "Traceback" not in done.output
