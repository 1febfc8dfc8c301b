"""Bulk upserts of imported Events, past the ORM's per-row flush.

One statement per batch, built with SQLAlchemy's dialect inserts (ON CONFLICT on
(dataset, source_event_id)) and run on the DB-API cursor: SQLite takes it as one executemany;
PostgreSQL gets the batch by COPY into a temporary table and one INSERT ... SELECT. A conflicting
row is rewritten only when its row hash differs, so re-importing a file changes nothing.
Writers are chosen by dialect name from a registry, like importers.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Connection, bindparam, func, literal_column, select, text
from sqlalchemy.dialects import postgresql, sqlite

from tocsin.ingest.vocabulary import EVENT_COLUMNS
from tocsin.store.base import table_of
from tocsin.store.models import Event

TABLE = table_of(Event)
_UPDATED = (*EVENT_COLUMNS, "import_job_id")


@dataclass
class Written:
    inserted: int = 0
    updated: int = 0


class EventWriter(ABC):
    dialect: ClassVar[str]

    def __init__(self, conn: Connection, dataset: str, job_id: int, now: datetime) -> None:
        self.conn = conn
        self.dataset = dataset
        self.job_id = int(job_id)
        self.now = now

    def _constants(self) -> dict[str, Any]:
        return {
            "dataset": literal_column("'" + self.dataset.replace("'", "''") + "'"),
            "import_job_id": literal_column(str(self.job_id)),
            "created_at": literal_column(f"'{self._timestamp()}'"),
        }

    @abstractmethod
    def _timestamp(self) -> str: ...

    @abstractmethod
    def existing(self, ids: Sequence[str]) -> dict[str, tuple[str | None, str, str]]:
        """For ids already stored: id -> (row hash, country, date as text)."""

    @abstractmethod
    def write(self, rows: list[tuple[Any, ...]]) -> Written: ...

    def finish(self) -> None:  # noqa: B027 (optional hook; most writers need nothing)
        """Called once after the last batch, outside any transaction."""

    def _cursor(self) -> Any:
        return self.conn.connection.cursor()


class SqliteWriter(EventWriter):
    dialect = "sqlite"

    def __init__(self, conn: Connection, dataset: str, job_id: int, now: datetime) -> None:
        super().__init__(conn, dataset, job_id, now)
        stmt = sqlite.insert(TABLE).values(
            {c: bindparam(c) for c in EVENT_COLUMNS} | self._constants()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["dataset", "source_event_id"],
            set_={c: stmt.excluded[c] for c in _UPDATED},
            where=TABLE.c.row_hash.is_distinct_from(stmt.excluded.row_hash),
        )
        compiled = stmt.compile(dialect=conn.dialect)
        if tuple(compiled.positiontup or ()) != EVENT_COLUMNS:
            raise RuntimeError(f"insert parameters out of order: {compiled.positiontup}")
        self.sql = str(compiled)
        # A big page cache keeps the unique index's hot pages in memory across batches.
        conn.exec_driver_sql("PRAGMA cache_size = -131072")

    def _timestamp(self) -> str:
        return self.now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DATETIME

    def existing(self, ids: Sequence[str]) -> dict[str, tuple[str | None, str, str]]:
        rows = self.conn.execute(
            text(
                "SELECT source_event_id, row_hash, country_iso3, event_date FROM events "
                "WHERE dataset = :ds AND source_event_id IN (SELECT value FROM json_each(:ids))"
            ),
            {"ds": self.dataset, "ids": json.dumps(list(ids))},
        )
        return {r[0]: (r[1], r[2], str(r[3])) for r in rows}

    def write(self, rows: list[tuple[Any, ...]]) -> Written:
        if not rows:
            return Written()
        # Foreign keys off for this connection while it bulk-writes: an upsert otherwise pays
        # for checks on every reference of `events` (about 2.5x the cost of the insert), and
        # the writer sets each of those columns itself (the job id it created, NULL links).
        # The PRAGMA only takes effect outside a transaction, which SQLite's driver opens at
        # the first write of the batch, just below.
        self.conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        # SQLite hands out rowids above the current maximum, and one writer holds the lock,
        # so the rows above the old maximum are exactly the ones this batch inserted.
        top = self.conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM events").scalar()
        cursor = self._cursor()
        cursor.executemany(self.sql, rows)
        changed = cursor.rowcount
        inserted = self.conn.exec_driver_sql(
            "SELECT count(*) FROM events WHERE id > ?", (top,)
        ).scalar()
        return Written(inserted=int(inserted or 0), updated=int(changed) - int(inserted or 0))

    def finish(self) -> None:
        self.conn.exec_driver_sql("PRAGMA foreign_keys = ON")


class PostgresWriter(EventWriter):
    dialect = "postgresql"
    STAGE = "tocsin_event_stage"

    def __init__(self, conn: Connection, dataset: str, job_id: int, now: datetime) -> None:
        super().__init__(conn, dataset, job_id, now)
        types = {c: TABLE.c[c].type.compile(dialect=conn.dialect) for c in EVENT_COLUMNS}
        columns = ", ".join(f"{c} {types[c]}" for c in EVENT_COLUMNS)
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE IF NOT EXISTS {self.STAGE} ({columns}) ON COMMIT DELETE ROWS"
        )
        cols = ", ".join(EVENT_COLUMNS)
        # DISTINCT ON: PostgreSQL refuses to upsert one row twice in a statement, so a source
        # id repeated within a batch keeps its last line.
        source = (
            f"SELECT DISTINCT ON (source_event_id) {cols} FROM {self.STAGE} "
            "ORDER BY source_event_id, source_line DESC"
        )
        stmt = postgresql.insert(TABLE).from_select(
            [*EVENT_COLUMNS, "dataset", "import_job_id", "created_at"],
            select(
                *(literal_column(f"s.{c}") for c in EVENT_COLUMNS),
                *self._constants().values(),
            ).select_from(text(f"({source}) AS s")),
        )
        written = (
            stmt.on_conflict_do_update(
                index_elements=["dataset", "source_event_id"],
                set_={c: stmt.excluded[c] for c in _UPDATED},
                where=TABLE.c.row_hash.is_distinct_from(stmt.excluded.row_hash),
            )
            .returning(literal_column("(xmax = 0)").label("inserted"))
            .cte("written")
        )
        counted = select(
            func.count().filter(written.c.inserted), func.count().filter(~written.c.inserted)
        )
        self.sql = str(counted.compile(dialect=conn.dialect))
        self.copy_sql = f"COPY {self.STAGE} ({cols}) FROM STDIN"

    def _timestamp(self) -> str:
        return self.now.isoformat()

    def existing(self, ids: Sequence[str]) -> dict[str, tuple[str | None, str, str]]:
        rows = self.conn.execute(
            text(
                "SELECT source_event_id, row_hash, country_iso3, event_date FROM events "
                "WHERE dataset = :ds AND source_event_id = ANY(:ids)"
            ),
            {"ds": self.dataset, "ids": list(ids)},
        )
        return {r[0]: (r[1], r[2], str(r[3])) for r in rows}

    def write(self, rows: list[tuple[Any, ...]]) -> Written:
        if not rows:
            return Written()
        cursor = self._cursor()
        with cursor.copy(self.copy_sql) as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(self.sql)
        inserted, updated = cursor.fetchone()
        return Written(inserted=int(inserted), updated=int(updated))


WRITERS: dict[str, type[EventWriter]] = {w.dialect: w for w in (SqliteWriter, PostgresWriter)}


def writer_for(conn: Connection, dataset: str, job_id: int, now: datetime) -> EventWriter:
    return WRITERS[conn.dialect.name](conn, dataset, job_id, now)
