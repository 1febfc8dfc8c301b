"""An escalation forecast made again from unchanged events is the issue already kept: it is
not stored again, from the command line or the worker, and the run says so."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from typer.testing import CliRunner

from tests.integration.risk_dynamic.seed import seed_events
from tocsin.risk.escalation.refresh import refresh_escalation_forecast
from tocsin.risk.escalation.service import run_escalation_forecast
from tocsin.store.models import Event, Forecast
from tocsin.store.uow import Store


def _issues(store: Store) -> list:
    with store.uow() as uow:
        return uow.forecasts.issues("dynamic", limit=100)


def _rows(store: Store) -> int:
    with store.uow() as uow:
        return uow.session.query(Forecast).count()


def test_a_rerun_on_unchanged_events_stores_nothing_and_says_so(store: Store) -> None:
    seed_events(store)
    first = run_escalation_forecast(store)
    assert first.total == 5 and first.same_as is None
    again = run_escalation_forecast(store)
    assert again.total == 0 and again.same_as == _issues(store)[0]
    assert "nothing new stored" in (again.summary() or "")
    assert len(_issues(store)) == 1 and _rows(store) == 5
    other_period = run_escalation_forecast(store, as_of=date(2021, 6, 30))
    assert other_period.total == 5 and len(_issues(store)) == 2


def test_the_command_says_nothing_new_was_stored(store: Store, cli) -> None:
    seed_events(store)
    assert CliRunner().invoke(cli, ["run"]).exit_code == 0
    done = CliRunner().invoke(cli, ["run"])
    assert done.exit_code == 0, done.output
    assert "the same forecast as the one kept on" in done.output
    assert "nothing new stored" in done.output and "stored 5" not in done.output
    assert len(_issues(store)) == 1
    changed = CliRunner().invoke(cli, ["run", "--horizon", "6"])  # another target
    assert "stored 5 dynamic forecasts" in changed.output and len(_issues(store)) == 2


def test_the_worker_stores_no_new_issue_when_new_events_leave_the_forecast_as_it_was(
    store: Store,
) -> None:
    """A partner's file that repeats an event already held adds a row linked as its duplicate:
    the worker answers the change, but the panels, hence the forecast, are as they were."""
    seed_events(store)
    run, answered = refresh_escalation_forecast(store)
    assert run is not None and run.total == 5
    with store.uow() as uow:
        kept = uow.session.scalars(select(Event).limit(1)).one()
        uow.add(
            Event(
                dataset="csv",
                source_event_id="P-1",
                event_date=kept.event_date,
                country_iso3=kept.country_iso3,
                admin1=kept.admin1,
                violence_type=kept.violence_type,
                civilian_targeting=kept.civilian_targeting,
                fatalities=kept.fatalities,
                duplicate_of_id=kept.id,
                duplicate_status="probable",
            )
        )
        uow.commit()
    again, answered_again = refresh_escalation_forecast(store, answered)
    assert again is not None and again.same_as == run.issued_at and again.total == 0
    assert answered_again is not None and answered is not None and answered_again > answered
    assert len(_issues(store)) == 1 and _rows(store) == 5
