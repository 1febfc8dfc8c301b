"""The coalition's network: member organisations, national focal points, resources."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.base import Base, Timestamped


class Organization(Timestamped, Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    country_iso3: Mapped[str | None] = mapped_column(ForeignKey("countries.iso3"), index=True)
    region: Mapped[str | None] = mapped_column(String(60))
    sectors: Mapped[list] = mapped_column(default=list)
    activities: Mapped[list] = mapped_column(default=list)
    website: Mapped[str | None] = mapped_column(String(300))
    member: Mapped[bool] = mapped_column(Boolean, default=True)


class FocalPoint(Timestamped, Base):
    """A government's national focal point for the Responsibility to Protect."""

    __tablename__ = "focal_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    office: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))  # restricted


class Resource(Timestamped, Base):
    __tablename__ = "resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))  # training, guide, report, toolkit
    url: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
