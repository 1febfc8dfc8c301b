"""The worker forecasts escalation again when the events change, and only then."""

from __future__ import annotations

from datetime import date

from tests.integration.risk_dynamic.seed import add_attack, seed_events
from tocsin.risk.escalation.refresh import events_changed_at, refresh_escalation_forecast
from tocsin.store.uow import Store
from tocsin.worker import default_jobs


def _issues(store: Store) -> int:
    with store.uow() as uow:
        return len(uow.forecasts.issues("dynamic", limit=100))


def test_a_forecast_follows_new_events_and_only_new_events(store: Store) -> None:
    assert refresh_escalation_forecast(store) == (None, None)  # no events, nothing to do
    seed_events(store)
    run, answered = refresh_escalation_forecast(store)
    assert run is not None and run.total == 5 and answered == events_changed_at(store)
    assert refresh_escalation_forecast(store, answered)[0] is None
    assert refresh_escalation_forecast(store)[0] is None  # the stored forecast is newer
    add_attack(store, "R-1", date(2021, 12, 20), deaths=30, dataset="report")
    again, _ = refresh_escalation_forecast(store, answered)
    assert again is not None and again.issued_at > run.issued_at
    assert _issues(store) == 2


def test_too_little_history_is_tried_once_per_change(store: Store) -> None:
    """Events that cannot train a model store nothing; the worker does not retry them at
    every round, only once more events come."""
    add_attack(store, "A-1", date(2021, 1, 5), deaths=2)
    run, answered = refresh_escalation_forecast(store)
    assert run is not None and run.total == 0 and run.skipped
    assert refresh_escalation_forecast(store, answered) == (None, answered)


def test_the_worker_runs_it_and_can_be_told_not_to(sqlite_store: Store, settings) -> None:
    seed_events(sqlite_store)
    jobs = default_jobs(sqlite_store, settings, coding=False, background=False)
    jobs["escalation"]()
    assert _issues(sqlite_store) == 1
    jobs["escalation"]()  # throttled, and nothing changed anyway
    assert _issues(sqlite_store) == 1
    off = settings.model_copy(update={"escalation_seconds": 0})
    assert "escalation" not in default_jobs(sqlite_store, off, coding=False, background=False)
