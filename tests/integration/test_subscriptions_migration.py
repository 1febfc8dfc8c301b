"""Revision 0008 on a store that already holds one mailbox twice in different letter case: the
two become one subscriber that hears of no less than before, without a second copy of any alert,
on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tocsin.store.base import Base
from tocsin.store.engine import make_engine
from tocsin.store.migrate import upgrade

NOW = "CURRENT_TIMESTAMP"


def _seed_at_0007(engine) -> None:
    upgrade(engine, "0007")
    with engine.begin() as conn:
        for iso3, iso2 in (("BFA", "BF"), ("MLI", "ML"), ("SDN", "SD")):
            conn.execute(
                text("INSERT INTO countries (iso3, iso2, name) VALUES (:a, :b, :a)"),
                {"a": iso3, "b": iso2},
            )
        subscribers = [
            (1, "Desk@Example.org", True, "serious_concern", ["BFA"]),
            (2, "other@example.org", True, "watch", ["SDN"]),
            (3, "desk@example.org", True, "watch", ["MLI", "BFA"]),
            (4, "DESK@example.org", False, "watch", ["SDN"]),
        ]
        for sid, email, active, level, countries in subscribers:
            conn.execute(
                text(
                    "INSERT INTO subscribers (id, name, email, active, min_level, created_at)"
                    f" VALUES (:id, 'n', :email, :active, :level, {NOW})"
                ),
                {"id": sid, "email": email, "active": active, "level": level},
            )
            for iso3 in countries:
                conn.execute(
                    text("INSERT INTO subscriptions (subscriber_id, country_iso3) VALUES (:s, :c)"),
                    {"s": sid, "c": iso3},
                )
        for alert_id in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO alerts (id, kind, country_iso3, title, body, created_at) VALUES"
                    f" (:id, 'level_change', 'BFA', 't', 'b', {NOW})"
                ),
                {"id": alert_id},
            )
        # Alert 1 went to both spellings of the mailbox; alert 2 only to the second one.
        for delivery_id, alert_id, subscriber_id in ((1, 1, 1), (2, 1, 3), (3, 2, 3), (4, 1, 2)):
            conn.execute(
                text(
                    "INSERT INTO deliveries (id, alert_id, subscriber_id, channel, status,"
                    " attempts, next_attempt_at, message_id, created_at) VALUES (:id, :a, :s,"
                    f" 'email', 'sent', 1, {NOW}, :m, {NOW})"
                ),
                {"id": delivery_id, "a": alert_id, "s": subscriber_id, "m": f"<d{delivery_id}@x>"},
            )


def test_one_mailbox_stored_twice_becomes_one_subscriber(empty_engine):
    engine = empty_engine
    _seed_at_0007(engine)

    upgrade(engine)

    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, email, active, min_level, origin FROM subscribers ORDER BY id")
        ).all()
        assert [(r.id, r.email, bool(r.active), r.min_level, r.origin) for r in rows] == [
            (1, "Desk@Example.org", True, "watch", "analyst"),
            (2, "other@example.org", True, "watch", "analyst"),
        ]
        countries = conn.scalars(
            text("SELECT country_iso3 FROM subscriptions WHERE subscriber_id = 1")
        ).all()
        assert sorted(countries) == ["BFA", "MLI"]  # the inactive copy's SDN is not revived
        deliveries = conn.execute(
            text("SELECT id, alert_id, subscriber_id, kind FROM deliveries ORDER BY id")
        ).all()
        assert [tuple(d) for d in deliveries] == [
            (1, 1, 1, "alert"),
            (3, 2, 1, "alert"),
            (4, 1, 2, "alert"),
        ]
        merged = text("SELECT entity_id FROM audit_entries WHERE action = 'merge' ORDER BY 1")
        assert conn.scalars(merged).all() == ["3", "4"]
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"
    with engine.begin() as conn, pytest.raises(Exception, match="(?i)unique"):
        conn.execute(
            text(
                "INSERT INTO subscribers (name, email, email_key, active, min_level, origin,"
                f" created_at) SELECT name, email, email_key, active, min_level, origin, {NOW}"
                " FROM subscribers WHERE id = 1"
            )
        )
    engine.dispose()


def test_merging_keeps_the_copy_of_an_alert_already_sent(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    _seed_at_0007(engine)
    with engine.begin() as conn:  # alert 2 waits for the first spelling, was sent to the other
        conn.execute(
            text(
                "INSERT INTO deliveries (id, alert_id, subscriber_id, channel, status, attempts,"
                f" next_attempt_at, message_id, created_at) VALUES (5, 2, 1, 'email', 'pending',"
                f" 0, {NOW}, '<d5@x>', {NOW})"
            )
        )

    upgrade(engine)

    with engine.connect() as conn:
        second = conn.execute(
            text("SELECT id, subscriber_id, status FROM deliveries WHERE alert_id = 2")
        ).all()
    assert [tuple(d) for d in second] == [(3, 1, "sent")], "the mailbox would get alert 2 again"
    engine.dispose()
