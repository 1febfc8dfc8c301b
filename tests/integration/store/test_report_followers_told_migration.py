"""Revision 0025 on a store with reports: every report already there counts as told (the
upgrade mails no follower a list of old reports), a new one waits to be told, and the
revision comes off again keeping the reports."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tocsin.store.migrate import alembic_config, current_revision, upgrade

REPORT = (
    "INSERT INTO reports (reference, status, channel, title, text, received_at, country_iso3,"
    " anonymous, raw, created_at) VALUES (:ref, 'received', 'web', 't', 'text',"
    " CURRENT_TIMESTAMP, 'MLI', TRUE, '{}', CURRENT_TIMESTAMP)"
)


def test_revision_0025_marks_the_reports_there_as_told_and_comes_off_cleanly(empty_engine):
    engine = empty_engine
    upgrade(engine, "0024")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO countries (iso3, iso2, name) VALUES ('MLI', 'ML', 'Mali')"))
        conn.execute(text(REPORT), {"ref": "R-OLD"})

    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text(REPORT), {"ref": "R-NEW"})
        told = dict(conn.execute(text("SELECT reference, followers_told_at FROM reports")).all())
    assert told["R-OLD"] is not None and told["R-NEW"] is None

    command.downgrade(alembic_config(engine), "0024")
    assert current_revision(engine) == "0024"
    assert "followers_told_at" not in {c["name"] for c in inspect(engine).get_columns("reports")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM reports")).scalar_one() == 2
    engine.dispose()

