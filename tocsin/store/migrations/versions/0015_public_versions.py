"""reports: the title and text the public reads, when an analyst edited them

Revision ID: 0015
Revises: 0014

A witness can name themselves, their family or their house in their own words. Publishing
such a report published them. An analyst now sets what the public reads; the report as
received stays untouched, as the evidence. Reports without an edited version are read by the
public with contact details masked, as before this revision they were read whole.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("public_title", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("public_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("public_text")
        batch.drop_column("public_title")
