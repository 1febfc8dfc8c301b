"""Revision 0013 on a store that already holds one mailbox twice ("Ünal@" and "ünal@", which
SQLite's lower() let through): neither account is lost, each still logs in by its own spelling,
and the administrator is told, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tocsin.accounts.passwords import hash_password
from tocsin.accounts.service import authenticate
from tocsin.store.base import Base
from tocsin.store.migrate import upgrade
from tocsin.store.models import AuditEntry
from tocsin.store.uow import Store

ACCOUNTS = {  # id: (address as stored, password)
    3: ("admin@example.org", "admin-password-3"),
    7: ("Ünal@example.org", "first-unal-pw-7"),
    8: ("ünal@example.org", "second-unal-pw-8"),
    9: ("Çelik@example.org", "celik-password-9"),
}


def _seed_at_0012(engine) -> None:
    upgrade(engine, "0012")
    with engine.begin() as conn:
        for user_id, (email, password) in ACCOUNTS.items():
            conn.execute(
                text(
                    "INSERT INTO users (id, email, name, role, password_hash, active, created_at)"
                    " VALUES (:id, :email, :email, 'analyst', :hash, TRUE, CURRENT_TIMESTAMP)"
                ),
                {"id": user_id, "email": email, "hash": hash_password(password)},
            )


def test_two_accounts_of_one_mailbox_both_keep_working(empty_engine, caplog):
    engine = empty_engine
    _seed_at_0012(engine)

    with caplog.at_level(logging.WARNING, logger="tocsin.migrations"):
        upgrade(engine)

    warnings = [r.getMessage() for r in caplog.records if r.name == "tocsin.migrations"]
    assert len(warnings) == 1 and "users 7 (Ünal@example.org) and 8" in warnings[0]
    with engine.connect() as conn:
        keys = dict(conn.execute(text("SELECT id, email_key FROM users")).all())
        assert keys[8] is None and all(keys[i] for i in (3, 7, 9))
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"

    store = Store(engine)
    with store.uow() as uow:
        # Each by its own spelling; any other spelling is the older account's.
        for typed, user_id in (
            ("Ünal@example.org", 7),
            ("ünal@example.org", 8),
            ("ÜNAL@EXAMPLE.ORG", 7),
            ("çelik@example.org", 9),
        ):
            assert uow.users.by_email(typed).id == user_id, typed
        assert authenticate(uow, "Ünal@example.org", ACCOUNTS[7][1]).user_id == 7
        assert authenticate(uow, "ünal@example.org", ACCOUNTS[8][1]).user_id == 8
        assert authenticate(uow, "ÇELIK@example.org", ACCOUNTS[9][1]).user_id == 9
        told = uow.session.query(AuditEntry).filter_by(action="shared_mailbox").one()
        assert (told.entity, told.entity_id, told.changes) == ("User", "8", {"same_mailbox_as": 7})
    store.dispose()
