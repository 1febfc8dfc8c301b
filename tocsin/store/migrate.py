"""Alembic, driven from code: migrations are the only way the schema changes."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from tocsin.store.indexes import ensure_indexes
from tocsin.store.locks import store_lock

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to `revision`; at head, also put back any index a large import set aside and
    could not restore (see `tocsin.store.indexes`)."""
    # One process migrates at a time (a `serve` and a `worker` started together on an empty
    # store): the others wait, then find the store already at head.
    with store_lock(engine, "migrate"):
        command.upgrade(alembic_config(engine), revision)
        if revision == "head":
            with engine.begin() as connection:
                ensure_indexes(connection)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def known_revision(engine: Engine, revision: str) -> bool:
    """Whether this code knows `revision` (a store migrated by a newer Tocsin has one it
    does not)."""
    scripts = ScriptDirectory.from_config(alembic_config(engine))
    return any(script.revision == revision for script in scripts.walk_revisions())


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision(engine)
