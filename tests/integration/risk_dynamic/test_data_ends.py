"""Each country is forecast from its own data end, each real area once, with its own period.

A store holds datasets that end at different dates (ACLED Burkina Faso to 2020, Benin to 2022).
A country must never be padded with quiet months up to another country's end: that turns the
end of a file into peace, and wipes out its forecast the day an unrelated file is imported.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import typer
from typer.testing import CliRunner

from tests.integration.risk_dynamic.seed import seed_events
from tocsin.risk.escalation.service import Period, country_trend, run_escalation_forecast
from tocsin.store.models import Event, Forecast
from tocsin.store.uow import Store


def _add(store: Store, rows: list[tuple[str, str | None, date, int]]) -> None:
    """Attacks on civilians: (country, admin1, day, deaths)."""
    with store.uow() as uow:
        for n, (country, admin1, day, deaths) in enumerate(rows):
            uow.add(
                Event(
                    dataset="acled",
                    source_event_id=f"{country}{admin1}{day}{n}",
                    event_date=day,
                    country_iso3=country,
                    admin1=admin1,
                    violence_type="violence_against_civilians",
                    civilian_targeting=True,
                    fatalities=deaths,
                )
            )
        uow.commit()


def _benin_to_2023(store: Store) -> None:
    months = pd.date_range("2021-01-01", "2023-06-01", freq="MS")
    _add(store, [("BEN", "Alibori", m.date().replace(day=5), 1) for m in months])


def _issue(store: Store, country: str) -> list[Forecast]:
    with store.uow() as uow:
        return uow.forecasts.latest(country, "dynamic")


def _recent(rows: list[Forecast]) -> dict[str | None, dict]:
    return {r.admin1: r.explanation["recent_3_months"] for r in rows}


def test_a_newer_dataset_elsewhere_does_not_move_a_countrys_forecast_period(
    store: Store,
) -> None:
    seed_events(store)  # Burkina Faso, to 2021-12
    alone = _recent(_issue(store, "BFA")) if run_escalation_forecast(store).total else {}
    _benin_to_2023(store)

    run = run_escalation_forecast(store)

    burkina = _issue(store, "BFA")
    assert burkina and {(r.period_start, r.period_end) for r in burkina} == {
        (date(2022, 1, 1), date(2022, 3, 31))
    }
    assert {r.explanation["as_of"] for r in burkina} == {"2021-12"}
    assert _recent(burkina) == alone  # the last three months are Burkina Faso's own
    benin = _issue(store, "BEN")
    assert benin and {r.period_start for r in benin} == {date(2023, 7, 1)}
    assert run.periods["BFA"] == Period(date(2021, 12, 31), date(2022, 1, 1), date(2022, 3, 31))
    assert run.periods["BEN"].start == date(2023, 7, 1)
    assert (run.period_start, run.as_of) == (date(2023, 7, 1), date(2023, 6, 30))


def test_events_without_a_region_count_in_the_country_not_as_a_blank_area(
    store: Store,
) -> None:
    seed_events(store)
    _add(store, [("BFA", None, date(2021, 11, 3), 25), ("BFA", None, date(2021, 12, 3), 30)])

    run_escalation_forecast(store)

    rows = _issue(store, "BFA")
    whole = [r for r in rows if r.admin1 is None]
    assert len(whole) == 1 and whole[0].explanation["level"] == "country"
    assert whole[0].explanation["recent_3_months"]["civilian_fatalities"] >= 55
    assert all(r.explanation["level"] == "admin1" for r in rows if r.admin1 is not None)
    assert sorted(r.admin1 for r in rows if r.admin1) == ["Centre-Nord", "Est", "Nord", "Sahel"]


def test_two_datasets_names_for_one_region_give_one_forecast(store: Store) -> None:
    seed_events(store)
    _add(store, [("BFA", "Sahel Region", date(2021, 12, 20), 40)])

    run_escalation_forecast(store)

    areas = [r for r in _issue(store, "BFA") if r.admin1]
    assert sorted(r.admin1 for r in areas) == ["Centre-Nord", "Est", "Nord", "Sahel"]
    [sahel] = [r for r in areas if r.admin1 == "Sahel"]
    assert sahel.explanation["recent_3_months"]["civilian_fatalities"] >= 40


def test_run_takes_as_of_and_prints_each_countrys_period(store: Store, cli: typer.Typer) -> None:
    seed_events(store)
    _benin_to_2023(store)

    done = CliRunner().invoke(cli, ["run", "--as-of", "2022-12"])

    assert done.exit_code == 0, done.output
    assert "2023-01-01 to 2023-03-31 (data to 2022-12-31): BEN" in done.output
    assert "2022-01-01 to 2022-03-31 (data to 2021-12-31): BFA" in done.output
    assert {r.period_start for r in _issue(store, "BEN")} == {date(2023, 1, 1)}
    refused = CliRunner().invoke(cli, ["run", "--as-of", "December"])
    assert refused.exit_code == 2 and "--as-of" in refused.output


def test_a_month_the_data_end_inside_is_marked_partial(store: Store) -> None:
    _add(store, [("BFA", "Sahel", date(2020, 11, 20), 5), ("BFA", "Sahel", date(2020, 12, 3), 0)])
    trend = country_trend(store, "BFA", months=2)
    assert [m["month"] for m in trend] == ["2020-11", "2020-12"]
    assert trend[-1]["events_to"] == "2020-12-03" and "events_to" not in trend[0]
    assert "events_to" not in country_trend(store, "BFA", months=2, until=date(2020, 12, 31))[-1]


def _daily_battles(store: Store, until: date) -> None:
    """A battle a day in Sahel through 2021, up to `until`: a country with events every day."""
    with store.uow() as uow:
        for day in pd.date_range("2021-01-01", until, freq="D"):
            uow.add(
                Event(
                    dataset="acled",
                    source_event_id=f"B{day:%Y%m%d}",
                    event_date=day.date(),
                    country_iso3="BFA",
                    admin1="Sahel",
                    violence_type="armed_conflict",
                    civilian_targeting=False,
                    fatalities=0,
                )
            )
        uow.commit()


def test_a_last_month_the_events_end_early_in_is_left_out_not_counted_whole(
    store: Store, cli: typer.Typer
) -> None:
    """An export taken on 10 December from a country with events every day: December is not a
    month of data, and the three months forecast begin with it, not after it."""
    seed_events(store)
    _daily_battles(store, date(2021, 12, 9))

    done = CliRunner().invoke(cli, ["run"])

    assert done.exit_code == 0, done.output
    rows = _issue(store, "BFA")
    assert {(r.period_start, r.period_end) for r in rows} == {
        (date(2021, 12, 1), date(2022, 2, 28))
    }
    assert {r.explanation["as_of"] for r in rows} == {"2021-11"}
    assert {r.explanation["partial_month"]["events_to"] for r in rows} == {"2021-12-10"}
    assert "2021-12-01 to 2022-02-28 (data to 2021-11-30): BFA" in done.output
    assert "BFA: 2021-12 left out as partial (events end on 2021-12-10)" in done.output


def test_a_last_month_the_events_run_to_its_end_is_forecast_from(store: Store) -> None:
    seed_events(store)
    _daily_battles(store, date(2021, 12, 30))

    run = run_escalation_forecast(store)

    assert run.partial == {} and run.periods["BFA"].start == date(2022, 1, 1)
    assert all("partial_month" not in r.explanation for r in _issue(store, "BFA"))
