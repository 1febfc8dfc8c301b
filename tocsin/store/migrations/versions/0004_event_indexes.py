"""event indexes: drop the country index the (country, date) index serves; report index partial

Revision ID: 0004
Revises: 0003

Every imported row paid for a B-tree insert into `ix_events_country_iso3`, which no query
needs: a lookup by country alone uses the leading column of
`ix_events_country_iso3_event_date`. `ix_events_report_id` only ever serves `report_id = ?`
lookups, and imported events (nearly all rows) have no report, so it now holds only rows that
have one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HAS_REPORT = sa.text("report_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_events_country_iso3", table_name="events")
    op.drop_index("ix_events_report_id", table_name="events")
    op.create_index(
        "ix_events_report_id",
        "events",
        ["report_id"],
        unique=False,
        sqlite_where=_HAS_REPORT,
        postgresql_where=_HAS_REPORT,
    )


def downgrade() -> None:
    op.drop_index("ix_events_report_id", table_name="events")
    op.create_index("ix_events_report_id", "events", ["report_id"], unique=False)
    op.create_index("ix_events_country_iso3", "events", ["country_iso3"], unique=False)
