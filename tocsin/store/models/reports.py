"""Sources and Reports: accounts of incidents as submitted, with their provenance."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, Float, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tocsin.store.base import Base, Timestamped, utcnow

if TYPE_CHECKING:
    from tocsin.store.models.taxonomy import Signal


class Source(Timestamped, Base):
    """Who or what a report or event came from, graded A-F / 1-6."""

    __tablename__ = "sources"
    # One name may stand for a curated source and for what a member of the public typed: the
    # two are kept apart, so an anonymous report cannot take a trusted network's grade.
    __table_args__ = (UniqueConstraint("name", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))  # monitor, partner, public, dataset, media
    reliability: Mapped[str] = mapped_column(String(1), default="F")
    notes: Mapped[str | None] = mapped_column(Text)


class Report(Timestamped, Base):
    __tablename__ = "reports"
    __table_args__ = (
        # A reporter's own reports ("My reports"); anonymous ones, most of them, stay out.
        Index(
            "ix_reports_submitted_by_id",
            "submitted_by_id",
            sqlite_where=text("submitted_by_id IS NOT NULL"),
            postgresql_where=text("submitted_by_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)  # shown to the reporter
    # The key of the web form send that brought it (the form page's random id and a digest of
    # what was sent): the same send repeated after a lost reply or a double tap is recognised
    # by it and not stored twice.
    submission_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    occurred_on: Mapped[date | None] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    place_name: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    credibility: Mapped[str | None] = mapped_column(String(1))  # Admiralty 1-6, set on review
    # What the public reads, when an analyst edited it (see `tocsin.intake.public_version`);
    # None: the title and text as received, contact details masked.
    public_title: Mapped[str | None] = mapped_column(String(200))
    public_text: Mapped[str | None] = mapped_column(Text)
    # Restricted: never in public pages, feeds or exports.
    reporter_name: Mapped[str | None] = mapped_column(String(200))
    reporter_contact: Mapped[str | None] = mapped_column(String(254))
    anonymous: Mapped[bool] = mapped_column(default=True)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review_note: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[dict] = mapped_column(default=dict)  # the submission exactly as received
    form_id: Mapped[int | None] = mapped_column(ForeignKey("report_forms.id"))
    answers: Mapped[dict | None] = mapped_column()  # custom fields, against form_id's version
    coded_at: Mapped[datetime | None] = mapped_column()  # when the automatic coders ran
    #: When those who follow the report's situation were told of it (`alerts.notices`); set
    #: for every report already there when the column came (migration 0025).
    followers_told_at: Mapped[datetime | None] = mapped_column()
    coding: Mapped[dict | None] = mapped_column()  # their output: language, event type, ...
    # The worker coding it now, and until when (see `tocsin.intake.autocode`).
    coding_claim: Mapped[str | None] = mapped_column(String(32))
    coding_claimed_until: Mapped[datetime | None] = mapped_column()
    # The analyst's answers to suggestions that are neither Signals nor the Event: incitement
    # (present, target group) and language, each with who decided and when.
    coding_decisions: Mapped[dict | None] = mapped_column()

    signals: Mapped[list[Signal]] = relationship(back_populates="report")


class ReportComment(Timestamped, Base):
    __tablename__ = "report_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
