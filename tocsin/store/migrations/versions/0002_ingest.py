"""ingest: import jobs, rejects, unresolved places; event links to their import

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 20:42:37.842940
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.store.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dataset", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=254), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("started_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("heartbeat_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("records_done", sa.Integer(), nullable=False),
        sa.Column("lines_done", sa.Integer(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("taken", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("unresolved", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_jobs")),
    )
    with op.batch_alter_table("import_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_jobs_dataset"), ["dataset"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_import_jobs_file_fingerprint"), ["file_fingerprint"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_import_jobs_status"), ["status"], unique=False)

    op.create_table(
        "import_rejects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=True),
        sa.Column("source_event_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["job_id"], ["import_jobs.id"], name=op.f("fk_import_rejects_job_id_import_jobs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_rejects")),
    )
    with op.batch_alter_table("import_rejects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_rejects_job_id"), ["job_id"], unique=False)

    op.create_table(
        "unresolved_places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_iso3", sa.String(length=3), nullable=False),
        sa.Column("admin1", sa.String(length=120), nullable=False),
        sa.Column("place_name", sa.String(length=200), nullable=False),
        sa.Column("occurrences", sa.Integer(), nullable=False),
        sa.Column("first_job_id", sa.Integer(), nullable=True),
        sa.Column("first_seen_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", tocsin.store.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["first_job_id"],
            ["import_jobs.id"],
            name=op.f("fk_unresolved_places_first_job_id_import_jobs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unresolved_places")),
        sa.UniqueConstraint(
            "country_iso3", "admin1", "place_name", name=op.f("uq_unresolved_places_country_iso3")
        ),
    )
    with op.batch_alter_table("unresolved_places", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_unresolved_places_country_iso3"), ["country_iso3"], unique=False
        )

    # import_job_id is a plain indexed id (see the Event model): no per-row foreign-key check
    # on bulk imports.
    op.add_column("events", sa.Column("import_job_id", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("source_line", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("duplicate_status", sa.String(length=12), nullable=True))
    op.add_column("events", sa.Column("duplicate_score", sa.Float(), nullable=True))
    op.create_index(
        "ix_events_country_iso3_event_date", "events", ["country_iso3", "event_date"], unique=False
    )
    op.create_index(op.f("ix_events_import_job_id"), "events", ["import_job_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_events_import_job_id"), table_name="events")
    op.drop_index("ix_events_country_iso3_event_date", table_name="events")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("duplicate_score")
        batch_op.drop_column("duplicate_status")
        batch_op.drop_column("source_line")
        batch_op.drop_column("import_job_id")

    with op.batch_alter_table("unresolved_places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unresolved_places_country_iso3"))

    op.drop_table("unresolved_places")
    with op.batch_alter_table("import_rejects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_rejects_job_id"))

    op.drop_table("import_rejects")
    with op.batch_alter_table("import_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_jobs_status"))
        batch_op.drop_index(batch_op.f("ix_import_jobs_file_fingerprint"))
        batch_op.drop_index(batch_op.f("ix_import_jobs_dataset"))

    op.drop_table("import_jobs")
