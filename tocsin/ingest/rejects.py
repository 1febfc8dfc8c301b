"""Bad rows: kept in `import_rejects`, written out as CSV, and placed on their true lines.

Rows the mapping or the checks refuse are numbered by the pipeline as it streams. Rows DuckDB's
CSV reader cannot even split (too few or too many fields, an unterminated quote) are only known
when the scan ends, numbered by record; here they are turned into physical lines, and the lines
of the rows stored after them are moved down by the lines they take.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

import duckdb
from sqlalchemy import Connection, insert, update

from tocsin.domain.cells import cell
from tocsin.ingest import jobs
from tocsin.ingest.batches import LineMap, RowReject
from tocsin.store.base import table_of
from tocsin.store.models import Event, ImportReject
from tocsin.store.uow import Store

EVENTS = table_of(Event)
REJECTS = table_of(ImportReject)


def save_rejects(conn: Connection, job_id: int, rejects: list[RowReject]) -> None:
    if rejects:
        conn.execute(
            insert(REJECTS),
            [
                {
                    "job_id": job_id,
                    "line": r.line,
                    "field": r.field[:80],
                    "reason": r.reason[:300],
                    "value": r.value[:300] if r.value else None,
                    "source_event_id": r.source_event_id[:64] if r.source_event_id else None,
                }
                for r in rejects
            ],
        )


def structural_rejects(
    duck: duckdb.DuckDBPyConnection, lines: LineMap, first: int
) -> list[RowReject]:
    """Rows DuckDB's CSV reader could not split, one reject per row, at their physical line.

    DuckDB numbers them by record; the records it returned before each one, and the line
    breaks inside those, give the physical line. (After a resumed run the line breaks of the
    first run's records are not known, and such lines may come out short.)
    """
    try:
        found = duck.execute(
            "SELECT line, min_by(column_name, column_idx), string_agg(DISTINCT error_type, ', '), "
            "any_value(csv_line) FROM reject_errors GROUP BY line ORDER BY line"
        ).fetchall()
    except duckdb.Error:
        return []
    out: list[RowReject] = []
    spanned = 0  # physical lines of the rejected rows before this one
    for i, (record_line, column, kind, text) in enumerate(found):
        returned_before = int(record_line) - first - i
        line = first + returned_before + lines.extra_before(returned_before) + spanned
        out.append(
            RowReject(
                line,
                column or "row",
                f"malformed row: {kind.lower()}",
                (text or "").strip("\r\n")[:300],
                None,
            )
        )
        spanned += (text or "").strip("\r\n").count("\n") + 1
    return out


def shift_lines(conn: Connection, job_id: int, skipped: list[RowReject]) -> None:
    """Lines were counted over the rows DuckDB returned; put back the lines of the rows it
    could not parse. Working from the last such row backwards keeps every threshold in the
    numbering the rows were stored with."""
    spans = []
    removed = 0
    for reject in skipped:
        size = (reject.value or "").count("\n") + 1
        spans.append((reject.line - removed, size))
        removed += size
    for computed, size in reversed(spans):
        conn.execute(
            update(EVENTS)
            .where(EVENTS.c.import_job_id == job_id, EVENTS.c.source_line >= computed)
            .values(source_line=EVENTS.c.source_line + size)
        )
        conn.execute(
            update(REJECTS)
            .where(REJECTS.c.job_id == job_id, REJECTS.c.line >= computed)
            .values(line=REJECTS.c.line + size)
        )


def write_rejects(store: Store, job_id: int, file_name: str, out: TextIO) -> int:
    """The job's rejects as CSV (file, line, field, reason, value, source_event_id)."""
    rejects = jobs.job_rejects(store, job_id)
    writer = csv.writer(out)
    writer.writerow(["file", "line", "field", "reason", "value", "source_event_id"])
    for r in rejects:
        row = (file_name, r.line, r.field, r.reason, r.value, r.source_event_id)
        writer.writerow([cell(v) for v in row])
    return len(rejects)


def write_rejects_csv(store: Store, job_id: int, path: Path, target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", newline="", encoding="utf-8") as handle:
        return write_rejects(store, job_id, path.name, handle)
