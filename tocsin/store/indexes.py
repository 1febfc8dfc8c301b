"""Secondary indexes: put back any the metadata defines, and set them aside for a large load.

Keeping a table's secondary B-trees up to date row by row is most of the cost of loading a big
file into a nearly empty `events` table; building each index once, from the loaded rows, is a
sort and much cheaper. `deferred_indexes` drops them for the load and recreates them -- the
same names, the definitions read from the model metadata -- when the load ends, whether it
succeeded or failed. Only a process killed outright between the two can leave them missing,
so `ensure_indexes` runs after every migration to head (`tocsin init`, `open_store(migrate=True)`)
and at the start of every import, and recreates whatever is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Index, Table, inspect
from sqlalchemy.schema import CreateIndex, DropIndex

from tocsin.store import models  # noqa: F401  (fills the metadata)
from tocsin.store.base import Base


def missing_indexes(conn: Connection, tables: list[Table] | None = None) -> list[Index]:
    """Indexes the metadata defines on existing tables that the database lacks."""
    inspector = inspect(conn)
    present_tables = set(inspector.get_table_names())
    missing = []
    for table in tables or list(Base.metadata.sorted_tables):
        if table.name not in present_tables or not table.indexes:
            continue
        present = {ix["name"] for ix in inspector.get_indexes(table.name)}
        missing += [ix for ix in table.indexes if ix.name not in present]
    return sorted(missing, key=lambda ix: str(ix.name))


def ensure_indexes(conn: Connection, tables: list[Table] | None = None) -> list[str]:
    """Create every missing index; returns their names. Call inside a transaction."""
    missing = missing_indexes(conn, tables)
    for index in missing:
        conn.execute(CreateIndex(index, if_not_exists=True))
    return [str(ix.name) for ix in missing]


@contextmanager
def deferred_indexes(conn: Connection, table: Table, enabled: bool = True) -> Iterator[None]:
    """Drop `table`'s secondary indexes (not its primary key or unique constraints, which
    upserts need) for the duration of the block, and recreate them afterwards, also when the
    block raises. The connection must not be in a transaction on entry or exit."""
    if not enabled or not table.indexes:
        yield
        return
    indexes = sorted(table.indexes, key=lambda ix: str(ix.name))
    with conn.begin():
        for index in indexes:
            conn.execute(DropIndex(index, if_exists=True))
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        with conn.begin():
            for index in indexes:
                conn.execute(CreateIndex(index, if_not_exists=True))
