"""api tokens expire

Revision ID: 0018
Revises: 0017

A bearer token worked for ever unless someone remembered to revoke it, so a leaked one (a
partner's script pasted in a ticket, a phone backed up to a stranger's cloud) did too. Tokens
now carry `expires_at`. Those issued before this revision are given one year from the
upgrade: long enough that no partner tool stops without warning, while none lives for ever;
`tocsin user tokens EMAIL` shows each one's end. The change is in the audit log, one entry
for all of them.
"""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: What a token issued before this revision is given, from the moment of the upgrade.
EXISTING_TOKENS_LIVE = timedelta(days=365)

api_tokens = sa.table(
    "api_tokens",
    sa.column("id", sa.Integer),
    sa.column("expires_at", tocsin.store.base.UtcDateTime(timezone=True)),
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


def upgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch:
        batch.add_column(
            sa.Column("expires_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True)
        )
    conn = op.get_bind()
    now = datetime.now(UTC)
    ends = now + EXISTING_TOKENS_LIVE
    given = conn.execute(sa.update(api_tokens).values(expires_at=ends)).rowcount
    if given:
        conn.execute(
            sa.insert(audit_entries).values(
                at=now,
                actor="migration:0018",
                action="update",
                entity="ApiToken",
                entity_id=None,
                changes={"expires_at": [None, ends.isoformat()], "tokens": given},
                note="tokens issued before expiry existed expire a year from the upgrade",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch:
        batch.drop_column("expires_at")
