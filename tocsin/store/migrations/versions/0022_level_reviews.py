"""situations: when a level was found due for an analyst's review

Revision ID: 0022
Revises: 0021

Signals ageing out of the rule's window never lower a level; the level is put in front of an
analyst instead (`tocsin.risk.level_review`). The worker notes when it found a situation due,
so that analysts are told once per episode; the mark is cleared when the level changes or is
confirmed. Existing situations start unmarked: the next pass notes those due.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("situations") as batch:
        batch.add_column(
            sa.Column(
                "review_noted_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("situations") as batch:
        batch.drop_column("review_noted_at")
