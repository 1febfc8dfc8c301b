"""level changes: what their reasons were made of, to tell them in a reader's language

Revision ID: 0020
Revises: 0019

The rule's reasons were kept only as English text, so a French page and a French subscriber's
alert gave them in English. Beside the text, a situation and a level change now keep each
reason's template and values (`tocsin.domain.reasons`), and an alert the level change it tells
of, so that the feed can tell it in another language. Existing rows get nothing: their reasons
show as stored.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_alerts_level_change_id_level_changes"


def upgrade() -> None:
    with op.batch_alter_table("situations") as batch:
        batch.add_column(sa.Column("reason_parts", sa.JSON(), nullable=True))
    with op.batch_alter_table("level_changes") as batch:
        batch.add_column(sa.Column("reason_parts", sa.JSON(), nullable=True))
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("level_change_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(FOREIGN_KEY, "level_changes", ["level_change_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_constraint(FOREIGN_KEY, type_="foreignkey")
        batch.drop_column("level_change_id")
    with op.batch_alter_table("level_changes") as batch:
        batch.drop_column("reason_parts")
    with op.batch_alter_table("situations") as batch:
        batch.drop_column("reason_parts")
