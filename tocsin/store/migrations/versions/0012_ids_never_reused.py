"""ids never reused: SQLite tables whose rows can be deleted get AUTOINCREMENT

Revision ID: 0012
Revises: 0011

Without AUTOINCREMENT, SQLite gives a new row the highest id in the table plus one, so the id
of a deleted newest row is handed out again: the audit history, links and URLs of an Event
withdrawn when its report was reopened would then point at the next event. The tables whose
rows the application deletes are rebuilt with AUTOINCREMENT (a batch copy keeping every row,
index, foreign key and trigger), and SQLite is told the highest id each has ever given, read
from the rows and from the audit log, which names a deleted row's id. PostgreSQL sequences
never hand an id out twice, so there is nothing to do there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Each table whose rows can be deleted, and the entity name its rows have in the audit log.
DELETABLE = {
    "events": "Event",  # a reopened report's Event (intake.service, EventRepository.withdraw)
    "report_links": "ReportLink",  # a link to that Event from its own report
    "signals": "Signal",  # second copies of a suggestion
    "deliveries": "Delivery",  # a forgotten sign-up's confirmation mails
    "subscribers": "Subscriber",  # a sign-up never confirmed
    "subscriptions": "Subscription",  # a country dropped from a subscriber's list
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, entity in DELETABLE.items():
        highest = _highest_id_given(table, entity)
        _rebuild(table, autoincrement=True)
        _remember(table, highest)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in DELETABLE:
        _rebuild(table, autoincrement=False)


def _highest_id_given(table: str, entity: str) -> int:
    """The highest id the table has held: in its rows, or in the audit log for one deleted."""
    conn = op.get_bind()
    in_rows = conn.exec_driver_sql(f"SELECT MAX(id) FROM {table}").scalar()
    in_log = conn.execute(
        sa.text(
            "SELECT MAX(CAST(entity_id AS INTEGER)) FROM audit_entries"
            " WHERE entity = :entity AND entity_id GLOB '[0-9]*'"
        ),
        {"entity": entity},
    ).scalar()
    return max(int(in_rows or 0), int(in_log or 0))


def _rebuild(table: str, autoincrement: bool) -> None:
    """Copy the table into a new one with or without AUTOINCREMENT. Alembic's batch mode keeps
    the rows, columns, constraints and indexes; triggers it does not know, so they are read
    first and made again."""
    conn = op.get_bind()
    triggers = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
        )
    ]
    with op.batch_alter_table(
        table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass
    for sql in triggers:
        op.execute(sql)


def _remember(table: str, highest: int) -> None:
    """Set the table's AUTOINCREMENT counter to the highest id it ever gave."""
    conn = op.get_bind()
    updated = conn.execute(
        sa.text("UPDATE sqlite_sequence SET seq = MAX(seq, :highest) WHERE name = :table"),
        {"highest": highest, "table": table},
    ).rowcount
    if not updated and highest:
        conn.execute(
            sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :highest)"),
            {"highest": highest, "table": table},
        )
