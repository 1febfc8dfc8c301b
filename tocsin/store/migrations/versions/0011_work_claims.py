"""claims: which worker holds a delivery, and which is coding a report

Revision ID: 0011
Revises: 0010

- `deliveries.claim_token`: the random token of the worker that claimed a delivery. Before
  sending, a worker checks (a compare-and-set) that the delivery is still pending and still
  its own, so a delivery whose lease ran out and was taken by another worker is sent once.
- `reports.coding_claim` and `reports.coding_claimed_until`: a worker claims the reports it
  codes, for a while, so two workers never code the same report and store its suggestions
  twice. Second copies of a suggestion that two workers stored before this revision are
  dropped (a copy left beside the analyst's decision would come back pre-ticked).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("claim_token", sa.String(length=32), nullable=True))
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("coding_claim", sa.String(length=32), nullable=True))
        batch.add_column(
            sa.Column(
                "coding_claimed_until",
                tocsin.store.base.UtcDateTime(timezone=True),
                nullable=True,
            )
        )
    op.execute(
        "DELETE FROM signals WHERE status = 'suggested' AND report_id IS NOT NULL AND EXISTS ("
        " SELECT 1 FROM signals other WHERE other.report_id = signals.report_id"
        " AND other.indicator_id = signals.indicator_id AND other.id <> signals.id"
        " AND (other.status <> 'suggested' OR other.id < signals.id))"
    )


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("coding_claimed_until")
        batch.drop_column("coding_claim")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("claim_token")
