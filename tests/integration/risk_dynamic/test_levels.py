"""An escalation refresh is new evidence: a level the previous issue raised and the new issue
no longer supports comes down at once, in the same run, not at the worker's next hourly pass."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.integration.risk_dynamic.seed import seed_events
from tocsin.risk.escalation.service import run_escalation_forecast
from tocsin.risk.situations import reassess_countries
from tocsin.store.base import utcnow
from tocsin.store.models import Forecast
from tocsin.store.uow import Store


def test_a_refresh_takes_back_the_raising_of_the_issue_it_replaces(store: Store) -> None:
    seed_events(store)
    today = utcnow().date()
    with store.uow() as uow:
        # An earlier issue that put the Sahel at 90% for months that are still to come.
        uow.add(
            Forecast(
                kind="dynamic",
                country_iso3="BFA",
                admin1="Sahel",
                probability=0.9,
                period_start=date(today.year, today.month, 1),
                period_end=date(today.year + 1, 12, 31),
                model="tocsin-dynamic-previous",
                issued_at=datetime(2022, 1, 2, tzinfo=UTC),
            )
        )
        uow.commit()
        assert reassess_countries(uow, ["BFA"]) == 1
        assert uow.situations.for_country("BFA").level == "imminent_risk"

    run = run_escalation_forecast(store)

    assert run.stored and run.level_changes == 1
    with store.uow() as uow:
        burkina = uow.situations.for_country("BFA")
        assert burkina.level == "watch"
        assert burkina.reasons[0] == (
            "the escalation forecast of 2022-01-02 (model tocsin-dynamic-previous) that raised "
            f"it was superseded, and the newer one expired on {run.period_end:%Y-%m-%d}"
        )
        change = uow.situations.history(burkina.id)[0]
        assert change.from_level == "imminent_risk" and not change.override
        assert len(uow.alerts.recent(country="BFA")) == 2  # raised, then lowered
