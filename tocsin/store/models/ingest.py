"""Import jobs, the rows they rejected, and the place names no gazetteer could resolve.

An import job is the unit an analyst sees: one file of one dataset, its progress (a checkpoint
written in the same transaction as each batch, so a resumed job never repeats or skips a batch),
its counts, and what went wrong. Events keep `import_job_id` and `source_line`, which together
are the cheap link back to the raw row (the job holds the file name and its fingerprint).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.base import Base, Timestamped, utcnow


class ImportJob(Timestamped, Base):
    __tablename__ = "import_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset: Mapped[str] = mapped_column(String(20), index=True)  # acled, ged, gdelt, csv
    file_name: Mapped[str] = mapped_column(String(500))
    file_fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    file_size: Mapped[int] = mapped_column(Integer, default=0)
    # queued -> running -> succeeded | failed | interrupted (an interrupted job can resume)
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    actor: Mapped[str] = mapped_column(String(254), default="system")
    options: Mapped[dict] = mapped_column(default=dict)
    started_at: Mapped[datetime | None] = mapped_column()
    heartbeat_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()
    # Checkpoint: records and physical lines consumed by committed batches.
    records_done: Mapped[int] = mapped_column(Integer, default=0)
    lines_done: Mapped[int] = mapped_column(Integer, default=0)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    taken: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)  # outside the importer's scope
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    unresolved: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    #: What a refusal's error was made of, to tell it in a reader's language
    #: (`tocsin.domain.reasons`); None for an error worded by a library, told as written.
    error_parts: Mapped[dict | None] = mapped_column()


class ImportReject(Base):
    """One bad row: where it is (line of the file) and why it was not taken."""

    __tablename__ = "import_rejects"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("import_jobs.id"), index=True)
    line: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(300))
    value: Mapped[str | None] = mapped_column(String(300))
    source_event_id: Mapped[str | None] = mapped_column(String(64))


class UnresolvedPlace(Base):
    """A place name the offline gazetteer could not put on the map, kept for an analyst.

    `admin1` is '' rather than NULL so that the unique constraint holds on every backend.
    """

    __tablename__ = "unresolved_places"
    __table_args__ = (UniqueConstraint("country_iso3", "admin1", "place_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country_iso3: Mapped[str] = mapped_column(String(3), index=True)
    admin1: Mapped[str] = mapped_column(String(120), default="")
    place_name: Mapped[str] = mapped_column(String(200))
    occurrences: Mapped[int] = mapped_column(Integer, default=1)
    first_job_id: Mapped[int | None] = mapped_column(ForeignKey("import_jobs.id"))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
