"""Revision 0024 on a store with situations and users: followers start empty (so every
analyst is told, as before), one person follows a situation once, and the revision comes off
again with the situations and users kept."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from tocsin.store.migrate import alembic_config, current_revision, upgrade

FOLLOW = (
    "INSERT INTO situation_followers (situation_id, user_id, created_at)"
    " VALUES (1, 1, CURRENT_TIMESTAMP)"
)


def _seed_at_0023(engine) -> None:
    upgrade(engine, "0023")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO countries (iso3, iso2, name) VALUES ('MMR', 'MM', 'M')"))
        conn.execute(
            text(
                "INSERT INTO situations (id, country_iso3, name, level, reasons, level_changed_at,"
                " created_at) VALUES (1, 'MMR', 'Myanmar', 'watch', '[]', CURRENT_TIMESTAMP,"
                " CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO users (id, email, email_key, name, role, password_hash, active,"
                " notices, language, created_at) VALUES (1, 'ana@example.org', 'u', 'Ana',"
                " 'analyst', 'x', TRUE, TRUE, 'en', CURRENT_TIMESTAMP)"
            )
        )


def test_revision_0024_adds_followers_and_comes_off_cleanly(empty_engine):
    engine = empty_engine
    _seed_at_0023(engine)
    upgrade(engine)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM situation_followers")).scalar_one() == 0
        conn.execute(text(FOLLOW))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text(FOLLOW))  # the same person twice

    command.downgrade(alembic_config(engine), "0023")
    assert current_revision(engine) == "0023"
    assert "situation_followers" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM situations")).scalar_one() == 1
        assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 1
    upgrade(engine)
    assert "situation_followers" in inspect(engine).get_table_names()
    engine.dispose()
