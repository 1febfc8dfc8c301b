"""Revision 0027 on a store with subscribers: each keeps its mails (no webhook), and the
revision comes off again keeping them."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tocsin.store.migrate import alembic_config, current_revision, upgrade


def test_revision_0027_keeps_mailboxes_and_comes_off_cleanly(empty_engine):
    engine = empty_engine
    upgrade(engine, "0026")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO subscribers (id, name, email, email_key, active, min_level, origin,"
                " language, created_at) VALUES (1, 'Desk', 'desk@example.org', 'k', TRUE,"
                " 'watch', 'analyst', 'en', CURRENT_TIMESTAMP)"
            )
        )
    upgrade(engine)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT email, webhook_url, webhook_secret FROM subscribers"))
        assert row.one() == ("desk@example.org", None, None)
    command.downgrade(alembic_config(engine), "0026")
    assert current_revision(engine) == "0026"
    assert "webhook_url" not in {c["name"] for c in inspect(engine).get_columns("subscribers")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM subscribers")).scalar_one() == 1
    engine.dispose()
