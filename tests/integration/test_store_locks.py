"""Work that one process at a time may do on a store: migrating it, and forecasting
escalation again. A second `serve` or `worker` waits for, or leaves it to, the first."""

from __future__ import annotations

import threading

import pytest

from tests.integration.risk_dynamic.seed import seed_events
from tocsin.risk.escalation import refresh
from tocsin.store.engine import make_engine
from tocsin.store.locks import store_lock
from tocsin.store.migrate import is_current, upgrade


def test_a_second_worker_leaves_the_escalation_forecast_to_the_first(store, monkeypatch):
    seed_events(store)
    runs = []
    monkeypatch.setattr(refresh, "run_escalation_forecast", lambda s: runs.append(s))

    with store_lock(store.engine, "escalation") as held:  # the first worker is forecasting
        assert held
        assert refresh.refresh_escalation_forecast(store) == (None, None)
    assert runs == []

    refresh.refresh_escalation_forecast(store)
    assert runs == [store]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_two_processes_starting_on_an_empty_store_both_find_it_migrated(backend, tmp_path, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
        with make_engine(url).begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engines = [make_engine(url), make_engine(url)]
    errors: list[BaseException] = []

    def start(engine) -> None:
        try:
            upgrade(engine)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert all(is_current(e) for e in engines)
    for engine in engines:
        engine.dispose()
