"""An event dataset sent over the web (the JSON API or the imports page): every field checked
before anything is written, the files saved under the data folder, the import queued.

A refused request leaves no file behind; a broken column mapping is refused now, not later in
the background job.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from starlette.datastructures import FormData, UploadFile

from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput, TocsinError
from tocsin.domain.wording import N_
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.jobs import (
    JOBS,
    JobStatus,
    job_status,
    load,
    orphaned,
    take_orphan,
    write_audit,
)
from tocsin.ingest.mapping import load_mapping
from tocsin.ingest.panels import PanelStore
from tocsin.ingest.registry import get_importer
from tocsin.ingest.service import run_job, start_import_job
from tocsin.store.base import utcnow
from tocsin.store.locks import store_lock
from tocsin.store.uow import Store

DATASETS = ("acled", "ged", "gdelt", "csv")
#: Job statuses after which nothing reads the uploaded files again.
ENDED = ("succeeded", "failed")
_SAVED_PREFIX = re.compile(r"^[0-9a-f]{16}-")


def sent_name(file_name: str) -> str:
    """The name a file had when it was sent: a saved upload's random prefix removed, and no
    folder of the server's."""
    return _SAVED_PREFIX.sub("", Path(file_name).name, count=1)


def sent_text(text: str, *saved: str | Path | None) -> str:
    """A message about saved uploads (an error naming the data file or the mapping) with each
    named as it was sent: the server's name for a file means nothing to its sender."""
    for path in saved:
        if path:
            text = text.replace(Path(path).name, sent_name(str(path)))
    return text


def _mapping_of(store: Store, job_id: int) -> str | None:
    with store.engine.connect() as conn:
        options = (
            conn.execute(select(JOBS.c.options).where(JOBS.c.id == job_id)).scalar_one_or_none()
            or {}
        )
    return options.get("mapping")


def as_sent(store: Store, job: JobStatus) -> JobStatus:
    """A job as the people who sent its files know them: by the names they were sent with."""
    error = sent_text(job.error, job.file_name, _mapping_of(store, job.id)) if job.error else None
    return replace(job, file_name=sent_name(job.file_name), error=error)


#: Bytes of a sent file's name kept in the saved one: a file system holds 255 in a name, and a
#: longer name sent (a description typed as the name, in Arabic two bytes a letter) failed the
#: upload with a server error.
NAME_BYTES = 200


def _saved_name(sent: str) -> str:
    """The sent name without folders, shortened before its ending when it is too long."""
    name = Path(sent).name or "upload"
    if len(name.encode("utf-8")) <= NAME_BYTES:
        return name
    suffix = Path(name).suffix if len(Path(name).suffix) <= 20 else ""
    stem = name[: len(name) - len(suffix)].encode("utf-8")
    kept = stem[: NAME_BYTES - len(suffix.encode("utf-8"))].decode("utf-8", errors="ignore")
    return kept + suffix


async def _save(upload: UploadFile, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = _saved_name(upload.filename or "upload")
    target = folder / f"{secrets.token_hex(8)}-{name}"
    try:
        with target.open("wb") as handle:
            while chunk := await upload.read(1 << 20):
                handle.write(chunk)
    except OSError:
        target.unlink(missing_ok=True)  # a full disk must not keep half a file
        raise
    return target


def _chosen(part: object) -> UploadFile | None:
    """A file part, or None where a browser sent an empty one (no file chosen)."""
    if isinstance(part, UploadFile) and (part.filename or part.size):
        return part
    return None


async def queue_upload(store: Store, settings: Settings, form: FormData, actor: str) -> int:
    """Check the form (`dataset`, `file`, for csv a `mapping`, GDELT's `include_all`), save
    its files and queue the import; returns the job id. The caller runs the job."""
    upload, mapping = form.get("file"), form.get("mapping")
    if not isinstance(upload, UploadFile) or _chosen(upload) is None:
        raise InvalidInput(N_("file: attach the data file as the `file` part"))
    if mapping is not None and not isinstance(mapping, UploadFile):
        raise InvalidInput("mapping: attach the column mapping as a file part")
    mapping = _chosen(mapping)
    dataset = str(form.get("dataset") or "")
    if dataset not in DATASETS:
        raise InvalidInput(
            N_("dataset: one of {datasets}, not {dataset!r}"),
            datasets=", ".join(DATASETS),
            dataset=dataset,
        )
    get_importer(dataset)
    if (mapping is not None) != (dataset == "csv"):
        raise InvalidInput(N_("mapping: a csv import takes a column mapping file, and only it"))
    include_all = str(form.get("include_all", "false")).lower()
    if include_all in ("on", "1"):  # a checkbox on the page
        include_all = "true"
    if include_all not in ("true", "false"):
        raise InvalidInput("include_all: true or false")
    folder = Path(settings.data_dir) / "uploads"
    data_path = await _save(upload, folder)
    mapping_path = None
    try:
        mapping_path = await _save(mapping, folder) if mapping is not None else None
        if mapping_path is not None:
            try:
                load_mapping(mapping_path)
            except InvalidInput as exc:
                raise InvalidInput(sent_text(str(exc), mapping_path)) from None
        options = ImportOptions(mapping=mapping_path, include_all=include_all == "true")
        return start_import_job(store, dataset, data_path, actor, options)
    except (TocsinError, OSError):
        for path in (data_path, mapping_path):
            if path is not None:
                path.unlink(missing_ok=True)
        raise


def run_upload(store: Store, job_id: int, panels: PanelStore | None = None) -> JobStatus:
    """Run an uploaded dataset's import, then delete the files that were sent: once the job
    has ended, its rows and rejects are in the store, and a copy of a partner's file has no
    reason to stay on the server. A job cut short (the server stopped) keeps them to resume."""
    status = run_job(store, job_id, panels)
    if status.status in ENDED:
        for sent in (status.file_name, _mapping_of(store, job_id)):
            if sent:
                Path(sent).unlink(missing_ok=True)
    return status


def recover_imports(
    store: Store, panels: PanelStore | None = None, uploads: Path | None = None
) -> list[JobStatus]:
    """Take up the imports no process is running any more (the server was killed, the
    machine restarted): each is resumed where its last checkpoint left it if its file is
    still there, else marked interrupted with the reason; one on a file imported again
    since is marked superseded. Returns the jobs as they ended. With `uploads` (the folder
    sent files are kept in), the files of jobs that ended are removed too (`forget_sent`).

    One process at a time (the worker, each `serve`): under a store lock, not waited for. A
    job's compare-and-set alone would not do, as a process that listed it before another
    took it up and set it running again would take it a second time."""
    with store_lock(store.engine, "import-recovery", wait=False) as held:
        if not held:
            return []
        ended = _recover_imports(store, panels)
        if uploads is not None:
            forget_sent(store, uploads)
        return ended


def forget_sent(store: Store, uploads: Path) -> int:
    """Remove the sent files of uploaded imports that have ended and still lie in `uploads`:
    a server stopped between a job's end and `run_upload`'s removal kept a partner's file for
    good. Only files in that folder are touched: an import run from the command line names
    the operator's own file, which is never removed. Returns how many were removed."""
    folder = Path(uploads).resolve()
    if not folder.is_dir():
        return 0
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(JOBS.c.file_name, JOBS.c.options).where(JOBS.c.status.in_(ENDED))
        ).all()
    removed = 0
    for file_name, options in rows:
        for sent in (file_name, (options or {}).get("mapping")):
            path = Path(sent) if sent else None
            if path is not None and path.resolve().parent == folder and path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def _recover_imports(store: Store, panels: PanelStore | None) -> list[JobStatus]:
    ended = []
    with store.engine.begin() as conn:
        orphans = orphaned(conn, utcnow())
    for orphan in orphans:
        if orphan.superseded_by is not None:
            why: str | None = f"superseded by import job {orphan.superseded_by} of the same file"
        elif not Path(orphan.file_name).is_file():
            why = "the import stopped and its file is gone; send the file again"
        else:
            why = None  # resumed below
        with store.engine.begin() as conn:
            if not take_orphan(conn, orphan, why):
                continue  # taken by another process
            if why is not None:
                write_audit(conn, load(conn, orphan.id), "system:recovery")
        ended.append(
            run_upload(store, orphan.id, panels) if why is None else job_status(store, orphan.id)
        )
    return ended
