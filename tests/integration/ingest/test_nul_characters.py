"""A NUL character in a cell rejects its row, named by line and field, on either store:
PostgreSQL cannot store one in a text, and one bad cell must not fail a whole import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.integration.ingest.layouts import acled_row, write_acled, write_ged20
from tests.integration.ingest.lookup import count
from tocsin.ingest.pipeline import import_file
from tocsin.store.models import Event
from tocsin.store.uow import Store


def _rejects(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (r["line"], r["field"], r["reason"], r["value"])
        for r in csv.DictReader(path.open(encoding="utf-8"))
    ]


def test_a_nul_character_in_a_cell_rejects_only_its_row(store: Store, tmp_path: Path) -> None:
    path = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("BEN1"),
            acled_row("BEN2", notes="Attack on a village\x00 near Kandi."),
            acled_row("BEN3", actor1="Unidentified\x00 Armed Group"),
            acled_row("BEN4", event_date="27 December\x00 2022"),
            acled_row("BEN5\x00"),
            acled_row("BEN6"),
        ],
    )
    rejects = tmp_path / "rejects.csv"

    job = import_file(store, "acled", path, rejects_file=rejects).job

    assert (job.status, job.rows_read, job.taken, job.rejected) == ("succeeded", 6, 2, 4)
    assert _rejects(rejects) == [
        ("3", "notes", "holds a NUL character", "Attack on a village near Kandi."),
        ("4", "actor1", "holds a NUL character", "Unidentified Armed Group"),
        ("5", "event_date", "holds a NUL character", "27 December 2022"),
        ("6", "source_event_id", "holds a NUL character", "BEN5"),
    ]
    assert count(store, Event.dataset == "acled") == 2


@pytest.mark.parametrize(
    ("column", "field"), [("source_headline", "notes"), ("where_coordinates", "place_name")]
)
def test_a_nul_character_in_a_ged_text_is_rejected_by_its_field(
    store: Store, tmp_path: Path, column: str, field: str
) -> None:
    good = {
        "id": "1",
        "relid": "BEN-1",
        "year": "2019",
        "type_of_violence": "3",
        "side_a": "JNIM",
        "side_b": "Civilians",
        "where_coordinates": "Kandi",
        "adm_1": "Alibori",
        "latitude": "11.13",
        "longitude": "2.94",
        "country": "Benin",
        "date_prec": "1",
        "date_start": "2019-05-01",
        "date_end": "2019-05-01",
        "best": "2",
        "low": "2",
        "high": "3",
        "source_headline": "Attack near Kandi",
    }
    bad = good | {"id": "2", "relid": "BEN-2", column: "Kandi\x00 market"}
    path = write_ged20(tmp_path / "ged.csv", [good, bad])
    rejects = tmp_path / "rejects.csv"

    job = import_file(store, "ged", path, rejects_file=rejects).job

    assert (job.status, job.taken, job.rejected) == ("succeeded", 1, 1)
    [(line, named, reason, _)] = _rejects(rejects)
    assert (line, named, reason) == ("3", field, "holds a NUL character")


def test_a_malformed_row_holding_a_nul_character_is_shown_without_it(
    store: Store, tmp_path: Path
) -> None:
    path = write_acled(tmp_path / "acled.csv", [acled_row("BEN1")])
    with path.open("ab") as handle:
        handle.write(b"BEN7,too,few\x00,fields\r\n")
    rejects = tmp_path / "rejects.csv"

    job = import_file(store, "acled", path, rejects_file=rejects).job

    assert (job.status, job.taken, job.rejected) == ("succeeded", 1, 1)
    [(line, _, reason, value)] = _rejects(rejects)
    assert (line, reason, value) == ("3", "malformed row: missing columns", "BEN7,too,few,fields")
