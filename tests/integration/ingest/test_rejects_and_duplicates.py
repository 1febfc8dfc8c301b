"""Bad rows go to the rejects with file, line, field and reason; duplicates across sources
are linked once and decided by an analyst."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.integration.ingest.layouts import acled_row, write_acled
from tests.integration.ingest.lookup import count, event
from tocsin.ingest.dedup import confirm_duplicate, split_duplicate
from tocsin.ingest.pipeline import import_file
from tocsin.store.models import Event
from tocsin.store.uow import Store


def test_bad_rows_are_reported_and_the_rest_is_taken(store: Store, tmp_path: Path) -> None:
    path = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("BEN1", notes="First line.\nSecond line of the same note."),
            acled_row("BEN2", event_date="31 February 2022"),
            acled_row("BEN3", fatalities="-4"),
            acled_row("BEN4", latitude="3.3833", longitude="11.8683"),  # swapped: in the sea
            acled_row("BEN5", iso="", country="Atlantis"),
            acled_row("BEN6"),
        ],
    )
    ok = write_acled(tmp_path / "ok.csv", [acled_row("BEN8")]).read_bytes().split(b"\r\n")[1]
    with path.open("ab") as handle:  # csv writes CRLF; the appended rows keep to it
        handle.write(b"BEN7,too,few,fields\r\n" + ok + b"\r\n")
    rejects = tmp_path / "rejects.csv"

    result = import_file(store, "acled", path, rejects_file=rejects)

    job = result.job
    assert (job.rows_read, job.taken, job.rejected) == (8, 3, 5)
    got = [
        (r["file"], r["line"], r["field"], r["reason"], r["value"])
        for r in csv.DictReader(rejects.open(encoding="utf-8"))
    ]
    assert got == [
        ("acled.csv", "4", "event_date", "impossible or unreadable date", "31 February 2022"),
        ("acled.csv", "5", "fatalities", "negative fatality count", "-4"),
        ("acled.csv", "6", "latitude", "point lies outside BEN", "3.3833,11.8683"),
        ("acled.csv", "7", "country", "unknown country", "Atlantis"),
        (
            "acled.csv",
            "9",
            "disorder_type",
            "malformed row: missing columns",
            "BEN7,too,few,fields",
        ),
    ]
    # Lines count the two physical lines of BEN1's note, and the malformed line 9.
    assert event(store, "acled", "BEN6").source_line == 8
    assert event(store, "acled", "BEN8").source_line == 10


def test_duplicates_across_sources_are_linked_not_double_counted(
    store: Store, ged191: Path, legacy_asia: Path, panels
) -> None:
    import_file(store, "ged", ged191)

    result = import_file(store, "acled", legacy_asia, panels=panels)

    # 18 pairs: ACLED 285MYA (TNLA and a people's militia) and GED 209885 (the government and
    # PSLF) share no actor word, so they are not taken for one event.
    assert result.job.duplicates == 18
    # ACLED 331MYA and GED 209974: 9 May 2015, Kachin, state forces against civilians, 1 dead.
    acled, ged = event(store, "acled", "331MYA"), event(store, "ged", "209974")
    assert acled.duplicate_of_id == ged.id and acled.duplicate_status == "probable"
    assert ged.duplicate_of_id is None
    may = panels.read("country_month", "MMR")
    may = may[may.month.astype(str) == "2015-05-01"].iloc[0]
    originals = count(
        store,
        Event.country_iso3 == "MMR",
        Event.duplicate_of_id.is_(None),
        Event.event_date >= date(2015, 5, 1),
        Event.event_date < date(2015, 6, 1),
    )
    assert may.events == originals

    # Re-importing does not link twice, and the analyst's decisions stick.
    assert import_file(store, "acled", legacy_asia).job.duplicates == 0
    with store.uow(actor="user:1") as uow:
        split_duplicate(uow, acled.id)
    other = event(store, "acled", "509MYA")
    with store.uow(actor="user:1") as uow:
        confirm_duplicate(uow, other.id)
    import_file(store, "ged", ged191, resume=False)
    assert event(store, "acled", "331MYA").duplicate_of_id is None
    assert event(store, "acled", "331MYA").duplicate_status == "split"
    assert event(store, "acled", "509MYA").duplicate_status == "confirmed"
    with store.uow() as uow:
        statuses = uow.session.scalars(
            select(Event.duplicate_status).where(Event.duplicate_status.is_not(None))
        )
        assert sorted(set(statuses)) == ["confirmed", "probable", "split"]


def test_rejects_file_keeps_a_formula_in_a_bad_value_as_text(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """The rejects file goes to the analyst who opens it in a spreadsheet: a rejected value
    written as a formula in the uploaded file must not run there."""
    path = write_acled(
        tmp_path / "acled.csv", [acled_row("BEN1", iso="", country='=HYPERLINK("x","y")')]
    )
    rejects = tmp_path / "rejects.csv"
    import_file(sqlite_store, "acled", path, rejects_file=rejects)
    (row,) = csv.DictReader(rejects.open(encoding="utf-8"))
    assert (row["field"], row["value"]) == ("country", '\'=HYPERLINK("x","y")')


def test_one_event_stands_for_at_most_one_of_another_datasets(
    store: Store, ged191: Path, legacy_asia: Path
) -> None:
    """Imported the other way round (ACLED first), two GED killings of one day and toll were
    both linked to one ACLED row, and two deaths dropped out of the panels."""
    import_file(store, "acled", legacy_asia)
    result = import_file(store, "ged", ged191)
    with store.uow() as uow:
        links = uow.session.execute(
            select(Event.duplicate_of_id, Event.dataset).where(Event.duplicate_of_id.is_not(None))
        ).all()
    originals = [original for original, _ in links]
    assert len(originals) == len(set(originals)) == result.job.duplicates
    assert result.job.duplicates == 18  # as many pairs as the other order finds


def test_an_id_repeated_in_one_custom_file_refuses_the_later_row(
    store: Store, tmp_path: Path
) -> None:
    """Two rows of one partner file with the same id are a data error, not "1 updated": the
    first is taken, the later one refused naming the first one's line."""
    from tocsin.ingest.base import ImportOptions

    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        "source: partner-z\ncolumns: {source_event_id: ID, event_date: Date, country: Country,"
        " fatalities: Killed}\n",
        encoding="utf-8",
    )
    path = tmp_path / "partner.csv"
    path.write_text(
        "ID,Date,Country,Killed\n"
        "Z1,2022-03-01,Benin,2\n"
        "Z2,2022-03-02,Benin,0\n"
        "Z1,2022-03-05,Benin,7\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "rejects.csv"

    result = import_file(store, "csv", path, ImportOptions(mapping=mapping), rejects_file=rejects)

    job = result.job
    assert (job.rows_read, job.taken, job.updated, job.rejected) == (3, 2, 0, 1)
    got = [
        (r["line"], r["field"], r["reason"], r["value"])
        for r in csv.DictReader(rejects.open(encoding="utf-8"))
    ]
    assert got == [("4", "source_event_id", "repeated id: already on line 2", "Z1")]
    assert event(store, "csv", "partner-z:Z1").fatalities == 2
