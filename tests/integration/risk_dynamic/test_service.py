from datetime import date

from tests.integration.risk_dynamic.seed import add_attack, seed_events
from tocsin.risk.escalation.service import MODEL_NAME, country_trend, run_escalation_forecast
from tocsin.store.models import Forecast
from tocsin.store.uow import Store


def test_forecasts_are_stored_for_the_country_and_each_region(store: Store) -> None:
    seed_events(store)
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
    seed_events(store)
    run_escalation_forecast(store)
    second = run_escalation_forecast(store, as_of=date(2021, 6, 30))
    assert second.period_start == date(2021, 7, 1)
    with store.uow() as uow:
        assert uow.session.query(Forecast).count() == 10
        latest = uow.forecasts.latest("BFA", "dynamic")
    assert {r.period_start for r in latest} == {date(2021, 7, 1)}


def test_too_little_history_stores_nothing_and_says_why(store: Store) -> None:
    add_attack(store, "X1", date(2021, 1, 5), deaths=3)
    run = run_escalation_forecast(store)
    assert run.total == 0 and "escalations" in run.skipped["admin1"]


def test_country_trend_gives_every_month_with_zeros(store: Store) -> None:
    seed_events(store)
    trend = country_trend(store, "bfa", months=24)
    assert len(trend) == 24
    assert trend[0]["month"] == "2020-01" and trend[-1]["month"] == "2021-12"
    assert all({"vac_events", "civilian_events", "civilian_fatalities"} <= set(m) for m in trend)
    assert sum(m["vac_events"] for m in trend) > 0
    assert country_trend(store, "XYZ") == []


def test_country_trend_starts_at_the_first_month_with_data(store: Store) -> None:
    """Pakistan's file starts in 2015-01: a 24-month chart to 2015-12 must not draw twelve
    invented quiet months of 2014 before it (escalation.md: unknown months are not quiet)."""
    add_attack(store, "P1", date(2015, 1, 3), deaths=14)
    add_attack(store, "P2", date(2015, 12, 20), deaths=2)
    trend = country_trend(store, "BFA", months=24)
    assert [m["month"] for m in trend][:2] == ["2015-01", "2015-02"]
    assert len(trend) == 12 and trend[-1]["month"] == "2015-12"
    assert trend[0]["civilian_fatalities"] == 14
