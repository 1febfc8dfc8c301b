"""coding decisions: what the analyst decided about a report's automatic coding

Revision ID: 0005
Revises: 0004

Indicators are decided as Signals and the event type on the Event a verified report becomes;
the other suggestions (incitement and its target group, the language) had nowhere to keep the
analyst's answer, so they could not become training data.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch_op:
        batch_op.add_column(sa.Column("coding_decisions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch_op:
        batch_op.drop_column("coding_decisions")
