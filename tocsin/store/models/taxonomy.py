"""The Framework of Analysis taxonomy, versioned, and the Signals that evidence it.

Each revision of the taxonomy adds rows instead of editing them, so a Signal keeps pointing at
the indicator wording that was current when it was asserted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tocsin.store.base import NEVER_REUSED_IDS, Base, Timestamped

if TYPE_CHECKING:
    from tocsin.store.models.reports import Report


class RiskFactor(Base):
    __tablename__ = "risk_factors"
    __table_args__ = (UniqueConstraint("revision", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[str] = mapped_column(String(40))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # common or specific
    crime: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    definition: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[dict] = mapped_column(default=dict)  # unverified wording, counts

    indicators: Mapped[list[Indicator]] = relationship(back_populates="risk_factor")


class Indicator(Base):
    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("revision", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(10))
    risk_factor_id: Mapped[int] = mapped_column(ForeignKey("risk_factors.id"))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    keywords: Mapped[list] = mapped_column(default=list)
    unverified: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[str | None] = mapped_column(String(10))

    risk_factor: Mapped[RiskFactor] = relationship(back_populates="indicators")


class Signal(Timestamped, Base):
    """Evidence that an indicator is present in a place and period."""

    __tablename__ = "signals"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id"), index=True)
    country_iso3: Mapped[str] = mapped_column(String(3), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    observed_on: Mapped[date] = mapped_column(Date)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20))  # suggested, confirmed, rejected
    asserted_by: Mapped[str] = mapped_column(String(80))  # "user:4" or "model:foa-coder@1"
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship()
    report: Mapped[Report | None] = relationship(back_populates="signals")
