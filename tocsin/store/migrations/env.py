"""Alembic environment: runs against the engine handed over by tocsin.store.migrate."""

from __future__ import annotations

from alembic import context

from tocsin.store import models  # noqa: F401  (fills the metadata)
from tocsin.store.base import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
