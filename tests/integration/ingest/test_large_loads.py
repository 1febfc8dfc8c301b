"""A large first load builds `events`' secondary indexes after the rows, with the same result
as a load that keeps them up to date, and never leaves them missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from tocsin.ingest import pipeline
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.pipeline import import_file
from tocsin.store.models import Event
from tocsin.store.uow import Store

EVENTS = Event.__table__
SECONDARY = {str(ix.name) for ix in EVENTS.indexes}


def _indexes(store: Store) -> set[str]:
    return {ix["name"] for ix in inspect(store.engine).get_indexes("events")}


@pytest.fixture
def always_large(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Treat every file as large, and record each decision."""
    decisions: list[bool] = []
    monkeypatch.setattr(pipeline, "DEFER_INDEXES_MIN_BYTES", 0)
    decide = pipeline._large_load

    def spy(conn, path):  # type: ignore[no-untyped-def]
        decisions.append(decide(conn, path))
        return decisions[-1]

    monkeypatch.setattr(pipeline, "_large_load", spy)
    return decisions


def test_large_first_load_defers_indexes_and_keeps_every_count(
    store: Store, benin: Path, always_large: list[bool]
) -> None:
    first = import_file(store, "acled", benin).job
    assert always_large == [True]
    assert SECONDARY <= _indexes(store)
    again = import_file(store, "acled", benin, resume=False).job
    assert (first.taken, first.rejected, again.taken, again.unchanged) == (811, 0, 0, 811)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(EVENTS)).scalar() == 811


def test_small_file_keeps_indexes_in_place(
    store: Store, benin: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decisions: list[bool] = []
    decide = pipeline._large_load

    def spy(conn, path):  # type: ignore[no-untyped-def]
        decisions.append(decide(conn, path))
        return decisions[-1]

    monkeypatch.setattr(pipeline, "_large_load", spy)
    import_file(store, "acled", benin)
    assert decisions == [False]


def test_interrupted_large_load_leaves_indexes_and_resumes(
    store: Store, benin: Path, always_large: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    write = pipeline._write
    calls = {"n": 0}

    def crash_on_second_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return write(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_write", crash_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        import_file(store, "acled", benin, ImportOptions(batch_size=300))
    assert SECONDARY <= _indexes(store)
    monkeypatch.setattr(pipeline, "_write", write)
    done = import_file(store, "acled", benin, ImportOptions(batch_size=300)).job
    assert done.status == "succeeded"
    assert done.taken == 811
    assert SECONDARY <= _indexes(store)


def test_import_restores_indexes_missing_after_a_killed_process(store: Store, benin: Path) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_events_country_iso3_event_date")
    import_file(store, "acled", benin)
    assert SECONDARY <= _indexes(store)
