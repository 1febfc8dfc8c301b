"""subscribers: a webhook that takes the alerts as signed JSON

Revision ID: 0027
Revises: 0026

A partner's system (a case tracker, a chat relay) can take a subscriber's alerts as JSON
posted to its address and signed with a key of its own (`tocsin.alerts.webhook`), instead of
mails. Existing subscribers keep their mails: the columns start empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.add_column(sa.Column("webhook_url", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("webhook_secret", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("webhook_secret")
        batch.drop_column("webhook_url")
