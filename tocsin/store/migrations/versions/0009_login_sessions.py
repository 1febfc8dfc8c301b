"""login sessions kept on the server; sources named by the public kept apart

Revision ID: 0009
Revises: 0008

- `login_sessions`: a logged-in browser's session, by the SHA-256 of the random id its cookie
  holds, so that logging out or closing the account ends it on the server. Cookies issued
  before this revision carry no such id and are logged out.
- `sources` are unique by name *and* kind: a name typed by a member of the public no longer
  finds the curated source of the same name (and its grade).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("ended_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_login_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_login_sessions_token_hash")),
    )
    op.create_index(
        op.f("ix_login_sessions_user_id"), "login_sessions", ["user_id"], unique=False
    )
    with op.batch_alter_table("sources") as batch:
        batch.drop_constraint("uq_sources_name", type_="unique")
        batch.create_unique_constraint("uq_sources_name", ["name", "kind"])


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_constraint("uq_sources_name", type_="unique")
        batch.create_unique_constraint("uq_sources_name", ["name"])
    op.drop_index(op.f("ix_login_sessions_user_id"), table_name="login_sessions")
    op.drop_table("login_sessions")
