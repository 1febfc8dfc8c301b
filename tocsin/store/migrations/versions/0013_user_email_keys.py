"""users.email_key: one account per mailbox, whatever the letter case, accented capitals too

Revision ID: 0013
Revises: 0012

Accounts were found with the database's ``lower()``, which SQLite applies to ASCII letters
only: an account created as "Çelik@example.org" could never log in, and "Ünal@" and "ünal@"
became two accounts, an administrator's action on one landing on the other. Each account now
keeps a digest of its lower-cased address (as a subscriber's ``email_key`` is), computed in
Python and unique on every store.

Two accounts stored before this revision may share a mailbox ("Ünal@" and "ünal@"). Neither is
lost or closed: the older one gets the key, the later one keeps none and is still found by its
own address exactly as stored. A warning names them, and an entry in the audit log (action
``shared_mailbox``) tells an administrator which to keep; closing the other is theirs to decide.
"""

import hashlib
import logging
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("tocsin.migrations")

users = sa.table(
    "users",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("email_key", sa.String),
)
audit_entries = sa.table(
    "audit_entries",
    sa.column("at", tocsin.store.base.UtcDateTime(timezone=True)),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("changes", sa.JSON),
    sa.column("note", sa.Text),
)


def _key(email: str) -> str:
    """As ``tocsin.store.models.accounts.account_key`` is at this revision (kept here, so that
    a later change there does not change what this revision did)."""
    folded = unicodedata.normalize("NFC", email.strip()).lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("email_key", sa.String(length=64), nullable=True))
    _key_accounts(op.get_bind())
    with op.batch_alter_table("users") as batch_op:
        batch_op.create_unique_constraint("uq_users_email_key", ["email_key"])


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_constraint("uq_users_email_key", type_="unique")
        batch_op.drop_column("email_key")


def _key_accounts(conn: sa.Connection) -> None:
    owner: dict[str, sa.Row] = {}  # key -> the oldest account of that mailbox
    for row in conn.execute(sa.select(users.c.id, users.c.email).order_by(users.c.id)).all():
        key = _key(row.email)
        first = owner.setdefault(key, row)
        if first is row:
            conn.execute(sa.update(users).where(users.c.id == row.id).values(email_key=key))
        else:
            _shared_mailbox(conn, first, row)


def _shared_mailbox(conn: sa.Connection, first: sa.Row, later: sa.Row) -> None:
    log.warning(
        "users %s (%s) and %s (%s) share a mailbox: both still log in with the address as"
        " stored; user %s answers to any other spelling. Close the one not wanted"
        " (tocsin user deactivate).",
        first.id,
        first.email,
        later.id,
        later.email,
        first.id,
    )
    conn.execute(
        sa.insert(audit_entries).values(
            at=datetime.now(UTC),
            actor="migration:0013",
            action="shared_mailbox",
            entity="User",
            entity_id=str(later.id),
            changes={"same_mailbox_as": first.id},
            note=(
                "an older account has this mailbox in another letter case; this one is found"
                " only by its address exactly as stored"
            ),
        )
    )
