"""staff notices: deliveries to people who log in, and their language and choice of notices

Revision ID: 0023
Revises: 0022

The outbox also carries the notices mailed to analysts about their work (a report assigned
to them, levels due for review; `tocsin.alerts.notices`), so a delivery now goes either to a
subscriber or to a user (`user_id`), never both nor neither. Users gain the language their
notices are written in (English for existing accounts) and whether they want them (on for
existing accounts; each person can turn them off on their account page).

On SQLite, making `subscriber_id` nullable rebuilds the table: its AUTOINCREMENT, triggers
and the highest id it ever gave (a forgotten sign-up's mails are deleted) are kept, as
revision 0012 set them.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE_RECIPIENT = "(subscriber_id IS NULL) <> (user_id IS NULL)"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("language", sa.String(length=8), nullable=False, server_default="en")
        )
        batch.add_column(
            sa.Column("notices", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with _deliveries() as batch:
        batch.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
        batch.alter_column("subscriber_id", existing_type=sa.Integer(), nullable=True)
        batch.create_foreign_key(
            batch.f("fk_deliveries_user_id_users"), "users", ["user_id"], ["id"]
        )
        batch.create_index(batch.f("ix_deliveries_user_id"), ["user_id"], unique=False)
        batch.create_check_constraint("one_recipient", sa.text(ONE_RECIPIENT))


def downgrade() -> None:
    op.execute("DELETE FROM deliveries WHERE user_id IS NOT NULL")
    with _deliveries() as batch:
        batch.drop_constraint(batch.f("ck_deliveries_one_recipient"), type_="check")
        batch.drop_index(batch.f("ix_deliveries_user_id"))
        batch.drop_constraint(batch.f("fk_deliveries_user_id_users"), type_="foreignkey")
        batch.drop_column("user_id")
        batch.alter_column("subscriber_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("users") as batch:
        batch.drop_column("notices")
        batch.drop_column("language")


@contextmanager
def _deliveries() -> Iterator[BatchOperations]:
    """`op.batch_alter_table("deliveries")`, keeping on SQLite what a rebuild would lose."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        with op.batch_alter_table("deliveries") as batch:
            yield batch
        return
    triggers = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'deliveries'"
        )
    ]
    highest = conn.exec_driver_sql(
        "SELECT MAX(seq) FROM sqlite_sequence WHERE name = 'deliveries'"
    ).scalar()
    with op.batch_alter_table(
        "deliveries", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        yield batch
    for sql in triggers:
        op.execute(sql)
    if highest:
        updated = conn.exec_driver_sql(
            "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'deliveries'", (highest,)
        ).rowcount
        if not updated:
            conn.exec_driver_sql(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('deliveries', ?)", (highest,)
            )
