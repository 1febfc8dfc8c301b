"""Migrations: a store with data upgrades cleanly, and the models match the migrated schema."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tocsin.store.base import Base
from tocsin.store.engine import make_engine
from tocsin.store.migrate import is_current, upgrade


def _seed_at_first_revision(engine) -> None:
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO countries (iso3, iso2, name) VALUES ('BFA', 'BF', 'BF')"))
        conn.execute(
            text(
                "INSERT INTO reports (reference, status, channel, title, text, received_at,"
                " country_iso3, anonymous, raw, created_at) VALUES ('R-1', 'verified', 'web', 't',"
                " 'text of the report', CURRENT_TIMESTAMP, 'BFA', TRUE, '{}', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO events (dataset, source_event_id, event_date, country_iso3,"
                " civilian_targeting, report_id, created_at) VALUES ('report', 'R-1', '2026-01-01',"
                " 'BFA', FALSE, 1, CURRENT_TIMESTAMP)"
            )
        )


def test_a_store_with_data_upgrades_to_head(empty_engine):
    engine = empty_engine
    _seed_at_first_revision(engine)
    upgrade(engine)
    assert is_current(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM reports")).scalar_one() == "t"
        assert conn.execute(text("SELECT report_id FROM events")).scalar_one() == 1
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"
    engine.dispose()


def test_a_failed_sqlite_migration_leaves_nothing_behind(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    _seed_at_first_revision(engine)
    with engine.begin() as conn:  # a table in the way makes revision 0003 fail half-way
        conn.exec_driver_sql("CREATE TABLE attachments (id INTEGER PRIMARY KEY)")
    with pytest.raises(Exception, match="attachments"):
        upgrade(engine)
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert "report_forms" not in tables, "the failed revision was not rolled back"
        assert version in ("0001", "0002") and ("import_jobs" in tables) == (version == "0002")
    engine.dispose()
