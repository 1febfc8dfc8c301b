from datetime import date

import numpy as np
import pandas as pd

from tocsin.risk.escalation.service import MODEL_NAME, country_trend, run_escalation_forecast
from tocsin.store.models import Event, Forecast
from tocsin.store.uow import Store


def _seed_events(store: Store) -> None:
    """Four regions of Burkina Faso, 2018-2021: battles before each surge of killings."""
    rng = np.random.default_rng(3)
    months = pd.date_range("2018-01-01", "2021-12-01", freq="MS")
    n = 0
    with store.uow() as uow:
        for region in ("Sahel", "Nord", "Est", "Centre-Nord"):
            surges = set(rng.choice(np.arange(6, len(months) - 3), size=4, replace=False))
            for i, month in enumerate(months):
                kinds = [("armed_conflict", False, 0)] * (5 if i + 1 in surges else 1)
                if i in surges or rng.random() < 0.2:
                    kinds.append(("violence_against_civilians", True, 12 if i in surges else 1))
                for violence, civilians, deaths in kinds:
                    n += 1
                    uow.add(
                        Event(
                            dataset="acled",
                            source_event_id=f"T{n}",
                            event_date=month.date().replace(day=10),
                            country_iso3="BFA",
                            admin1=region,
                            violence_type=violence,
                            civilian_targeting=civilians,
                            fatalities=deaths,
                        )
                    )
        uow.commit()


def test_forecasts_are_stored_for_the_country_and_each_region(store: Store) -> None:
    _seed_events(store)
    run = run_escalation_forecast(store)
    assert run.stored == {"country": 1, "admin1": 4}, run.skipped
    assert run.period_start == date(2022, 1, 1) and run.period_end == date(2022, 3, 31)
    with store.uow() as uow:
        rows = uow.forecasts.latest("BFA", "dynamic")
    assert len(rows) == 5
    regional = [r for r in rows if r.admin1]
    assert sorted(r.rank for r in regional) == [1, 2, 3, 4]
    for row in rows:
        assert isinstance(row, Forecast) and row.model == MODEL_NAME
        assert 0.0 <= row.probability <= 1.0
        top = row.explanation["top_features"]
        assert top and top[0]["direction"] in ("raises", "lowers") and "value" in top[0]
        assert row.explanation["target"].startswith("civilian_fatalities over the next 3")


def test_a_second_run_is_a_new_issue_and_history_is_kept(store: Store) -> None:
    _seed_events(store)
    run_escalation_forecast(store)
    second = run_escalation_forecast(store, as_of=date(2021, 6, 30))
    assert second.period_start == date(2021, 7, 1)
    with store.uow() as uow:
        assert uow.session.query(Forecast).count() == 10
        latest = uow.forecasts.latest("BFA", "dynamic")
    assert {r.period_start for r in latest} == {date(2021, 7, 1)}


def test_too_little_history_stores_nothing_and_says_why(store: Store) -> None:
    with store.uow() as uow:
        uow.add(
            Event(
                dataset="acled",
                source_event_id="X1",
                event_date=date(2021, 1, 5),
                country_iso3="BFA",
                admin1="Sahel",
                violence_type="violence_against_civilians",
                civilian_targeting=True,
                fatalities=3,
            )
        )
        uow.commit()
    run = run_escalation_forecast(store)
    assert run.total == 0 and "escalations" in run.skipped["admin1"]


def test_country_trend_gives_every_month_with_zeros(store: Store) -> None:
    _seed_events(store)
    trend = country_trend(store, "bfa", months=24)
    assert len(trend) == 24
    assert trend[0]["month"] == "2020-01" and trend[-1]["month"] == "2021-12"
    assert all({"vac_events", "civilian_events", "civilian_fatalities"} <= set(m) for m in trend)
    assert sum(m["vac_events"] for m in trend) > 0
    assert country_trend(store, "XYZ") == []
