"""The schema the migrations build is the one the models describe, and secondary indexes set
aside for a large load always come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from tocsin.store.base import Base
from tocsin.store.engine import make_engine
from tocsin.store.indexes import deferred_indexes, ensure_indexes, missing_indexes
from tocsin.store.migrate import alembic_config, upgrade
from tocsin.store.models import Event
from tocsin.store.uow import Store

EVENTS = Event.__table__


def _event_indexes(engine: Engine) -> set[str]:
    return {ix["name"] for ix in inspect(engine).get_indexes("events")}


def _index_sql(engine: Engine, name: str) -> str:
    query = (
        "SELECT sql FROM sqlite_master WHERE name = :n"
        if engine.dialect.name == "sqlite"
        else "SELECT indexdef FROM pg_indexes WHERE indexname = :n"
    )
    with engine.connect() as conn:
        return str(conn.execute(text(query), {"n": name}).scalar())


def _empty_engine(store: Store) -> Engine:
    """The store's database emptied of every table, for migrations run by hand."""
    engine = store.engine
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        return engine
    path = engine.url.database
    store.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return make_engine(f"sqlite:///{path}")


def test_migrations_build_what_the_models_describe(store: Store) -> None:
    engine = _empty_engine(store)
    command.upgrade(alembic_config(engine), "head")  # without ensure_indexes papering over
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert "WHERE" in _index_sql(engine, "ix_events_report_id").upper()


def test_migration_0004_drops_the_country_index_and_downgrades_cleanly(store: Store) -> None:
    engine = store.engine
    assert "ix_events_country_iso3" not in _event_indexes(engine)
    assert {"ix_events_country_iso3_event_date", "ix_events_report_id"} <= _event_indexes(engine)
    command.downgrade(alembic_config(engine), "0003")
    assert "ix_events_country_iso3" in _event_indexes(engine)
    assert "WHERE" not in _index_sql(engine, "ix_events_report_id").upper()
    command.upgrade(alembic_config(engine), "head")
    assert "ix_events_country_iso3" not in _event_indexes(engine)
    assert "WHERE" in _index_sql(engine, "ix_events_report_id").upper()


def test_upgrade_recreates_an_index_a_killed_import_left_dropped(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_events_event_date")
        assert [ix.name for ix in missing_indexes(conn)] == ["ix_events_event_date"]
    upgrade(store.engine)
    assert "ix_events_event_date" in _event_indexes(store.engine)
    with store.engine.begin() as conn:
        assert ensure_indexes(conn) == []


def test_deferred_indexes_come_back_when_the_load_fails(store: Store) -> None:
    expected = {str(ix.name) for ix in EVENTS.indexes}
    with store.engine.connect() as conn:
        with pytest.raises(RuntimeError):
            with deferred_indexes(conn, EVENTS):
                assert not expected & _event_indexes(store.engine)
                conn.begin()
                conn.exec_driver_sql("SELECT 1")
                raise RuntimeError("interrupted mid-batch")
        assert not conn.in_transaction()
    assert expected <= _event_indexes(store.engine)
    assert "WHERE" in _index_sql(store.engine, "ix_events_report_id").upper()


@pytest.mark.parametrize(
    ("where", "index"),
    [
        ({"entity": "Report", "entity_id": "18"}, "ix_audit_entries_entity_entity_id"),
        ({"actor": "user:3"}, "ix_audit_entries_actor"),
    ],
)
def test_audit_lookups_read_an_index_made_for_them(store: Store, where: dict, index: str) -> None:
    """One record's history went through every entry of its entity (0.2 s at 600,000 entries,
    growing with the log), and one actor's entries were counted by reading the whole table."""
    from sqlalchemy import func, select

    from tocsin.accounts.audit_trail import AuditFilter, _query

    count = select(func.count()).select_from(_query(AuditFilter(**where)).subquery())
    with store.engine.connect() as conn:
        sql = str(count.compile(conn, compile_kwargs={"literal_binds": True}))
        if conn.dialect.name == "postgresql":  # a nearly empty table is read whole anyway
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(str(r[0]) for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        else:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert index in plan, plan
    if "entity_id" in where:
        assert "entity_id" in plan.split(index, 1)[1], plan  # the id is looked up, not filtered
