"""Revision 0023 on a store with deliveries: every delivery is kept with its subscriber, the
highest id the outbox ever gave is not handed out again on SQLite, a delivery must have
exactly one recipient, and the revision comes off again keeping the subscribers' deliveries."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from tocsin.store.migrate import alembic_config, current_revision, upgrade


def _seed_at_0022(engine) -> None:
    upgrade(engine, "0022")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO subscribers (id, name, email, email_key, active, min_level, origin,"
                " language, created_at) VALUES (1, 'Desk', 'desk@example.org', 'k', TRUE,"
                " 'watch', 'analyst', 'en', CURRENT_TIMESTAMP)"
            )
        )
        for delivery_id in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO deliveries (id, kind, subscriber_id, channel, status, attempts,"
                    " queued_at, next_attempt_at, message_id, created_at) VALUES (:id,"
                    " 'confirmation', 1, 'email', 'pending', 0, CURRENT_TIMESTAMP,"
                    " CURRENT_TIMESTAMP, :mid, CURRENT_TIMESTAMP)"
                ),
                {"id": delivery_id, "mid": f"m{delivery_id}"},
            )
        conn.execute(text("DELETE FROM deliveries WHERE id = 3"))  # a forgotten sign-up's mail
        conn.execute(
            text(
                "INSERT INTO users (id, email, email_key, name, role, password_hash, active,"
                " created_at) VALUES (1, 'ana@example.org', 'u', 'Ana', 'analyst', 'x', TRUE,"
                " CURRENT_TIMESTAMP)"
            )
        )


def _insert(conn, delivery_id: int, subscriber_id: int | None, user_id: int | None) -> None:
    conn.execute(
        text(
            "INSERT INTO deliveries (id, kind, subscriber_id, user_id, channel, status, attempts,"
            " queued_at, next_attempt_at, message_id, created_at) VALUES (:id, 'notice', :s, :u,"
            " 'email', 'pending', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :mid,"
            " CURRENT_TIMESTAMP)"
        ),
        {"id": delivery_id, "s": subscriber_id, "u": user_id, "mid": f"n{delivery_id}"},
    )


def test_revision_0023_keeps_the_outbox_and_wants_one_recipient(empty_engine):
    engine = empty_engine
    _seed_at_0022(engine)

    upgrade(engine)
    with engine.begin() as conn:
        kept = conn.execute(text("SELECT id, subscriber_id FROM deliveries ORDER BY id")).all()
        assert [tuple(r) for r in kept] == [(1, 1), (2, 1)]
        user = conn.execute(text("SELECT language, notices FROM users")).one()
        assert (user[0], bool(user[1])) == ("en", True)
        if engine.dialect.name == "sqlite":  # the deleted row's id is not given again
            conn.execute(
                text(
                    "INSERT INTO deliveries (kind, user_id, channel, status, attempts, queued_at,"
                    " next_attempt_at, message_id, created_at) VALUES ('notice', 1, 'email',"
                    " 'pending', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'n', CURRENT_TIMESTAMP)"
                )
            )
            assert conn.execute(text("SELECT MAX(id) FROM deliveries")).scalar_one() == 4
        else:
            _insert(conn, 4, None, 1)
    for subscriber_id, user_id in ((1, 1), (None, None)):
        with pytest.raises(IntegrityError, match="one_recipient"), engine.begin() as conn:
            _insert(conn, 9, subscriber_id, user_id)

    command.downgrade(alembic_config(engine), "0022")
    assert current_revision(engine) == "0022"
    assert "user_id" not in {c["name"] for c in inspect(engine).get_columns("deliveries")}
    with engine.connect() as conn:
        left = conn.execute(text("SELECT id FROM deliveries ORDER BY id")).scalars().all()
    assert left == [1, 2]  # the notices went with the column; the subscribers' stay
    engine.dispose()
