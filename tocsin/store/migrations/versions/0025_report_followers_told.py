"""reports: when those who follow the report's situation were told of it

Revision ID: 0025
Revises: 0024

Analysts who follow a situation are told, in one notice a few minutes after they arrive, of
the new reports in its country (`tocsin.alerts.notices`). Reports already in the store are
marked as told, so that the upgrade mails nobody a list of old reports.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(
            sa.Column(
                "followers_told_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True
            )
        )
    op.execute("UPDATE reports SET followers_told_at = received_at")


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("followers_told_at")
