"""import_jobs: what a failed import's error was made of

Revision ID: 0026
Revises: 0025

A file refused by an importer (not an ACLED export, a column missing, not UTF-8 text) was
kept as English text only; the imports page now tells it in its reader's language from the
template and values kept beside it. Jobs that failed before keep their English text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("import_jobs") as batch:
        batch.add_column(sa.Column("error_parts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_jobs") as batch:
        batch.drop_column("error_parts")
