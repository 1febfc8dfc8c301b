"""situation_followers: staff who follow a situation

Revision ID: 0024
Revises: 0023

An analyst follows the situations of their portfolio; a level of one of them falling due for
review is then told to its followers, not to every analyst (`tocsin.alerts.notices`). A
situation nobody follows is told to every analyst, as before: the table starts empty, so
nothing changes on upgrade until someone follows a situation.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "situation_followers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("situation_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_id"],
            ["situations.id"],
            name=op.f("fk_situation_followers_situation_id_situations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_situation_followers_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_situation_followers")),
        sa.UniqueConstraint(
            "situation_id", "user_id", name=op.f("uq_situation_followers_situation_id")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_situation_followers_situation_id"),
        "situation_followers",
        ["situation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_situation_followers_user_id"), "situation_followers", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_situation_followers_user_id"), table_name="situation_followers")
    op.drop_index(op.f("ix_situation_followers_situation_id"), table_name="situation_followers")
    op.drop_table("situation_followers")
