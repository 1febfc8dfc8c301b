"""Countries (ISO 3166 with UN regions) and named places."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.base import Base


class Country(Base):
    __tablename__ = "countries"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso2: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(60))  # UN M49 region
    subregion: Mapped[str | None] = mapped_column(String(60))


class Location(Base):
    """A named place resolved to a point, reused by reports and events."""

    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("country_iso3", "admin1", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    gazetteer: Mapped[str | None] = mapped_column(String(40))  # where the point came from
