"""Uploaded imports cut short by a crash (the server killed, the machine restarted) are taken
up by the worker: resumed if their file is still there, else marked interrupted with the
reason, never left `running` for ever."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from tocsin.ingest.jobs import JOBS, STALE_AFTER, job_status
from tocsin.ingest.service import start_import_job
from tocsin.ingest.uploads import recover_imports
from tocsin.store.base import utcnow
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
