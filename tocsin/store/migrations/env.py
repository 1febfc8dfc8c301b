"""Alembic environment: runs against the engine handed over by tocsin.store.migrate.

On SQLite most ALTERs are done by copying a table ("batch" mode), which DROPs the old table:
with foreign keys enforced that fails as soon as other rows point at it. So, as Alembic's
documentation advises, enforcement is switched off for the migration, and the foreign keys are
checked as a whole before it commits.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import event

from tocsin.store import models  # noqa: F401  (fills the metadata)
from tocsin.store.base import Base

config = context.config
engine = config.attributes["engine"]
sqlite = engine.dialect.name == "sqlite"


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=sqlite,  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")


def _emit_begin(connection) -> None:  # type: ignore[no-untyped-def]
    connection.exec_driver_sql("BEGIN")


if sqlite:
    with engine.connect() as connection:
        # pysqlite commits DDL as it goes unless it is told to stay out of the way: emit BEGIN
        # ourselves (SQLAlchemy's recipe) so a failed migration leaves nothing behind.
        raw = connection.connection.dbapi_connection
        previous = raw.isolation_level
        raw.isolation_level = None
        raw.execute("PRAGMA foreign_keys=OFF")  # has no effect inside a transaction
        event.listen(connection, "begin", _emit_begin)
        try:
            _run(connection)
        finally:
            event.remove(connection, "begin", _emit_begin)
            raw.execute("PRAGMA foreign_keys=ON")
            raw.isolation_level = previous
else:
    with engine.begin() as connection:
        _run(connection)
