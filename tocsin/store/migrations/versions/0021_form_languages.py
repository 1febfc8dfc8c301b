"""report_forms: a form's title and description in other languages

Revision ID: 0021
Revises: 0020

A coalition deploying in Burkina Faso and Benin needs one survey form in French and English.
A field's labels, help and choices in other languages live in the field list (`fields`); the
form's own title and description get a column each, `{"fr": "..."}`. Versions saved before
keep none: they are shown in the words they were written in.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report_forms") as batch:
        batch.add_column(sa.Column("titles", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("descriptions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_forms") as batch:
        batch.drop_column("descriptions")
        batch.drop_column("titles")
