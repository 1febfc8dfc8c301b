"""Measures under the Responsibility to Protect and the Actions actually taken."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tocsin.store.base import Base, Timestamped


class Measure(Base):
    __tablename__ = "measures"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    pillar: Mapped[int] = mapped_column(Integer)
    coercive: Mapped[bool] = mapped_column(Boolean)
    bodies: Mapped[list] = mapped_column(default=list)
    risk_factors: Mapped[list] = mapped_column(default=list)  # factors it answers best


class Action(Timestamped, Base):
    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    situation_id: Mapped[int] = mapped_column(ForeignKey("situations.id"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measures.id"))
    actor: Mapped[str] = mapped_column(String(200))  # who acted: a body, a government
    taken_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(String(500))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    measure: Mapped[Measure | None] = relationship()
