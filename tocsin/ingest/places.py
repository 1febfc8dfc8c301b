"""Putting place names on the map offline, and the list of names that could not be.

Order of look-up: places an analyst already resolved (the store's `locations` table, which
grows as analysts work through the list), then the GeoNames gazetteer, always within the
event's country. A name found in neither is kept in `unresolved_places` with how often it
occurred; an analyst gives it a point once and every event of that name gets it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, and_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from tocsin.domain.errors import InvalidInput, NotFound
from tocsin.domain.reasons import Country
from tocsin.domain.wording import N_
from tocsin.ingest import gazetteer
from tocsin.store.base import table_of, utcnow
from tocsin.store.models import Event, Location, UnresolvedPlace
from tocsin.store.uow import Store, UnitOfWork

_INSERTS: dict[str, Callable[[Table], sqlite.Insert | postgresql.Insert]] = {
    "sqlite": sqlite.insert,
    "postgresql": postgresql.insert,
}


class Geocoder:
    """Name -> point within a country, remembered per name for the length of an import."""

    def __init__(self, conn: Connection) -> None:
        table = table_of(Location)
        rows = conn.execute(
            select(table.c.country_iso3, table.c.name, table.c.latitude, table.c.longitude).where(
                table.c.latitude.is_not(None), table.c.longitude.is_not(None)
            )
        )
        self._known = {(r[0], gazetteer.normalise(r[1])): (r[2], r[3]) for r in rows}
        self._memo: dict[tuple[str, str], tuple[float, float] | None] = {}

    def locate(self, iso3: str, name: str) -> tuple[float, float] | None:
        key = (iso3, gazetteer.normalise(name))
        if key not in self._memo:
            point = self._known.get(key)
            if point is None and (place := gazetteer.find_place(iso3, name)) is not None:
                point = (place.latitude, place.longitude)
            self._memo[key] = point
        return self._memo[key]


def record_unresolved(conn: Connection, job_id: int, names: Counter[tuple[str, str, str]]) -> None:
    if not names:
        return
    insert = _INSERTS[conn.dialect.name]
    table = table_of(UnresolvedPlace)
    rows = [
        {
            "country_iso3": iso3,
            "admin1": admin1[:120],
            "place_name": name[:200],
            "occurrences": n,
            "first_job_id": job_id,
            "first_seen_at": utcnow(),
        }
        for (iso3, admin1, name), n in names.items()
    ]
    stmt = insert(table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["country_iso3", "admin1", "place_name"],
        set_={"occurrences": table.c.occurrences + stmt.excluded.occurrences},
    )
    conn.execute(stmt, rows)


@dataclass(frozen=True)
class PlaceToResolve:
    id: int
    country_iso3: str
    admin1: str
    place_name: str
    occurrences: int


def unresolved_places(
    store: Store, country: str | None = None, limit: int = 100
) -> list[PlaceToResolve]:
    """Names still waiting for an analyst, the most frequent first."""
    table = table_of(UnresolvedPlace)
    query = (
        select(table)
        .where(table.c.resolved_at.is_(None))
        .order_by(table.c.occurrences.desc(), table.c.place_name)
        .limit(limit)
    )
    if country:
        query = query.where(table.c.country_iso3 == country.upper())
    with store.engine.connect() as conn:
        return [
            PlaceToResolve(r.id, r.country_iso3, r.admin1, r.place_name, r.occurrences)
            for r in conn.execute(query)
        ]


def _country(uow: UnitOfWork, iso3: str) -> Country | str:
    """A country named in a refusal, by its name in the reader's language on a page."""
    record = uow.reference.country(iso3)
    return Country(record.iso3, record.name) if record is not None else iso3


def resolve_place(uow: UnitOfWork, place_id: int, latitude: float, longitude: float) -> int:
    """Give an unresolved name a point: it becomes a known Location, and events of that name
    in that country (and region) that had no point get it. Returns how many events changed."""
    place = uow.session.get(UnresolvedPlace, place_id)
    if place is None:
        raise NotFound(N_("no unresolved place {place_id}"), place_id=place_id)
    box = gazetteer.country_box(place.country_iso3)
    if box is not None and not gazetteer.inside(box, latitude, longitude):
        raise InvalidInput(
            N_("latitude/longitude: ({latitude}, {longitude}) lies outside {country}"),
            latitude=latitude,
            longitude=longitude,
            country=_country(uow, place.country_iso3),
        )
    place.latitude, place.longitude, place.resolved_at = latitude, longitude, utcnow()
    location = uow.session.scalar(
        select(Location).where(
            Location.country_iso3 == place.country_iso3,
            Location.admin1 == (place.admin1 or None),
            Location.name == place.place_name,
        )
    )
    if location is None:
        uow.add(
            Location(
                country_iso3=place.country_iso3,
                admin1=place.admin1 or None,
                name=place.place_name,
                latitude=latitude,
                longitude=longitude,
                gazetteer="analyst",
            )
        )
    else:
        location.latitude, location.longitude = latitude, longitude
    table = table_of(Event)
    match = [
        table.c.country_iso3 == place.country_iso3,
        table.c.place_name == place.place_name,
        table.c.latitude.is_(None),
    ]
    if place.admin1:
        match.append(table.c.admin1 == place.admin1)
    result = uow.session.execute(
        update(table).where(and_(*match)).values(latitude=latitude, longitude=longitude)
    )
    uow.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
