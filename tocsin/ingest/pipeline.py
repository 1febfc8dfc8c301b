"""Stream one file into the store: the `import_events` use case.

DuckDB reads and maps the file (see `query`), Python prepares each batch (`batches`), and each
batch is written in its own transaction together with its rejects, its unresolved place names
and the job's checkpoint -- so an interrupted import leaves whole batches only, and resuming
the job on the same file carries on after the last committed one. Memory stays flat: DuckDB
streams with a fixed memory limit and Python holds one batch at a time.

After the last batch: rows the CSV reader itself could not split (wrong number of fields, an
unterminated quote) are reported with their lines, probable duplicates in other datasets are
linked, and the panels of the months touched are refreshed. The job has succeeded once its
events are stored; a refresh that fails leaves a warning on the job ("panels not refreshed").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from sqlalchemy import Connection, exists, func, select

from tocsin.domain.errors import TocsinError
from tocsin.domain.wording import N_
from tocsin.ingest import gazetteer, jobs
from tocsin.ingest.base import ImportOptions, SourceQuery
from tocsin.ingest.batches import LineMap, Prepared, RowReject, prepare
from tocsin.ingest.dedup import link_duplicates
from tocsin.ingest.places import Geocoder, record_unresolved
from tocsin.ingest.prefetch import Prefetch
from tocsin.ingest.query import build_select
from tocsin.ingest.readers import count_lines
from tocsin.ingest.registry import get_importer
from tocsin.ingest.rejects import save_rejects, shift_lines, structural_rejects, write_rejects_csv
from tocsin.ingest.sql import install_macros
from tocsin.ingest.writer import writer_for
from tocsin.store.base import table_of, utcnow
from tocsin.store.indexes import deferred_indexes, ensure_indexes
from tocsin.store.models import Event
from tocsin.store.uow import Store

Progress = Callable[[int, int | None], None]  # (lines done, total lines or None)
DUCKDB_MEMORY = "256MB"
# Secondary indexes are rebuilt after the load (not kept up to date row by row) for files of
# at least this size going into a smaller table: on 200,000 ACLED rows, 2.5 s of upserts plus
# 0.7 s of index builds against 3.9 s with the indexes in place.
DEFER_INDEXES_MIN_BYTES = 64 * 2**20
BYTES_PER_EVENT = 500  # an ACLED row with its notes is about 480 bytes
EVENTS = table_of(Event)
log = logging.getLogger("tocsin.ingest")


@dataclass
class ImportResult:
    job: jobs.JobStatus
    touched: set[tuple[str, str]] = field(default_factory=set)
    rejects_file: Path | None = None


def import_file(
    store: Store,
    dataset: str,
    path: Path,
    options: ImportOptions | None = None,
    *,
    actor: str = "system",
    resume: bool = True,
    progress: Progress | None = None,
    rejects_file: Path | None = None,
    panels: Any = None,
    job_id: int | None = None,
) -> ImportResult:
    """Import one file as a job; returns its final status. Raises TocsinError on a file in
    the wrong format (before anything is written) and re-raises an interruption after
    recording it on the job."""
    options = options or ImportOptions()
    path = Path(path)
    if not path.is_file():
        raise TocsinError(N_("{path}: no such file"), path=path)
    importer = get_importer(dataset)
    source = importer.open(path, options)
    try:
        with store.engine.connect() as conn:
            job_id, resumed = _job(conn, dataset, path, actor, options, resume, job_id)
            result = _run(
                conn,
                store,
                importer.dataset,
                path,
                source,
                job_id,
                resumed,
                options,
                actor,
                progress,
            )
        if panels is not None and result.touched:
            result.job = _refresh_panels(store, panels, result)
        if rejects_file is not None:
            write_rejects_csv(store, job_id, path, rejects_file)
            result.rejects_file = rejects_file
        return result
    finally:
        if source.cleanup:
            source.cleanup()


def _refresh_panels(store: Store, panels: Any, result: ImportResult) -> jobs.JobStatus:
    """Refresh the panels of the months the job touched. Its events are stored by now, so a
    refresh that fails (another process kept the file past the wait) does not fail the job:
    it is logged and kept on the job as a warning, since a forecast from these panels would
    miss the job's events until they are rebuilt."""
    try:
        panels.refresh(store, result.touched)
    except Exception as exc:
        warning = f"panels not refreshed: run tocsin import panels ({_first_line(exc)})"
        log.warning("import job %s: %s", result.job.id, warning)
        with store.engine.begin() as conn:
            jobs.set_status(conn, result.job.id, error=warning[:2000])
            return jobs.load(conn, result.job.id)
    return result.job


def _job(
    conn: Connection,
    dataset: str,
    path: Path,
    actor: str,
    options: ImportOptions,
    resume: bool,
    job_id: int | None,
) -> tuple[int, bool]:
    with conn.begin():
        if job_id is None and resume:
            job_id = jobs.find_resumable(conn, dataset, path)
        resumed = job_id is not None and jobs.load(conn, job_id).records_done > 0
        if job_id is None:
            job_id = jobs.create_job(conn, dataset, path, actor, _options_json(options))
        jobs.set_status(
            conn,
            job_id,
            status="running",
            started_at=utcnow(),
            heartbeat_at=utcnow(),
            error=None,
            finished_at=None,
        )
    return job_id, resumed


def _options_json(options: ImportOptions) -> dict[str, Any]:
    return {
        "encoding": options.encoding,
        "include_all": options.include_all,
        "mapping": str(options.mapping) if options.mapping else None,
    }


def _run(
    conn: Connection,
    store: Store,
    dataset: str,
    path: Path,
    source: SourceQuery,
    job_id: int,
    resumed: bool,
    options: ImportOptions,
    actor: str,
    progress: Progress | None,
) -> ImportResult:
    touched: set[tuple[str, str]] = set()
    total = count_lines(path) if progress else None
    writer = None
    try:
        with conn.begin():
            job = jobs.load(conn, job_id)
            reimport = bool(
                conn.execute(select(exists().where(EVENTS.c.dataset == dataset))).scalar()
            )
            if resumed:
                touched |= _months_of_job(conn, job_id)
            geocoder = Geocoder(conn)
            writer = writer_for(conn, dataset, job_id, utcnow())
            ensure_indexes(conn, [EVENTS])
            defer = _large_load(conn, path)
        duck = duckdb.connect()
        duck.execute(f"SET memory_limit='{DUCKDB_MEMORY}'")
        install_macros(duck)
        try:
            cursor = duck.execute(build_select(_importer(dataset), source, job.records_done))
        except duckdb.Error as exc:
            raise TocsinError(
                N_("{name}: cannot read as {dataset}: {reason}"),
                name=path.name,
                dataset=dataset,
                reason=_first_line(exc),
            ) from None
        lines = LineMap(records=job.records_done)
        moved: set[tuple[str, str]] = set()
        reader = _reader(
            cursor,
            options.batch_size,
            job.lines_done or source.first_line,
            path,
            geocoder,
            touched,
            lines,
            source.unique_ids,
        )
        with deferred_indexes(conn, EVENTS, enabled=defer):
            try:
                records = job.records_done
                for prepared in reader:
                    with conn.begin():
                        counts = _write(conn, writer, prepared, reimport, moved)
                        counts["rows_read"] = prepared.read
                        records += prepared.read
                        save_rejects(conn, job_id, prepared.rejects)
                        record_unresolved(conn, job_id, prepared.unresolved)
                        jobs.add_counts(
                            conn,
                            job_id,
                            counts,
                            records_done=records,
                            lines_done=prepared.next_line,
                        )
                    if progress:
                        progress(prepared.next_line - 1, total)
            finally:
                reader.close()
        touched |= moved
        structural = _without_nul(structural_rejects(duck, lines, source.first_line))
        duck.close()
        with conn.begin():
            writer.finish()
        writer = None
        # One transaction for the end of the job, so a failure here is retried whole.
        with conn.begin():
            shift_lines(conn, job_id, structural)
            save_rejects(conn, job_id, structural)
            linked = link_duplicates(conn, dataset, job_id, touched)
            jobs.add_counts(
                conn,
                job_id,
                {"rows_read": len(structural), "rejected": len(structural), "duplicates": linked},
                status="succeeded",
                finished_at=utcnow(),
            )
    except BaseException as exc:
        if conn.in_transaction():
            conn.rollback()
        if writer is not None:
            with conn.begin():
                writer.finish()
        status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
        with conn.begin():
            jobs.set_status(
                conn,
                job_id,
                status=status,
                finished_at=utcnow(),
                error=str(exc)[:2000] or type(exc).__name__,
                error_parts=jobs.error_parts(exc),
            )
            jobs.write_audit(conn, jobs.load(conn, job_id), actor)
        raise
    with conn.begin():
        final = jobs.load(conn, job_id)
        jobs.write_audit(conn, final, actor)
    return ImportResult(final, touched)


def _large_load(conn: Connection, path: Path) -> bool:
    """Whether to build `events`' secondary indexes after the load instead of during it: for a
    big file going into a table that holds fewer events than the file is likely to bring.
    Rebuilding is a sort of the whole table, so for a small file or a big table it would
    cost more than it saves."""
    size = path.stat().st_size
    if size < DEFER_INDEXES_MIN_BYTES:
        return False
    expected = size // BYTES_PER_EVENT
    held = conn.execute(
        select(func.count()).select_from(select(EVENTS.c.id).limit(expected).subquery())
    ).scalar()
    return int(held or 0) < expected


def _reader(
    cursor: duckdb.DuckDBPyConnection,
    size: int,
    first_line: int,
    path: Path,
    geocoder: Geocoder,
    touched: set[tuple[str, str]],
    lines: LineMap,
    unique_ids: bool = False,
) -> Prefetch[Prepared]:
    """Batches fetched from DuckDB and prepared, one or two ahead of the writer."""
    boxes = gazetteer.boxes()
    line = first_line
    seen: dict[str, int] | None = {} if unique_ids else None

    def produce() -> Prepared | None:
        nonlocal line
        try:
            batch = cursor.fetchmany(size)
        except duckdb.Error as exc:
            raise TocsinError(f"{path.name}: {_first_line(exc)}") from None
        if not batch:
            return None
        prepared = prepare(batch, line, boxes, geocoder.locate, touched, lines, seen)
        line = prepared.next_line
        return prepared

    return Prefetch(produce)


def _without_nul(rejects: list[RowReject]) -> list[RowReject]:
    """A malformed row is shown as the file gives it, less any NUL character: PostgreSQL
    cannot store one, and the reject would fail the end of the job."""
    for reject in rejects:
        if reject.value:
            reject.value = reject.value.replace("\x00", "")
    return rejects


def _importer(dataset: str) -> Any:
    return get_importer(dataset)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _write(
    conn: Connection, writer: Any, prepared: Prepared, reimport: bool, touched: set[tuple[str, str]]
) -> dict[str, int]:
    rows = prepared.rows
    unchanged = 0
    if reimport and rows:
        # A re-import skips rows whose hash is unchanged, and remembers the old month of a
        # changed row so that a corrected date refreshes both months' panels.
        known = writer.existing([r[0] for r in rows])
        if known:
            keep = []
            for row in rows:
                held = known.get(row[0])
                if held is None:
                    keep.append(row)
                elif held[0] == row[-2]:
                    unchanged += 1
                else:
                    touched.add((held[1], held[2][:7]))
                    keep.append(row)
            rows = keep
    written = writer.write(rows)
    return {
        "taken": written.inserted,
        "updated": written.updated,
        "unchanged": unchanged + len(rows) - written.inserted - written.updated,
        "rejected": len(prepared.rejects),
        "skipped": prepared.skipped,
        "unresolved": sum(prepared.unresolved.values()),
    }


def _months_of_job(conn: Connection, job_id: int) -> set[tuple[str, str]]:
    rows = conn.execute(
        select(EVENTS.c.country_iso3, EVENTS.c.event_date)
        .distinct()
        .where(EVENTS.c.import_job_id == job_id)
    )
    return {(iso3, str(day)[:7]) for iso3, day in rows}
