"""Public exports of Events: CSV, GeoJSON and HXL-tagged CSV.

Only the columns listed in `PUBLIC_COLUMNS` ever leave: never `raw`, never the link to a
Report. Events that came from Reports leave only once an analyst has published the report (a
verified report's place and date can point to its witness), and they are the reporters'
accounts, so for them the notes (the report's own words), the source id (the reference the
reporter was given) and the point and place name (which can locate the witness) are blanked.
Duplicates are left out unless asked for, so a public count matches the panels, with one
exception: the public never sees a duplicate link with a report's event on either side. The
linker pairs events within 25 km, so a link to a partner's or ACLED's event would give back the
report's point, or tell of a report not yet published; and an event missing from the default
list but shown unlinked with duplicates would be as telling. So both events count as originals
(the report's once published) with `duplicate_of_id` empty; the stored link, which analysts
confirm or split, is unchanged.

HXL hashtags follow the HXL standard 1.1 and the tags HDX publishes for ACLED and UCDP
(`#event+code`, `#date+occurred`, `#group+name+first`, `#affected+killed`, ...).
"""

from __future__ import annotations

import csv
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, TextIO

from sqlalchemy import ColumnElement, FromClause, Select, case, func, or_, select

from tocsin.domain.cells import cell
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import PUBLIC_STATUSES
from tocsin.store.base import table_of
from tocsin.store.models import Event, Report
from tocsin.store.uow import Store

EVENTS = table_of(Event)
REPORTS = table_of(Report)
RESTRICTED_DATASETS = ("report",)
PUBLIC_COLUMNS: dict[str, str] = {  # column -> HXL hashtag
    "id": "#event+id",
    "dataset": "#meta+dataset",
    "source_event_id": "#event+code",
    "event_date": "#date+occurred",
    "date_precision": "#date+precision",
    "country_iso3": "#country+code",
    "admin1": "#adm1+name",
    "admin2": "#adm2+name",
    "place_name": "#loc+name",
    "latitude": "#geo+lat",
    "longitude": "#geo+lon",
    "event_type": "#event+type",
    "sub_event_type": "#event+type+sub",
    "violence_type": "#event+type+violence",
    "actor1": "#group+name+first",
    "actor2": "#group+name+second",
    "target_group": "#group+name+targeted",
    "civilian_targeting": "#indicator+civilians_targeted",
    "fatalities": "#affected+killed",
    "fatalities_low": "#affected+killed+min",
    "fatalities_high": "#affected+killed+max",
    "notes": "#description",
    "duplicate_of_id": "#event+id+duplicate_of",
}
# A report's own point and place name can be where its witness lives or hides: the public sees
# its country, region and date, as on the report's public page, never the spot.
_BLANKED_FOR_REPORTS = ("source_event_id", "notes", "latitude", "longitude", "place_name", "admin2")


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None
    since: date | None = None
    until: date | None = None
    dataset: str | None = None
    include_duplicates: bool = False


def _from_report(events: FromClause) -> ColumnElement[bool]:
    return events.c.report_id.is_not(None) | events.c.dataset.in_(RESTRICTED_DATASETS)


def _reports_events() -> Select:
    """The few Events coded from Reports, as a set the query reads once (a hashed subplan),
    where a self-join to every event's original made PostgreSQL hash the whole table to
    count the matching events."""
    originals = EVENTS.alias("original")
    return select(originals.c.id).where(_from_report(originals))


def _shown_as_original() -> ColumnElement[bool]:
    """Where the public sees no duplicate link: none stored, or either event is a report's
    (published or not), so that such a duplicate counts, and is listed, as an original."""
    return or_(
        EVENTS.c.duplicate_of_id.is_(None),
        _from_report(EVENTS),
        EVENTS.c.duplicate_of_id.in_(_reports_events()),
    )


def _public_query(where: EventFilter) -> Select:
    published = select(REPORTS.c.id).where(REPORTS.c.status.in_([s.value for s in PUBLIC_STATUSES]))
    link = case((_shown_as_original(), None), else_=EVENTS.c.duplicate_of_id)
    columns = [link.label(c) if c == "duplicate_of_id" else EVENTS.c[c] for c in PUBLIC_COLUMNS]
    query = select(*columns).where(EVENTS.c.report_id.is_(None) | EVENTS.c.report_id.in_(published))
    if where.country:
        query = query.where(EVENTS.c.country_iso3 == where.country.upper())
    if where.since:
        query = query.where(EVENTS.c.event_date >= where.since)
    if where.until:
        query = query.where(EVENTS.c.event_date <= where.until)
    if where.dataset:
        query = query.where(EVENTS.c.dataset == where.dataset)
    if not where.include_duplicates:
        query = query.where(_shown_as_original())
    return query


def _public(row: Any) -> dict[str, Any]:
    item = dict(row._mapping)
    if item["dataset"] in RESTRICTED_DATASETS:
        for name in _BLANKED_FOR_REPORTS:
            item[name] = None
    return item


def public_rows(store: Store, where: EventFilter, chunk: int = 5000) -> Iterator[dict[str, Any]]:
    """Events as dicts of public columns, streamed in id order, `chunk` rows in memory at a
    time (PostgreSQL: a server-side cursor; SQLite: the statement stepped as it is read).

    One statement read in one transaction, so a snapshot: on both stores, rows written while
    an export runs are in it or not, never half of an import. PostgreSQL is asked for
    REPEATABLE READ so that the snapshot would hold for a second statement too."""
    query = _public_query(where).order_by(EVENTS.c.id)
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            result = conn.execution_options(stream_results=True, yield_per=chunk).execute(query)
            for row in result:
                yield _public(row)


@dataclass(frozen=True)
class Position:
    """Where an Event stands in the latest-first order: a page that follows starts after it."""

    event_date: date
    id: int


def latest_public(
    store: Store, where: EventFilter, limit: int, offset: int = 0, after: Position | None = None
) -> list[dict[str, Any]]:
    """A page of public Events, the latest first, without counting them all (a situation's
    page shows its country's latest few of, at scale, a hundred thousand). From `after`, the
    page starts by an index range however deep it is, where an offset reads every row before."""
    query = _public_query(where).order_by(EVENTS.c.event_date.desc(), EVENTS.c.id.desc())
    if after is not None:
        # Written so that both stores range-scan the event_date index (a row-value comparison
        # would need an index on (event_date, id) on PostgreSQL).
        query = query.where(
            EVENTS.c.event_date <= after.event_date,
            or_(EVENTS.c.event_date < after.event_date, EVENTS.c.id < after.id),
        )
    with store.engine.connect() as conn:
        return [_public(row) for row in conn.execute(query.limit(limit).offset(offset))]


def public_page(
    store: Store, where: EventFilter, limit: int, offset: int = 0, after: Position | None = None
) -> tuple[list[dict[str, Any]], int]:
    """A page of public Events, the latest first, and how many match in all."""
    with store.engine.connect() as conn:
        total = conn.execute(
            select(func.count()).select_from(_public_query(where).subquery())
        ).scalar_one()
    return latest_public(store, where, limit, offset, after), int(total)


class Exporter(ABC):
    """Writes rows as one format, as text pieces in order: a file and an HTTP stream alike."""

    format: ClassVar[str]

    @abstractmethod
    def pieces(self, rows: Iterable[dict[str, Any]]) -> Iterator[str]: ...

    def write(self, rows: Iterable[dict[str, Any]], out: TextIO) -> int:
        counted = _Counted(rows)
        for piece in self.pieces(counted):
            out.write(piece)
        return counted.n


class _Counted:
    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows, self.n = rows, 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            self.n += 1
            yield row


class _Line:
    """What csv.writer writes to: the last line, taken back at once."""

    text = ""

    def write(self, text: str) -> None:
        self.text = text


class CsvExporter(Exporter):
    format = "csv"
    hashtags = False

    def pieces(self, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
        line = _Line()
        writer = csv.writer(line)
        writer.writerow(PUBLIC_COLUMNS)
        yield line.text
        if self.hashtags:
            writer.writerow(PUBLIC_COLUMNS.values())
            yield line.text
        for row in rows:
            writer.writerow([cell(row[c]) for c in PUBLIC_COLUMNS])
            yield line.text


class HxlExporter(CsvExporter):
    """CSV with the HXL hashtag row under the header, as HDX expects."""

    format = "hxl"
    hashtags = True


class GeoJsonExporter(Exporter):
    format = "geojson"

    def pieces(self, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
        yield '{"type": "FeatureCollection", "features": [\n'
        first = True
        for row in rows:
            lat, lon = row["latitude"], row["longitude"]
            geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None else None
            props = {
                k: (v.isoformat() if isinstance(v, date) else v)
                for k, v in row.items()
                if k not in ("latitude", "longitude")
            }
            feature = {"type": "Feature", "geometry": geometry, "properties": props}
            yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False) + "\n"
            first = False
        yield "]}\n"


EXPORTERS: dict[str, type[Exporter]] = {
    e.format: e for e in (CsvExporter, HxlExporter, GeoJsonExporter)
}


def _exporter(fmt: str) -> Exporter:
    if fmt not in EXPORTERS:
        raise InvalidInput(f"format: one of {', '.join(EXPORTERS)}")
    return EXPORTERS[fmt]()


def export_events(store: Store, fmt: str, out: TextIO, where: EventFilter | None = None) -> int:
    """Write the filtered public Events to `out` in `fmt`; returns how many."""
    return _exporter(fmt).write(public_rows(store, where or EventFilter()), out)


#: Bytes gathered before a piece of a streamed export is sent: few enough sends to keep the
#: overhead low, small enough that the first rows leave at once.
STREAM_CHUNK = 64 * 1024


def stream_events(store: Store, fmt: str, where: EventFilter | None = None) -> Iterator[bytes]:
    """The filtered public Events in `fmt` as UTF-8 pieces of about `STREAM_CHUNK` bytes, read
    from the store as they are sent: the first piece leaves once the first rows are read, and
    memory holds one chunk of rows whatever the size of the export."""
    pending: list[str] = []
    size = 0
    for piece in _exporter(fmt).pieces(public_rows(store, where or EventFilter())):
        pending.append(piece)
        size += len(piece)
        if size >= STREAM_CHUNK:
            yield "".join(pending).encode()
            pending, size = [], 0
    yield "".join(pending).encode()
