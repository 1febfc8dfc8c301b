"""Cursor (keyset) paging for the API's long listings.

An offset makes the store read and throw away every row before the page (at 500,000 events,
`offset=400000` took about a second); a cursor names the last row a client was given, and the
next page starts right after it by the listing's own order, through an index, however deep.
It is also stable: rows added meanwhile do not shift the next page.

A cursor is opaque to clients: they follow the `Link: <...>; rel="next"` header (RFC 8288) or
send `X-Next-Cursor` back as `cursor`. What it holds is the position of the page's last row,
base64url-encoded JSON; one that cannot be read is a 400 that says to start again.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import Query, Request, Response

from tocsin.domain.errors import TocsinError
from tocsin.web.params import MAX_ROW_ID

T = TypeVar("T")

#: The header that carries the next page's cursor as it is.
NEXT_CURSOR_HEADER = "X-Next-Cursor"
CursorParam = Annotated[
    str | None,
    Query(
        max_length=200,
        description="where the next page starts: the `cursor` of the previous page's "
        '`Link: rel="next"` header (or its `X-Next-Cursor`); instead of `offset`',
    ),
]
NEXT_HEADERS_DOC = {
    "Link": {
        "description": 'the next page, `<url>; rel="next"`; absent on the last page',
        "schema": {"type": "string"},
    },
    NEXT_CURSOR_HEADER: {
        "description": "the next page's cursor, for `cursor=`; absent on the last page",
        "schema": {"type": "string"},
    },
}


NOT_A_CURSOR = (
    "cursor: not a cursor this listing gave (copy it whole from the Link or X-Next-Cursor "
    "header, or start again without it)"
)


class BadCursor(TocsinError):
    status_code = 400


def encode(position: dict[str, Any]) -> str:
    text = json.dumps(position, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode(cursor: str, fields: dict[str, type]) -> dict[str, Any]:
    """The position a cursor holds, each field of the type given; else BadCursor."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        position = json.loads(raw)
    except (binascii.Error, ValueError):
        position = None
    if (
        not isinstance(position, dict)
        or set(position) != set(fields)
        or not all(
            isinstance(position[name], kind) and not isinstance(position[name], bool)
            for name, kind in fields.items()
        )
    ):
        raise BadCursor(NOT_A_CURSOR)
    return position


def _row_id(value: int) -> int:
    if not 0 < value <= MAX_ROW_ID:
        raise BadCursor(NOT_A_CURSOR)
    return value


def after_id(cursor: str | None) -> int | None:
    """The id a listing in id order goes on after."""
    return None if cursor is None else _row_id(decode(cursor, {"i": int})["i"])


def _after(cursor: str | None, key: str, parse: Callable[[str], T]) -> tuple[T, int] | None:
    """The (ordering value, id) a listing goes on after, its value read by ``parse``."""
    if cursor is None:
        return None
    found = decode(cursor, {key: str, "i": int})
    try:
        value = parse(found[key])
    except ValueError:
        raise BadCursor(NOT_A_CURSOR) from None
    return value, _row_id(found["i"])


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:  # the store keeps moments in UTC and refuses a naive one
        raise ValueError("a moment without its zone")
    return moment


def after_moment(cursor: str | None) -> tuple[datetime, int] | None:
    """The (moment, id) a listing newest first goes on after."""
    return _after(cursor, "t", _aware)


def after_day(cursor: str | None) -> tuple[date, int] | None:
    """The (day, id) a listing latest first goes on after."""
    return _after(cursor, "d", date.fromisoformat)


def refuse_with_offset(cursor: str | None, offset: int) -> None:
    if cursor is not None and offset:
        raise BadCursor("cursor and offset: give one or the other, not both")


def link_next(request: Request, response: Response, cursor: str | None) -> None:
    """Point the client to the next page: the same query, `offset` dropped, `cursor` set."""
    if cursor is None:
        return
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("cursor", "offset")]
    # A reference relative to the request (RFC 8288, 3.1): right behind any proxy, whatever
    # host name the server itself was reached by.
    url = f"{request.url.path}?{urlencode([*kept, ('cursor', cursor)])}"
    response.headers["Link"] = f'<{url}>; rel="next"'
    response.headers[NEXT_CURSOR_HEADER] = cursor


def page_of(
    request: Request,
    response: Response,
    rows: Sequence[T],
    limit: int,
    position: Callable[[T], dict[str, Any]],
) -> Sequence[T]:
    """The page out of `limit + 1` rows read: the extra row only tells that a next page exists,
    whose link then starts after the page's last row."""
    if len(rows) <= limit:
        return rows
    page = rows[:limit]
    link_next(request, response, encode(position(page[-1])))
    return page
