"""Events: normalised, coded incidents from verified reports and imported datasets."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.base import NEVER_REUSED_IDS, Base, Timestamped


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str | None] = mapped_column(String(60))  # state forces, rebels, militia, ...


class Event(Timestamped, Base):
    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("dataset", "source_event_id"),
        # Panels, exports and duplicate search all read one country over a date range; a
        # lookup by country alone uses its leading column, so there is no country-only index
        # (migration 0004): each would cost every imported row one more B-tree insert.
        Index("ix_events_country_iso3_event_date", "country_iso3", "event_date"),
        # Only events coded from a Report have one; imported rows (nearly all) stay out.
        Index(
            "ix_events_report_id",
            "report_id",
            sqlite_where=text("report_id IS NOT NULL"),
            postgresql_where=text("report_id IS NOT NULL"),
        ),
        NEVER_REUSED_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset: Mapped[str] = mapped_column(String(20))  # report, acled, ged, gdelt, csv
    source_event_id: Mapped[str] = mapped_column(String(64))
    event_date: Mapped[date] = mapped_column(Date, index=True)
    date_precision: Mapped[int | None] = mapped_column(Integer)
    country_iso3: Mapped[str] = mapped_column(String(3))
    admin1: Mapped[str | None] = mapped_column(String(120))
    admin2: Mapped[str | None] = mapped_column(String(120))
    place_name: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    event_type: Mapped[str | None] = mapped_column(String(60))
    sub_event_type: Mapped[str | None] = mapped_column(String(80))
    violence_type: Mapped[str | None] = mapped_column(String(40))
    actor1: Mapped[str | None] = mapped_column(String(300))
    actor2: Mapped[str | None] = mapped_column(String(300))
    target_group: Mapped[str | None] = mapped_column(String(200))
    civilian_targeting: Mapped[bool] = mapped_column(default=False)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    row_hash: Mapped[str | None] = mapped_column(String(64))
    raw: Mapped[dict | None] = mapped_column()
    # Imported rows link back to their file through the job, and to the row by its line.
    # A plain indexed id, not a foreign key: bulk imports write millions of rows, and a
    # per-row referential check costs PostgreSQL about a third of the load time. Jobs are
    # never deleted, and only the import writer sets this column.
    import_job_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source_line: Mapped[int | None] = mapped_column(Integer)
    # probable (found by the linker), confirmed or split (decided by an analyst).
    duplicate_status: Mapped[str | None] = mapped_column(String(12))
    duplicate_score: Mapped[float | None] = mapped_column(Float)
