"""subscribers: the language their alerts are written in

Revision ID: 0019
Revises: 0018

A monitor in Cotonou who subscribed on the French page received English alerts. A subscriber
now has a language: the page's, when they confirm; or the one an analyst sets. Every existing
subscriber keeps English, what they received until now.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.add_column(
            sa.Column("language", sa.String(length=8), nullable=False, server_default="en")
        )


def downgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("language")
