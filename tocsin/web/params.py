"""Numbers a client puts in a path or a query string, bounded at the edge.

A row id beyond what the store's INTEGER keys hold, or a negative page size, is a 422 that
names the parameter, not a database error (SQLite cannot bind a number past 2**63, PostgreSQL's
INTEGER stops at 2**31 - 1, and SQLite reads ``LIMIT -1`` as no limit at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Path, Query

#: The largest key an INTEGER primary key holds in every store Tocsin runs on (PostgreSQL's
#: INTEGER is 32-bit).
MAX_ROW_ID = 2**31 - 1
#: The most rows one listing returns.
MAX_PAGE = 10_000

RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="a record's id")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE, description="the most rows to return")]
Page = Annotated[int, Query(ge=1, le=MAX_ROW_ID, description="which page, from 1")]
Offset = Annotated[int, Query(ge=0, le=MAX_ROW_ID, description="rows to skip, for the next page")]

#: Rows on one page of a listing in the web pages.
PAGE_ROWS = 50


@dataclass(frozen=True)
class PageOf:
    """Where page ``page`` of ``total`` rows starts, and how many pages there are."""

    page: int
    total: int
    size: int = PAGE_ROWS

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))
