"""deployment_facts: what every process of one deployment must agree on (the key's fingerprint)

Revision ID: 0014
Revises: 0013

A `serve` and a `worker` on one PostgreSQL store may each have their own data folder, and so
their own generated secret key: links mailed by the worker were then refused by the server.
The store now keeps a keyed digest of the deployment's key (never the key), recorded by
`tocsin init` or the first `serve`/`worker`, and a process with another key refuses to start.
The table starts empty on SQLite and PostgreSQL alike.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deployment_facts",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_deployment_facts")),
    )


def downgrade() -> None:
    op.drop_table("deployment_facts")
