"""/api/v1/events: the imported and verified Events, public columns only, listed or exported.

The same rules as `tocsin export events`: never the raw row, never the link to a Report, and
for Events that came from Reports neither the notes nor the reference the reporter was given.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterator
from datetime import date
from enum import StrEnum
from itertools import chain
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, BeforeValidator

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.ingest.export import EventFilter, Position, public_page, stream_events
from tocsin.ingest.vocabulary import ViolenceType
from tocsin.store.uow import Store
from tocsin.web.api.contract import TOKEN_OPTIONAL, TOTAL_HEADER, TOTAL_HEADER_DOC
from tocsin.web.cursor import (
    NEXT_HEADERS_DOC,
    CursorParam,
    after_day,
    page_of,
    refuse_with_offset,
)
from tocsin.web.deps import check_csrf, client_key, country_filter, get_principal, get_store
from tocsin.web.params import Offset, PageSize
from tocsin.web.streaming import StoreStream

log = logging.getLogger("tocsin.web")
router = APIRouter(prefix="/events", tags=["events"], dependencies=[Depends(check_csrf)])


class Dataset(StrEnum):
    ACLED = "acled"
    GED = "ged"
    GDELT = "gdelt"
    CSV = "csv"
    REPORT = "report"


class ExportFormat(StrEnum):
    CSV = "csv"
    HXL = "hxl"
    GEOJSON = "geojson"


_MEDIA_TYPES = {
    ExportFormat.CSV: "text/csv",
    ExportFormat.HXL: "text/csv",
    ExportFormat.GEOJSON: "application/geo+json",
}


class EventOut(BaseModel):
    id: int
    dataset: Dataset
    source_event_id: str | None
    event_date: date
    date_precision: int | None
    country_iso3: str
    admin1: str | None
    admin2: str | None
    place_name: str | None
    latitude: float | None
    longitude: float | None
    event_type: str | None
    sub_event_type: str | None
    violence_type: ViolenceType | None
    actor1: str | None
    actor2: str | None
    target_group: str | None
    civilian_targeting: bool
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    notes: str | None
    duplicate_of_id: int | None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """Only a YYYY-MM-DD day: Pydantic would also read a bare number as a Unix time, so that
    `since=86400` meant 2 January 1970."""
    if isinstance(value, str) and not _DAY.fullmatch(value):
        raise ValueError("a day is written YYYY-MM-DD, such as 2022-01-31")
    return value


#: A day in a query string, as YYYY-MM-DD only.
Day = Annotated[date, BeforeValidator(_iso_day)]


def event_filter(
    country: str | None = Depends(country_filter),
    since: Day | None = Query(None, description="first day, YYYY-MM-DD"),
    until: Day | None = Query(None, description="last day, YYYY-MM-DD"),
    dataset: Dataset | None = None,
    include_duplicates: bool = Query(False, description="also events linked as duplicates"),
) -> EventFilter:
    """Which events; a period that ends before it starts is refused, as the audit log refuses
    it, rather than answered as a period with no events."""
    if since and until and since > until:
        raise InvalidInput("since is after until: the period is empty")
    return EventFilter(
        country=country,
        since=since,
        until=until,
        dataset=dataset.value if dataset else None,
        include_duplicates=include_duplicates,
    )


def _position(cursor: str | None) -> Position | None:
    found = after_day(cursor)
    return Position(*found) if found else None


@router.get(
    "",
    response_model=list[EventOut],
    responses={200: {"headers": {**TOTAL_HEADER_DOC, **NEXT_HEADERS_DOC}}},
    openapi_extra=TOKEN_OPTIONAL,
)
def list_events(
    request: Request,
    response: Response,
    where: EventFilter = Depends(event_filter),
    limit: PageSize = 100,
    offset: Offset = 0,
    cursor: CursorParam = None,
    store: Store = Depends(get_store),
) -> list[EventOut]:
    """The latest first, a page at a time; `X-Total-Count` says how many match. The next page
    is in the `Link: rel="next"` header: a cursor, as fast at the millionth row as at the
    first, where a deep `offset` reads every row before it."""
    refuse_with_offset(cursor, offset)
    rows, total = public_page(store, where, limit + 1, offset, _position(cursor))
    response.headers[TOTAL_HEADER] = str(total)
    page = page_of(
        request, response, rows, limit, lambda e: {"d": e["event_date"].isoformat(), "i": e["id"]}
    )
    return [EventOut(**row) for row in page]


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}},
    openapi_extra=TOKEN_OPTIONAL,
)
def export(
    request: Request,
    format: ExportFormat = ExportFormat.CSV,
    where: EventFilter = Depends(event_filter),
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> StreamingResponse:
    """Every matching event as CSV, HXL-tagged CSV (for HDX) or GeoJSON, sent as it is read
    from the store: the first rows leave at once, however large the export. An export cut
    short by a failure ends without the chunked encoding's last chunk, which clients report as
    an error (curl exit code 18), never as a complete file.
    Anonymous clients may ask for `TOCSIN_PUBLIC_EXPORTS_PER_HOUR` exports an hour."""
    if principal.user_id is None:
        request.app.state.export_limiter.check(client_key(request))
    pieces = stream_events(store, format.value, where)
    # The query runs here, before the answer starts: a store that cannot be reached is a 503
    # with Retry-After, not a 200 that stops at once.
    first = next(pieces)
    suffix = "geojson" if format is ExportFormat.GEOJSON else "csv"
    return StoreStream(
        _logged(chain([first], pieces), format.value),
        media_type=_MEDIA_TYPES[format],
        headers={
            "Content-Disposition": f'attachment; filename="tocsin-events-{format.value}.{suffix}"'
        },
    )


def _logged(pieces: Iterator[bytes], fmt: str) -> Generator[bytes, None, None]:
    """The export's pieces; a failure once the answer has started can no longer change its
    status, so it is logged here and the stream is cut (the client sees it incomplete)."""
    try:
        yield from pieces
    except Exception:
        log.exception("a %s export was cut short", fmt)
        raise
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()
