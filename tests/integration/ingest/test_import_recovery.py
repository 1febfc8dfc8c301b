"""Uploaded imports cut short by a crash (the server killed, the machine restarted) are taken
up by the worker or by the next `tocsin serve`: resumed if their file is still there, else
marked interrupted with the reason, never left `running` for ever."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from tests.servers import free_port, wait_until_healthy
from tocsin.config import Settings
from tocsin.ingest.jobs import JOBS, STALE_AFTER, job_status
from tocsin.ingest.service import start_import_job
from tocsin.ingest.uploads import recover_imports
from tocsin.store.base import utcnow
from tocsin.store.locks import store_lock
from tocsin.store.uow import Store


def _upload(store: Store, benin: Path, folder: Path, status: str, rows: int = 0) -> int:
    """A job as a killed server left it: last checkpoint well past."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / f"{status}-{benin.name}"
    if rows:  # another file
        copy.write_text("".join(benin.open(encoding="utf-8").readlines()[: rows + 1]))
    else:
        shutil.copy(benin, copy)
    job_id = start_import_job(store, "acled", copy, "user:1")
    long_ago = utcnow() - STALE_AFTER - timedelta(minutes=1)
    with store.engine.begin() as conn:
        conn.execute(
            update(JOBS)
            .where(JOBS.c.id == job_id)
            .values(status=status, created_at=long_ago, started_at=long_ago, heartbeat_at=long_ago)
        )
    return job_id


def test_a_job_left_running_is_resumed_or_marked_interrupted(
    sqlite_store: Store, benin: Path, panels, tmp_path: Path
) -> None:
    folder = tmp_path / "uploads"
    resumed = _upload(sqlite_store, benin, folder, "running")
    lost = _upload(sqlite_store, benin, folder / "lost", "queued", rows=5)
    shutil.rmtree(folder / "lost")

    ended = {job.id: job for job in recover_imports(sqlite_store, panels)}

    assert ended[resumed].status == "succeeded" and ended[resumed].taken > 0
    assert ended[lost].status == "interrupted"
    assert ended[lost].error == "the import stopped and its file is gone; send the file again"
    assert recover_imports(sqlite_store, panels) == []  # taken up once


def test_a_job_on_a_file_imported_again_since_is_marked_superseded(
    sqlite_store: Store, benin: Path, panels, tmp_path: Path
) -> None:
    folder = tmp_path / "uploads"
    first = _upload(sqlite_store, benin, folder, "running")
    second = start_import_job(sqlite_store, "acled", folder / f"running-{benin.name}", "user:1")

    recover_imports(sqlite_store, panels)

    job = job_status(sqlite_store, first)
    assert job.status == "interrupted"
    assert job.error == f"superseded by import job {second} of the same file"


def test_a_process_already_taking_up_imports_is_left_to_it(
    sqlite_store: Store, benin: Path, panels, tmp_path: Path
) -> None:
    job = _upload(sqlite_store, benin, tmp_path / "uploads", "running")

    with store_lock(sqlite_store.engine, "import-recovery"):  # as a worker busy resuming one
        assert recover_imports(sqlite_store, panels) == []

    assert job_status(sqlite_store, job).status == "running"
    assert recover_imports(sqlite_store, panels)[0].status == "succeeded"


def test_serve_without_a_worker_takes_up_an_upload_a_killed_server_left(
    sqlite_store: Store, settings: Settings, benin: Path
) -> None:
    job = _upload(sqlite_store, benin, settings.data_dir / "uploads", "running")
    port = free_port()
    env = dict(
        os.environ,
        TOCSIN_DATA_DIR=str(settings.data_dir),
        TOCSIN_SECRET_KEY="t",
        HF_HUB_OFFLINE="1",
    )
    env.pop("TOCSIN_DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "tocsin.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", 60)
        deadline = time.monotonic() + 90
        status = job_status(sqlite_store, job)
        while status.status not in ("succeeded", "failed") and time.monotonic() < deadline:
            time.sleep(0.5)
            status = job_status(sqlite_store, job)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert status.status == "succeeded" and status.taken > 0


def test_the_files_of_an_upload_that_ended_are_not_kept(
    sqlite_store: Store, benin: Path, panels, tmp_path: Path
) -> None:
    # The server was stopped after the job ended and before its files were removed.
    folder = tmp_path / "uploads"
    ended = _upload(sqlite_store, benin, folder, "succeeded")
    sent = Path(job_status(sqlite_store, ended).file_name)
    # An import from the command line names the operator's own file: never removed.
    own = tmp_path / "own" / benin.name
    own.parent.mkdir()
    shutil.copy(benin, own)
    by_hand = start_import_job(sqlite_store, "acled", own, "user:1")
    with sqlite_store.engine.begin() as conn:
        conn.execute(update(JOBS).where(JOBS.c.id == by_hand).values(status="succeeded"))
    running = _upload(sqlite_store, benin, folder, "queued", rows=5)
    with sqlite_store.engine.begin() as conn:  # one being imported now, by another process
        conn.execute(
            update(JOBS).where(JOBS.c.id == running).values(status="running", heartbeat_at=utcnow())
        )

    recover_imports(sqlite_store, panels, folder)

    assert not sent.exists()
    assert own.exists()
    assert Path(job_status(sqlite_store, running).file_name).exists()
