"""Shared fixtures: a migrated store with reference data, principals, real servers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.servers import postgres_server, smtp_server
from tocsin.accounts.service import Principal, add_user
from tocsin.config import Settings, get_settings
from tocsin.domain.roles import Role
from tocsin.reference.load import load_reference
from tocsin.store.engine import make_engine
from tocsin.store.migrate import upgrade
from tocsin.store.models import Report
from tocsin.store.uow import Store, UnitOfWork


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite store with reference data, built once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    store = Store(engine)
    with store.uow() as uow:
        load_reference(uow)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=None,
        secret_key="test-secret",
        delivery_backoff_seconds=0.0,
        worker_poll_seconds=0.2,
    )


@pytest.fixture
def sqlite_store(reference_db: Path, settings: Settings) -> Iterator[Store]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    target = settings.data_dir / "tocsin.sqlite"
    shutil.copy(reference_db, target)
    store = Store(make_engine(f"sqlite:///{target}"))
    yield store
    store.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture
def postgres_store(postgres_url: str) -> Iterator[Store]:
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    upgrade(engine)
    store = Store(engine)
    with store.uow() as uow:
        load_reference(uow)
    yield store
    store.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Store:
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def smtp():
    with smtp_server() as (inbox, port):
        yield inbox, port


def witness_report(uow: UnitOfWork, reference: str, country_iso3: str, phone: str) -> Report:
    """A published report whose witness (Amina) and phone must never leave in a public export."""
    report = Report(
        reference=reference,
        status="published",
        channel="web",
        title="Witness Amina saw the attack",
        text=f"Call me on {phone}",
        country_iso3=country_iso3,
        reporter_name="Amina",
        reporter_contact=phone,
        raw={"contact": phone},
    )
    uow.add(report)
    uow.flush()
    return report


def make_principal(store: Store, role: Role, email: str) -> Principal:
    with store.uow() as uow:
        user_id = add_user(
            uow, email, email.split("@")[0].title(), role.value, "correct horse battery"
        )
    return Principal(user_id, role, email)


@pytest.fixture
def analyst(store: Store) -> Principal:
    return make_principal(store, Role.ANALYST, "ana@example.org")


@pytest.fixture
def monitor(store: Store) -> Principal:
    return make_principal(store, Role.MONITOR, "mo@example.org")


@pytest.fixture
def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of its own for the `tocsin` command, as a fresh deployment has."""
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TOCSIN_SECRET_KEY", "test-secret")
    monkeypatch.delenv("TOCSIN_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of each kind, for a migration run by hand from an old revision."""
    engine = empty_database(request.param, tmp_path, request)
    yield engine
    engine.dispose()


def empty_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Engine:
    """An empty database of either kind, for migrations run by hand from an old revision."""
    if backend == "sqlite":
        return make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    engine = make_engine(request.getfixturevalue("postgres_url"))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    return engine
