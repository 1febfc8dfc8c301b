"""reporters' own reports: an index for a monitor's list of what they sent

Revision ID: 0006
Revises: 0005

A logged-in monitor sees the reports they sent and where each stands. Anonymous reports,
most of them, have no submitter and stay out of the index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HAS_SUBMITTER = sa.text("submitted_by_id IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_reports_submitted_by_id",
        "reports",
        ["submitted_by_id"],
        unique=False,
        sqlite_where=_HAS_SUBMITTER,
        postgresql_where=_HAS_SUBMITTER,
    )


def downgrade() -> None:
    op.drop_index("ix_reports_submitted_by_id", table_name="reports")
