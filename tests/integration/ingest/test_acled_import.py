"""ACLED exports of all three generations, imported for real on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.ingest.lookup import count, event
from tocsin.ingest.base import ImportOptions, WrongFormat
from tocsin.ingest.pipeline import import_file
from tocsin.store.models import AuditEntry, Event, ImportJob
from tocsin.store.uow import Store


def test_current_export_takes_every_row_with_its_fields(store: Store, benin: Path) -> None:
    result = import_file(store, "acled", benin)

    assert result.job.status == "succeeded"
    assert (result.job.rows_read, result.job.taken, result.job.rejected) == (811, 811, 0)
    assert count(store, Event.dataset == "acled") == 811
    e = event(store, "acled", "BEN876")
    assert e.event_date == date(2022, 12, 27) and e.date_precision == 1
    assert (e.country_iso3, e.admin1, e.admin2, e.place_name) == (
        "BEN",
        "Alibori",
        "Malanville",
        "Noma Tounga",
    )
    assert (e.latitude, e.longitude) == (11.9065, 3.2752)
    assert e.event_type == "Violence against civilians" and e.sub_event_type == "Attack"
    assert e.violence_type == "violence_against_civilians" and e.civilian_targeting is True
    assert e.actor1 == "Unidentified Armed Group (Benin)" and e.actor2 == "Civilians (Benin)"
    assert e.fatalities == 0 and e.fatalities_low is None
    assert e.import_job_id == result.job.id and e.source_line == 3
    assert e.raw is None  # the link back is the job's file and this line
    assert event(store, "acled", "BEN892").source_line == 2
    with store.uow() as uow:
        assert uow.session.get(ImportJob, result.job.id).file_name == str(benin)


def test_reimporting_the_same_file_changes_nothing(store: Store, benin: Path) -> None:
    first = import_file(store, "acled", benin)
    before = event(store, "acled", "BEN876")

    again = import_file(store, "acled", benin)

    assert (again.job.taken, again.job.updated, again.job.unchanged) == (0, 0, 811)
    assert count(store, Event.dataset == "acled") == 811
    after = event(store, "acled", "BEN876")
    assert after.import_job_id == first.job.id and after.created_at == before.created_at


def test_a_newer_release_updates_only_changed_rows(
    store: Store, benin: Path, tmp_path: Path
) -> None:
    import_file(store, "acled", benin)
    rows = list(csv.DictReader(benin.open(encoding="utf-8", newline="")))
    for row in rows:
        if row["event_id_cnty"] == "BEN876":
            row["fatalities"] = "1"
            row["event_date"] = "03 January 2023"
    release = tmp_path / "benin_v2.csv"
    with release.open("w", newline="", encoding="utf-8") as handle:
        out = csv.DictWriter(handle, list(rows[0]))
        out.writeheader()
        out.writerows(rows)

    result = import_file(store, "acled", release)

    assert (result.job.taken, result.job.updated, result.job.unchanged) == (0, 1, 810)
    changed = event(store, "acled", "BEN876")
    assert changed.fatalities == 1 and changed.import_job_id == result.job.id
    assert {("BEN", "2023-01"), ("BEN", "2022-12")} <= result.touched  # old and new month


def test_2020_api_export_derives_civilian_targeting(store: Store, burkina: Path) -> None:
    result = import_file(store, "acled", burkina)

    assert (result.job.taken, result.job.rejected) == (3010, 0)
    journalist = event(store, "acled", "BFO4215")
    assert journalist.country_iso3 == "BFA" and journalist.civilian_targeting is True
    assert journalist.target_group == "Journalists (Burkina Faso)"
    assert event(store, "acled", "BFO4217").civilian_targeting is False
    vac = count(store, Event.dataset == "acled", Event.event_type == "Violence against civilians")
    assert vac == 863


def test_legacy_export_maps_old_categories(sqlite_store: Store, legacy_asia: Path) -> None:
    result = import_file(sqlite_store, "acled", legacy_asia)

    assert (result.job.taken, result.job.rejected) == (10194, 0)
    rioters, protesters = event(sqlite_store, "acled", "1BNG"), event(sqlite_store, "acled", "2BNG")
    assert (rioters.event_type, rioters.violence_type) == ("Riots", "riot")
    assert (protesters.event_type, protesters.violence_type) == ("Protests", "protest")
    assert rioters.event_date == date(2015, 1, 1) and rioters.country_iso3 == "BGD"
    # 1,073 "Battle-No change of territory" rows become armed clashes.
    assert count(sqlite_store, Event.sub_event_type == "Armed clash") == 1073
    # "Violence Against Civilians" (6 rows, odd capitals) joins the 677 spelled normally; the
    # 39 of them led by rioters (actor code 5) are mob violence, a riot, in today's codebook.
    assert count(sqlite_store, Event.event_type == "Violence against civilians") == 683 - 39
    mob = count(sqlite_store, Event.sub_event_type == "Mob violence")
    assert mob == 39
    countries = {"IND", "PAK", "BGD", "NPL", "MMR", "THA", "KHM", "LKA", "VNM", "LAO"}
    with sqlite_store.uow() as uow:
        assert set(uow.session.scalars(select(Event.country_iso3).distinct())) == countries


def test_a_file_in_the_wrong_format_is_refused_before_anything_is_written(
    store: Store, ged191: Path
) -> None:
    with pytest.raises(WrongFormat, match="not an ACLED export: these columns are missing"):
        import_file(store, "acled", ged191)
    with store.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ImportJob)) == 0


def test_each_import_job_writes_one_audit_entry(store: Store, benin: Path) -> None:
    import_file(store, "acled", benin, actor="cli")
    import_file(store, "acled", benin, actor="cli")

    with store.uow() as uow:
        entries = list(
            uow.session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "ImportJob").order_by(AuditEntry.id)
            )
        )
        assert [(e.action, e.actor, e.changes["taken"]) for e in entries] == [
            ("import", "cli", 811),
            ("import", "cli", 0),
        ]
        assert (
            uow.session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "Event")
            )
            == 0
        )


def test_an_interrupted_import_keeps_whole_batches_and_resumes(store: Store, benin: Path) -> None:
    calls = []

    def stop_after_two_batches(done: int, total: int | None) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise KeyboardInterrupt

    options = ImportOptions(batch_size=300)
    with pytest.raises(KeyboardInterrupt):
        import_file(store, "acled", benin, options, progress=stop_after_two_batches)

    assert count(store) == 600  # two whole batches, never part of one
    with store.uow() as uow:
        job = uow.session.scalars(select(ImportJob)).one()
        assert (job.status, job.records_done) == ("interrupted", 600)

    resumed = import_file(store, "acled", benin, options)

    assert resumed.job.id == job.id and resumed.job.status == "succeeded"
    assert (resumed.job.rows_read, resumed.job.taken) == (811, 811)
    assert count(store) == 811
    assert event(store, "acled", "BEN892").source_line == 2
