"""reports: the random id of the form submission that sent each one

Revision ID: 0010
Revises: 0009

A report form carries a random submission id, kept in the device draft. When the reply to a
send is lost on a weak connection, or a button is tapped twice, the same submission arrives
again; the id lets it be recognised and not stored twice. Reports sent before this revision,
and by channels without such an id, have none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("submission_id", sa.String(length=64), nullable=True))
        batch.create_unique_constraint(op.f("uq_reports_submission_id"), ["submission_id"])


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_constraint(op.f("uq_reports_submission_id"), type_="unique")
        batch.drop_column("submission_id")
