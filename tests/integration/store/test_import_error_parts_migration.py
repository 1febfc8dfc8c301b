"""Revision 0026 on a store with import jobs: a job that failed before keeps its English error
and no parts (told as written on every page), and the revision comes off again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tocsin.store.migrate import alembic_config, current_revision, upgrade


def test_revision_0026_keeps_failed_jobs_and_comes_off_cleanly(empty_engine):
    engine = empty_engine
    upgrade(engine, "0025")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO import_jobs (dataset, file_name, file_fingerprint, file_size, status,"
                " actor, options, records_done, lines_done, rows_read, taken, updated, unchanged,"
                " rejected, skipped, duplicates, unresolved, error, created_at) VALUES ('acled',"
                " 'x.csv', 'f', 1, 'failed', 'system', '{}', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
                " 'x.csv: not an ACLED export', CURRENT_TIMESTAMP)"
            )
        )
    upgrade(engine)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT error, error_parts FROM import_jobs")).one()
    assert row == ("x.csv: not an ACLED export", None)
    command.downgrade(alembic_config(engine), "0025")
    assert current_revision(engine) == "0025"
    assert "error_parts" not in {c["name"] for c in inspect(engine).get_columns("import_jobs")}
    engine.dispose()
