"""A deleted row's id is never given to another row (SQLite reuses the id of a deleted newest
row unless a table has AUTOINCREMENT): the audit history, links and URLs of an Event withdrawn
when its report was reopened must not come to name the next event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from tests.conftest import empty_database
from tocsin.store.base import Base
from tocsin.store.migrate import upgrade
from tocsin.store.models import Event
from tocsin.store.uow import Store


def _event(store: Store, source_event_id: str) -> int:
    with store.uow() as uow:
        event = Event(
            dataset="report",
            source_event_id=source_event_id,
            event_date=date(2026, 1, 1),
            country_iso3="BFA",
        )
        uow.add(event)
        uow.commit()
        return event.id


def _withdraw(store: Store, event_id: int) -> None:
    with store.uow() as uow:
        uow.events.withdraw(uow.session.get_one(Event, event_id))
        uow.commit()


def test_a_withdrawn_events_id_is_not_given_to_the_next_event(store: Store) -> None:
    _event(store, "E-1")
    newest = _event(store, "E-2")
    _withdraw(store, newest)

    assert _event(store, "E-3") > newest


def test_tables_whose_rows_can_be_deleted_are_autoincrement_on_sqlite(
    sqlite_store: Store,
) -> None:
    wanted = {
        t.name for t in Base.metadata.sorted_tables if t.dialect_kwargs.get("sqlite_autoincrement")
    }
    assert {"events", "report_links", "signals", "deliveries", "subscribers"} <= wanted
    with sqlite_store.engine.connect() as conn:
        made = {
            name
            for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
            )
            if "AUTOINCREMENT" in sql.upper()
        }
    assert made == wanted, "the migrations and the models disagree on AUTOINCREMENT"


def _engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Engine:
    return empty_database(backend, tmp_path, request)


def _schema(engine: Engine) -> dict[str, set[str]]:
    """Every table's indexes, unique constraints and foreign keys, by name."""
    inspector = inspect(engine)
    return {
        table: {ix["name"] or "" for ix in inspector.get_indexes(table)}
        | {uq["name"] or "" for uq in inspector.get_unique_constraints(table)}
        | {
            f"{fk['constrained_columns']}->{fk['referred_table']}"
            for fk in inspector.get_foreign_keys(table)
        }
        for table in inspector.get_table_names()
    }


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_a_store_upgraded_from_0011_keeps_its_rows_and_never_reuses_an_id(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    engine = _engine(backend, tmp_path, request)
    upgrade(engine, "0011")
    store = Store(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO countries (iso3, iso2, name) VALUES ('BFA', 'BF', 'BF')"))
    kept = [_event(store, f"E-{n}") for n in range(1, 4)]
    withdrawn = _event(store, "E-4")
    _withdraw(store, withdrawn)  # before the upgrade: only the audit log still knows its id
    before = _schema(engine)

    upgrade(engine, "0012")  # the revision under test; later ones may add to the schema

    assert _schema(engine) == before, "an index, unique constraint or foreign key was lost"
    with engine.connect() as conn:
        assert list(conn.execute(text("SELECT id FROM events ORDER BY id")).scalars()) == kept
        if backend == "sqlite":
            triggers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).scalars()
            assert set(triggers) == {"audit_entries_no_update", "audit_entries_no_delete"}
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries"))
    after_upgrade = _event(store, "E-5")
    assert after_upgrade > withdrawn
    _withdraw(store, after_upgrade)
    assert _event(store, "E-6") > after_upgrade
    store.dispose()
