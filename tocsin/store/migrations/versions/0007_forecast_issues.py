"""forecast issues: an index for reading one issue of one kind of forecast

Revision ID: 0007
Revises: 0006

The forecast rankings (structural onset risk, escalation) read every row of the latest issue
of a kind, and the previous issue for the movement in rank.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_forecasts_kind_issued_at", "forecasts", ["kind", "issued_at"])


def downgrade() -> None:
    op.drop_index("ix_forecasts_kind_issued_at", table_name="forecasts")
