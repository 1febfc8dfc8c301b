"""The per-row step of an import, on rows shaped like DuckDB's output (no I/O)."""

from __future__ import annotations

import pytest

from tocsin.ingest import gazetteer
from tocsin.ingest.batches import LineMap, prepare
from tocsin.ingest.prefetch import Prefetch
from tocsin.ingest.query import POS, SEP


def row(
    source_id: str,
    *,
    country: str = "num:204",
    lat: float | None = 11.9,
    lon: float | None = 3.3,
    place: str | None = "Malanville",
    newlines: int = 0,
    problem: str | None = None,
    in_scope: bool = True,
) -> tuple:
    values: list = [None] * len(POS)
    values[POS["source_event_id"]] = source_id
    values[POS["event_date"]] = "2022-12-27"
    values[POS["country"]] = country
    values[POS["latitude"]], values[POS["longitude"]] = lat, lon
    values[POS["place_name"]] = place
    values[POS["row_hash"]] = "h" + source_id
    values[POS["newlines"]], values[POS["problem"]] = newlines, problem
    values[POS["in_scope"]] = in_scope
    return tuple(values)


BOXES = {"BEN": (5.2, 12.9, 0.0, 4.7)}


def test_rows_are_sorted_into_taken_rejected_and_skipped() -> None:
    touched: set[tuple[str, str]] = set()
    lines = LineMap()
    batch = [
        row("A", newlines=2),  # lines 2-4
        row("B", problem=f"fatalities{SEP}negative fatality count{SEP}-4"),
        row("C", lat=3.3, lon=11.9),  # swapped: outside Benin
        row("D", country="name:Atlantis"),
        row("E", lat=None, lon=None, place="Nowhere-on-earth"),
        row("F", in_scope=False),
    ]

    out = prepare(batch, 2, BOXES, lambda iso3, name: None, touched, lines)

    assert [r[0] for r in out.rows] == ["A", "E"]
    assert [(r.line, r.field, r.reason) for r in out.rejects] == [
        (5, "fatalities", "negative fatality count"),
        (6, "latitude", "point lies outside BEN"),
        (7, "country", "unknown country"),
    ]
    assert out.skipped == 1 and out.read == 6 and out.next_line == 10
    assert out.rows[0][3] == "BEN" and out.rows[0][-1] == 2 and out.rows[1][-1] == 8
    assert out.unresolved == {("BEN", "", "Nowhere-on-earth"): 1}
    assert touched == {("BEN", "2022-12")}
    assert lines.extra_before(1) == 2 and lines.extra_before(0) == 0


def test_a_place_without_a_point_is_geocoded() -> None:
    out = prepare(
        [row("G", lat=None, lon=None, place="Kandi")],
        2,
        BOXES,
        lambda iso3, name: (11.13, 2.94),
        set(),
    )
    assert (out.rows[0][POS["latitude"]], out.rows[0][POS["longitude"]]) == (11.13, 2.94)


def test_read_ahead_hands_on_the_readers_error() -> None:
    items = iter([1, 2])

    def produce() -> int | None:
        item = next(items, None)
        if item is None:
            raise ValueError("disk gone")
        return item

    reader = Prefetch(produce)
    got = []
    with pytest.raises(ValueError, match="disk gone"):
        for item in reader:
            got.append(item)
    reader.close()
    assert got == [1, 2]


def test_shipped_country_boxes_match_the_gazetteer() -> None:
    assert gazetteer._shipped_boxes() == gazetteer.compute_boxes()
