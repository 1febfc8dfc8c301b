"""Import jobs in the store: create, checkpoint, finish, find one to resume, read back.

Job rows are written with Core statements rather than the ORM so that a checkpoint per batch
does not leave an audit entry per batch; instead each run of a job writes exactly one
AuditEntry when it ends (succeeded, failed or interrupted), with its counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from tocsin.domain.errors import NotFound, TocsinError
from tocsin.domain.reasons import Reason
from tocsin.store.base import table_of, utcnow
from tocsin.store.models import AuditEntry, ImportJob, ImportReject
from tocsin.store.uow import Store

JOBS = table_of(ImportJob)
COUNTERS = (
    "rows_read",
    "taken",
    "updated",
    "unchanged",
    "rejected",
    "skipped",
    "duplicates",
    "unresolved",
)
# A job still marked running after this long without a checkpoint died with its process.
STALE_AFTER = timedelta(minutes=10)


@dataclass
class JobStatus:
    id: int
    dataset: str
    file_name: str
    status: str
    rows_read: int
    taken: int
    updated: int
    unchanged: int
    rejected: int
    skipped: int
    duplicates: int
    unresolved: int
    records_done: int
    lines_done: int
    error: str | None
    error_parts: dict | None
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def from_row(cls, row: Any) -> JobStatus:
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})

    def summary(self) -> str:
        return (
            f"{self.rows_read} rows read: {self.taken} taken, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.rejected} rejected, {self.skipped} skipped; "
            f"{self.duplicates} linked as probable duplicates, "
            f"{self.unresolved} place names left unresolved"
        )


def fingerprint(path: Path) -> tuple[str, int]:
    """Size and a digest of the first and last MiB: tells a file from another (and from a
    newer release) without reading gigabytes."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(1 << 20))
        if size > 2 << 20:
            handle.seek(-(1 << 20), 2)
            digest.update(handle.read())
    return digest.hexdigest(), size


def create_job(conn: Connection, dataset: str, path: Path, actor: str, options: dict) -> int:
    digest, size = fingerprint(path)
    result = conn.execute(
        insert(JOBS).values(
            dataset=dataset,
            file_name=str(path),
            file_fingerprint=digest,
            file_size=size,
            status="queued",
            actor=actor,
            options=options,
            created_at=utcnow(),
            **{c: 0 for c in (*COUNTERS, "records_done", "lines_done")},
        )
    )
    key = result.inserted_primary_key
    assert key is not None  # a single-row INSERT always reports its key
    return int(key[0])


def find_resumable(conn: Connection, dataset: str, path: Path) -> int | None:
    """The latest unfinished job on this very file, if any."""
    digest, _ = fingerprint(path)
    stale = utcnow() - STALE_AFTER
    row = conn.execute(
        select(JOBS.c.id, JOBS.c.status, JOBS.c.heartbeat_at)
        .where(
            JOBS.c.dataset == dataset,
            JOBS.c.file_fingerprint == digest,
            JOBS.c.status.in_(("interrupted", "failed", "running")),
        )
        .order_by(JOBS.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    if row.status == "running" and row.heartbeat_at and row.heartbeat_at > stale:
        return None  # another process is importing it right now
    return int(row.id)


@dataclass(frozen=True)
class Orphan:
    """A job no process is running: queued or running, with no checkpoint for a while."""

    id: int
    status: str
    file_name: str
    superseded_by: int | None  # a later job on the same file


def orphaned(conn: Connection, now: datetime) -> list[Orphan]:
    stale = now - STALE_AFTER
    rows = conn.execute(
        select(JOBS.c.id, JOBS.c.status, JOBS.c.file_name, JOBS.c.dataset, JOBS.c.file_fingerprint)
        .where(
            ((JOBS.c.status == "queued") & (JOBS.c.created_at < stale))
            | (
                (JOBS.c.status == "running")
                & (func.coalesce(JOBS.c.heartbeat_at, JOBS.c.started_at, JOBS.c.created_at) < stale)
            )
        )
        .order_by(JOBS.c.id)
    ).all()
    orphans = []
    for row in rows:
        later = conn.execute(
            select(func.max(JOBS.c.id)).where(
                JOBS.c.dataset == row.dataset,
                JOBS.c.file_fingerprint == row.file_fingerprint,
                JOBS.c.id > row.id,
            )
        ).scalar()
        orphans.append(Orphan(row.id, row.status, row.file_name, later))
    return orphans


def take_orphan(conn: Connection, orphan: Orphan, error: str | None) -> bool:
    """Mark an orphaned job interrupted, if it still is one (a compare-and-set: two processes
    looking at once take it once)."""
    result = conn.execute(
        update(JOBS)
        .where(JOBS.c.id == orphan.id, JOBS.c.status == orphan.status)
        .values(status="interrupted", error=error, finished_at=utcnow() if error else None)
    )
    return result.rowcount == 1


def error_parts(exc: BaseException) -> dict[str, Any] | None:
    """What a refusal worded from a template is made of, kept beside its English text so that
    a page tells it in its reader's language; None for an error worded by a library."""
    if not isinstance(exc, TocsinError) or not exc.template:
        return None
    values = {k: v if isinstance(v, Reason) else str(v) for k, v in exc.values.items()}
    return Reason(exc.template, **values).parts()


def set_status(conn: Connection, job_id: int, **values: Any) -> None:
    conn.execute(update(JOBS).where(JOBS.c.id == job_id).values(**values))


def add_counts(conn: Connection, job_id: int, counts: dict[str, int], **values: Any) -> None:
    increments = {c: JOBS.c[c] + n for c, n in counts.items() if n}
    conn.execute(
        update(JOBS)
        .where(JOBS.c.id == job_id)
        .values(heartbeat_at=utcnow(), **increments, **values)
    )


def load(conn: Connection, job_id: int) -> JobStatus:
    row = conn.execute(select(JOBS).where(JOBS.c.id == job_id)).first()
    if row is None:
        raise NotFound(f"no import job {job_id}")
    return JobStatus.from_row(row)


def write_audit(conn: Connection, job: JobStatus, actor: str) -> None:
    conn.execute(
        insert(table_of(AuditEntry)).values(
            at=utcnow(),
            actor=actor,
            action="import",
            entity="ImportJob",
            entity_id=str(job.id),
            changes={
                "dataset": job.dataset,
                "file": job.file_name,
                "status": job.status,
                **{c: getattr(job, c) for c in COUNTERS},
            },
            note=job.error,
        )
    )


# --- reading jobs back (for the CLI and the web API) ---------------------------------------


def job_status(store: Store, job_id: int) -> JobStatus:
    with store.engine.connect() as conn:
        return load(conn, job_id)


def recent_jobs(store: Store, limit: int = 20) -> list[JobStatus]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(JOBS).order_by(JOBS.c.id.desc()).limit(limit))
        return [JobStatus.from_row(r) for r in rows]


@dataclass(frozen=True)
class Reject:
    line: int
    field: str
    reason: str
    value: str | None
    source_event_id: str | None


def job_rejects(store: Store, job_id: int, limit: int | None = None) -> list[Reject]:
    table = table_of(ImportReject)
    query = select(table).where(table.c.job_id == job_id).order_by(table.c.line, table.c.id)
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [
            Reject(r.line, r.field, r.reason, r.value, r.source_event_id)
            for r in conn.execute(query)
        ]
