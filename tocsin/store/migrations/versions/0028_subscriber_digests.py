"""subscribers: a weekly summary of their countries

Revision ID: 0028
Revises: 0027

A subscriber may also receive, each week, one mail summing up the situations in their
countries (`tocsin.alerts.digests`): the level of each, its changes in the week, the latest
forecasts. Existing subscribers receive none until it is asked for.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.add_column(
            sa.Column("digest", sa.String(length=10), nullable=False, server_default="none")
        )
        batch.add_column(
            sa.Column(
                "digest_sent_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("digest_sent_at")
        batch.drop_column("digest")
