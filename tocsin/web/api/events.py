"""/api/v1/events: the imported and verified Events, public columns only, listed or exported.

The same rules as `tocsin export events`: never the raw row, never the link to a Report, and
for Events that came from Reports neither the notes nor the reference the reporter was given.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, BeforeValidator
from starlette.background import BackgroundTask

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.ingest.export import EventFilter, Position, export_events, public_page
from tocsin.ingest.vocabulary import ViolenceType
from tocsin.store.uow import Store
from tocsin.web.api.contract import TOKEN_OPTIONAL, TOTAL_HEADER, TOTAL_HEADER_DOC
from tocsin.web.cursor import (
    NEXT_HEADERS_DOC,
    NOT_A_CURSOR,
    BadCursor,
    CursorParam,
    decode,
    encode,
    link_next,
    refuse_with_offset,
)
from tocsin.web.deps import check_csrf, client_key, country_filter, get_principal, get_store
from tocsin.web.params import MAX_ROW_ID, Offset, PageSize

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
    if cursor is None:
        return None
    found = decode(cursor, {"d": str, "i": int})
    try:
        day = date.fromisoformat(found["d"])
    except ValueError:
        day = None
    if day is None or not 0 < found["i"] <= MAX_ROW_ID:
        raise BadCursor(NOT_A_CURSOR)
    return Position(day, found["i"])


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
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        link_next(request, response, encode({"d": last["event_date"].isoformat(), "i": last["id"]}))
    return [EventOut(**row) for row in rows]


@router.get(
    "/export",
    response_class=FileResponse,
    responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}},
    openapi_extra=TOKEN_OPTIONAL,
)
def export(
    request: Request,
    format: ExportFormat = ExportFormat.CSV,
    where: EventFilter = Depends(event_filter),
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> FileResponse:
    """Every matching event as CSV, HXL-tagged CSV (for HDX) or GeoJSON, written to a
    temporary file first so that a large export streams from disk, not from memory.
    Anonymous clients may ask for `TOCSIN_PUBLIC_EXPORTS_PER_HOUR` exports an hour."""
    if principal.user_id is None:
        request.app.state.export_limiter.check(client_key(request))
    fd, path = tempfile.mkstemp(suffix=f".{format.value}")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            export_events(store, format.value, handle, where)
    except BaseException:
        os.unlink(path)
        raise
    suffix = "geojson" if format is ExportFormat.GEOJSON else "csv"
    return FileResponse(
        path,
        media_type=_MEDIA_TYPES[format],
        filename=f"tocsin-events-{format.value}.{suffix}",
        background=BackgroundTask(os.unlink, path),
    )
