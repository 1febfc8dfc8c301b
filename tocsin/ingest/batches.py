"""What happens to each batch of mapped rows in Python before it is written.

This is the only per-row Python in an import, so it does the little that SQL could not:
number the physical line, resolve the country, check the point lies in that country, put a
point on a place name that has none, and sort rows into taken, rejected and skipped.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tocsin.ingest.country_codes import resolve_tagged
from tocsin.ingest.query import POS, SEP

_NEWLINES = POS["newlines"]
_PROBLEM = POS["problem"]
_SCOPE = POS["in_scope"]
_HASH_END = POS["row_hash"] + 1
_COUNTRY = POS["country"]
_LAT, _LON = POS["latitude"], POS["longitude"]
_PLACE, _ADMIN1, _DATE = POS["place_name"], POS["admin1"], POS["event_date"]


@dataclass
class RowReject:
    line: int
    field: str
    reason: str
    value: str | None
    source_event_id: str | None


@dataclass
class Prepared:
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    rejects: list[RowReject] = field(default_factory=list)
    read: int = 0
    skipped: int = 0
    unresolved: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    next_line: int = 0


Locate = Callable[[str, str], "tuple[float, float] | None"]


@dataclass
class LineMap:
    """Where the records with line breaks inside quoted values are, so that a record number
    (which is how DuckDB's reader counts the rows it rejects) can be turned into a physical
    line. Only multi-line records take room: two integers each."""

    records: int = 0
    at: array = field(default_factory=lambda: array("q"))
    extra: array = field(default_factory=lambda: array("q"))

    def add(self, record: int, newlines: int) -> None:
        self.at.append(record)
        self.extra.append((self.extra[-1] if self.extra else 0) + newlines)

    def extra_before(self, record: int) -> int:
        """Line breaks inside the returned records numbered below `record`."""
        i = bisect_right(self.at, record - 1)
        return self.extra[i - 1] if i else 0


def prepare(
    batch: list[tuple[Any, ...]],
    first_line: int,
    boxes: dict[str, tuple[float, float, float, float]],
    locate: Locate,
    touched: set[tuple[str, str]],
    lines: LineMap | None = None,
    seen: dict[str, int] | None = None,
) -> Prepared:
    """`seen`, when given, holds the line of each id taken so far in the file: a row with
    one of them again is refused as a repeated id."""
    out = Prepared(read=len(batch))
    rows, rejects = out.rows, out.rejects
    line = first_line
    record = lines.records if lines is not None else 0
    for r in batch:
        start = line
        if r[_NEWLINES]:
            line += 1 + r[_NEWLINES]
            if lines is not None:
                lines.add(record, r[_NEWLINES])
        else:
            line += 1
        record += 1
        if not r[_SCOPE]:
            out.skipped += 1
            continue
        problem = r[_PROBLEM]
        if problem is not None:
            name, reason, value = problem.split(SEP, 2)
            rejects.append(RowReject(start, name, reason, value[:300] or None, r[0]))
            continue
        if seen is not None and (first := seen.get(r[0])) is not None:
            given = r[0].partition(":")[2][:300]  # as the file gives it, without the source
            reason = f"repeated id: already on line {first}"
            rejects.append(RowReject(start, "source_event_id", reason, given, r[0]))
            continue
        iso3 = resolve_tagged(r[_COUNTRY])
        if iso3 is None:
            shown = "|".join(v for p in r[_COUNTRY].split("|") if (v := p.partition(":")[2]))
            rejects.append(RowReject(start, "country", "unknown country", shown[:300], r[0]))
            continue
        lat = r[_LAT]
        if lat is not None:
            box = boxes.get(iso3)
            lon = r[_LON]
            if box is not None and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                rejects.append(
                    RowReject(start, "latitude", f"point lies outside {iso3}", f"{lat},{lon}", r[0])
                )
                continue
            rows.append((*r[:_COUNTRY], iso3, *r[_COUNTRY + 1 : _HASH_END], start))
        elif r[_PLACE] is not None:
            point = locate(iso3, r[_PLACE])
            if point is None:
                out.unresolved[(iso3, r[_ADMIN1] or "", r[_PLACE])] += 1
                rows.append((*r[:_COUNTRY], iso3, *r[_COUNTRY + 1 : _HASH_END], start))
            else:
                row = [*r[:_COUNTRY], iso3, *r[_COUNTRY + 1 : _HASH_END], start]
                row[_LAT], row[_LON] = point
                rows.append(tuple(row))
        else:
            rows.append((*r[:_COUNTRY], iso3, *r[_COUNTRY + 1 : _HASH_END], start))
        touched.add((iso3, r[_DATE][:7]))
        if seen is not None:
            seen[r[0]] = start
    out.next_line = line
    if lines is not None:
        lines.records = record
    return out
