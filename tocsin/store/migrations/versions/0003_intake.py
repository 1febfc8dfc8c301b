"""intake: survey forms, attachments, report links; reports keep form answers and coding

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_when = tocsin.store.base.UtcDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "report_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", _when, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_forms")),
        sa.UniqueConstraint("key", "version", name=op.f("uq_report_forms_key")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("form_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("answers", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("coded_at", _when, nullable=True))
        batch_op.add_column(sa.Column("coding", sa.JSON(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_reports_form_id_report_forms"), "report_forms", ["form_id"], ["id"]
        )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("field_name", sa.String(length=40), nullable=True),
        sa.Column("created_at", _when, nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_attachments_report_id_reports")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index(op.f("ix_attachments_report_id"), "attachments", ["report_id"])
    op.create_index(op.f("ix_attachments_sha256"), "attachments", ["sha256"])
    op.create_table(
        "report_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("linked_report_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _when, nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_report_links_report_id_reports")
        ),
        sa.ForeignKeyConstraint(
            ["linked_report_id"],
            ["reports.id"],
            name=op.f("fk_report_links_linked_report_id_reports"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_report_links_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_report_links_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_links")),
    )
    op.create_index(op.f("ix_report_links_report_id"), "report_links", ["report_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_report_links_report_id"), table_name="report_links")
    op.drop_table("report_links")
    op.drop_index(op.f("ix_attachments_sha256"), table_name="attachments")
    op.drop_index(op.f("ix_attachments_report_id"), table_name="attachments")
    op.drop_table("attachments")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_reports_form_id_report_forms"), type_="foreignkey")
        batch_op.drop_column("coding")
        batch_op.drop_column("coded_at")
        batch_op.drop_column("answers")
        batch_op.drop_column("form_id")
    op.drop_table("report_forms")
