"""Survey forms, attachments and the links analysts draw between reports and events."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.base import NEVER_REUSED_IDS, Base, Timestamped


class ReportForm(Timestamped, Base):
    """One version of a survey form; a change is a new row with the next version."""

    __tablename__ = "report_forms"
    __table_args__ = (UniqueConstraint("key", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    fields: Mapped[list] = mapped_column(default=list)
    # The title and description in other languages ({"fr": "..."}); a field's own are in
    # `fields`. None for a version saved before forms spoke several languages.
    titles: Mapped[dict | None] = mapped_column(default=dict)
    descriptions: Mapped[dict | None] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Attachment(Timestamped, Base):
    """Evidence sent with a report, kept by content hash; only analysts may open it."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    field_name: Mapped[str | None] = mapped_column(String(40))


class ReportLink(Timestamped, Base):
    """A report corroborated (or contradicted) by another report or an event."""

    __tablename__ = "report_links"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    linked_report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    kind: Mapped[str] = mapped_column(String(20))  # corroborates, contradicts, same_incident
    note: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
