"""Use cases the web API and the CLI call: start an import as a job, run it, read it back.

An upload becomes a queued job at once (so the request returns its id), and the job runs in
the background -- a worker thread or process calls `run_job`. Its status, counts and rejects
are in the store the whole time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select

from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput
from tocsin.ingest import jobs
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.panels import PanelStore
from tocsin.ingest.pipeline import ImportResult, import_file
from tocsin.ingest.registry import get_importer
from tocsin.store.base import table_of
from tocsin.store.models import ImportJob
from tocsin.store.uow import Store

log = logging.getLogger("tocsin.ingest")


def panels_for(settings: Settings) -> PanelStore:
    return PanelStore.in_data_dir(settings.data_dir)


def start_import_job(
    store: Store, dataset: str, path: Path, actor: str, options: ImportOptions | None = None
) -> int:
    """Queue an import of a file already on disk (an upload); returns the job id."""
    get_importer(dataset)  # an unknown dataset fails now, not in the background
    options = options or ImportOptions()
    if not Path(path).is_file():
        raise InvalidInput(f"{path}: no such file")
    with store.engine.begin() as conn:
        return jobs.create_job(
            conn,
            dataset,
            Path(path),
            actor,
            {
                "encoding": options.encoding,
                "include_all": options.include_all,
                "mapping": str(options.mapping) if options.mapping else None,
            },
        )


def run_job(store: Store, job_id: int, panels: PanelStore | None = None) -> jobs.JobStatus:
    """Run a queued (or interrupted) job to the end; failures are recorded on the job."""
    table = table_of(ImportJob)
    with store.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == job_id)).first()
    if row is None:
        return jobs.job_status(store, job_id)  # raises NotFound
    opts = row.options or {}
    options = ImportOptions(
        encoding=opts.get("encoding") or "utf-8",
        include_all=bool(opts.get("include_all")),
        mapping=Path(opts["mapping"]) if opts.get("mapping") else None,
    )
    try:
        import_file(
            store,
            row.dataset,
            Path(row.file_name),
            options,
            actor=row.actor,
            panels=panels,
            job_id=job_id,
        )
    except Exception as exc:  # recorded on the job when it got that far
        log.warning("import job %s ended with an error: %s", job_id, exc)
        with store.engine.begin() as conn:
            if jobs.load(conn, job_id).status == "queued":  # refused before it started
                jobs.set_status(
                    conn,
                    job_id,
                    status="failed",
                    error=str(exc)[:2000],
                    error_parts=jobs.error_parts(exc),
                )
                jobs.write_audit(conn, jobs.load(conn, job_id), row.actor)
    return jobs.job_status(store, job_id)


__all__ = ["ImportResult", "import_file", "panels_for", "run_job", "start_import_job"]
