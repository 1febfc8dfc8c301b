"""situations: one per country

Revision ID: 0017
Revises: 0016

Two verifications for a country not yet under watch, at the same moment on PostgreSQL, each
found no situation and opened one: the watchlist listed the country twice, and each later
reassessment moved only the first. A partial unique index (sub-national situations aside)
now refuses the second, which then takes the first. Situations already doubled are merged
into the oldest: their level history, alerts and actions move to it, so nothing is lost; the
oldest keeps its level, and its history shows the others' changes beside its own.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REFERRING = ("level_changes", "alerts", "actions")
audit_entries = sa.table(
    "audit_entries",
    sa.column("at", tocsin.store.base.UtcDateTime(timezone=True)),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("changes", sa.JSON),
    sa.column("note", sa.Text),
)


def upgrade() -> None:
    conn = op.get_bind()
    doubled = conn.execute(
        sa.text(
            "SELECT s.id, k.keep FROM situations s JOIN ("
            " SELECT country_iso3, min(id) AS keep FROM situations WHERE admin1 IS NULL"
            " GROUP BY country_iso3 HAVING count(*) > 1"
            ") k ON k.country_iso3 = s.country_iso3"
            " WHERE s.admin1 IS NULL AND s.id <> k.keep"
        )
    ).all()
    for duplicate, keep in doubled:
        for table in _REFERRING:
            conn.execute(
                sa.text(f"UPDATE {table} SET situation_id = :keep WHERE situation_id = :dup"),
                {"keep": keep, "dup": duplicate},
            )
        conn.execute(sa.text("DELETE FROM situations WHERE id = :dup"), {"dup": duplicate})
        conn.execute(
            sa.insert(audit_entries).values(
                at=datetime.now(UTC),
                actor="migration:0017",
                action="merge",
                entity="Situation",
                entity_id=str(duplicate),
                changes={"merged_into": keep},
                note="a second situation of the same country; its history, alerts and actions"
                " now belong to the first",
            )
        )
    op.create_index(
        "uq_situations_country",
        "situations",
        ["country_iso3"],
        unique=True,
        sqlite_where=sa.text("admin1 IS NULL"),
        postgresql_where=sa.text("admin1 IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_situations_country", table_name="situations")
