"""Forecasts, Situations under watch and the history of their levels."""

from __future__ import annotations

from datetime import date, datetime

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tocsin.store.base import NEVER_REUSED_IDS, Base, Timestamped, utcnow


class Forecast(Timestamped, Base):
    __tablename__ = "forecasts"
    # A ranking reads one issue of one kind: every row sharing the latest issued_at.
    __table_args__ = (Index("ix_forecasts_kind_issued_at", "kind", "issued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # structural or dynamic
    country_iso3: Mapped[str] = mapped_column(String(3), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)  # one value for a whole run
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    probability: Mapped[float] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(80))
    explanation: Mapped[dict] = mapped_column(default=dict)


class Situation(Timestamped, Base):
    __tablename__ = "situations"
    # One situation per country (sub-national ones aside): two verifications for a country
    # not yet under watch, at once on PostgreSQL, each opened one (migration 0017).
    __table_args__ = (
        Index(
            "uq_situations_country",
            "country_iso3",
            unique=True,
            sqlite_where=text("admin1 IS NULL"),
            postgresql_where=text("admin1 IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[list] = mapped_column(default=list)
    #: What each reason was composed of, to tell it in a reader's language (`domain.reasons`);
    #: None for a situation whose reasons predate revision 0020.
    reason_parts: Mapped[list | None] = mapped_column()
    summary: Mapped[str | None] = mapped_column(Text)
    level_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: When the worker found the level due for an analyst's review (`risk.level_review`),
    #: so that analysts are told once; cleared when it no longer is, or the level changes.
    review_noted_at: Mapped[datetime | None] = mapped_column()

    history: Mapped[list[LevelChange]] = relationship(
        back_populates="situation", order_by="LevelChange.id"
    )


class LevelChange(Base):
    __tablename__ = "level_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    situation_id: Mapped[int] = mapped_column(ForeignKey("situations.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    from_level: Mapped[str | None] = mapped_column(String(20))
    to_level: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[list] = mapped_column(default=list)
    #: Beside each reason, its template and values, or None for an analyst's own words.
    reason_parts: Mapped[list | None] = mapped_column()
    changed_by: Mapped[str] = mapped_column(String(80))  # "user:2" or "rule:level-fusion"
    override: Mapped[bool] = mapped_column(default=False)

    situation: Mapped[Situation] = relationship(back_populates="history")


class SituationFollower(Timestamped, Base):
    """A member of staff who follows a situation: its levels falling due for review are told
    to those who follow it rather than to every analyst (`tocsin.alerts.notices`)."""

    __tablename__ = "situation_followers"
    __table_args__ = (UniqueConstraint("situation_id", "user_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    situation_id: Mapped[int] = mapped_column(ForeignKey("situations.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
