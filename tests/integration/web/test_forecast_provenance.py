"""The watchlist and a situation's page say which forecast a figure comes from.

A country the newest onset forecast left out keeps its rank from an older one (the level rule
reads it too); shown without a date, two countries were both "#1". An escalation forecast is
for its own country's months, which may be long past when that country's data end early.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.risk.current import CountryForecast, CurrentForecast
from tocsin.risk.forecast_store import store_structural_forecast
from tocsin.risk.situations import ensure_situation
from tocsin.store.base import utcnow
from tocsin.store.models import Event, Forecast

EARLIER = datetime(2025, 9, 1, tzinfo=UTC)
LATER = datetime(2026, 1, 10, tzinfo=UTC)


def _onset(store, issued_at: datetime, countries: list[tuple[str, int, float]]) -> None:
    ranked = sorted(countries, key=lambda c: -c[2])
    forecast = CurrentForecast(
        comparison=None,
        data_year=2024,
        horizon=(2025, 2026),
        countries=[
            CountryForecast(name, code, rank, risk)
            for rank, (name, code, risk) in enumerate(ranked, start=1)
        ],
    )
    with store.uow() as uow:
        store_structural_forecast(uow, forecast, issued_at=issued_at)
        uow.commit()


def _escalation(store, country: str, start: date, end: date, **explanation) -> None:
    with store.uow() as uow:
        uow.add(
            Forecast(
                kind="dynamic",
                country_iso3=country,
                issued_at=LATER,
                period_start=start,
                period_end=end,
                probability=0.19,
                rank=1,
                model="tocsin-escalation-1",
                explanation={"level": "country", "as_of": "2020-12", **explanation},
            )
        )
        uow.commit()


def _situations(store) -> dict[str, int]:
    with store.uow() as uow:
        ids = {iso3: ensure_situation(uow, iso3).id for iso3 in ("SDN", "TCD", "BFA")}
        uow.commit()
    return ids


def _row(html: str, name: str) -> str:
    match = re.search(rf"<tr>\s*<td><a href=\"/situations/\d+\">{name}</a>.*?</tr>", html, re.S)
    assert match, name
    return match.group(0)


def test_the_watchlist_dates_a_rank_from_an_older_forecast(client, sqlite_store):
    _onset(sqlite_store, EARLIER, [("Sudan", 625, 0.146), ("Chad", 483, 0.05)])
    _onset(sqlite_store, LATER, [("Mali", 432, 0.2), ("Chad", 483, 0.04)])
    _escalation(sqlite_store, "BFA", date(2021, 1, 1), date(2021, 3, 31))
    _situations(sqlite_store)

    page = client.get("/").text

    sudan, chad = _row(page, "Sudan"), _row(page, "Chad")
    assert "older forecast, made 2025-09-01; not ranked in the latest" in sudan
    assert "older forecast" not in chad and "(#2)" in chad
    assert "Onset risk and ranks are from the forecast made 2026-01-10" in page
    assert "for 2021-01 to 2021-03" in _row(page, "Burkina Faso")


def test_a_situation_page_says_its_rank_is_from_an_older_forecast(client, sqlite_store):
    _onset(sqlite_store, EARLIER, [("Sudan", 625, 0.146), ("Chad", 483, 0.05)])
    _onset(sqlite_store, LATER, [("Mali", 432, 0.2), ("Chad", 483, 0.04)])
    ids = _situations(sqlite_store)

    sudan = client.get(f"/situations/{ids['SDN']}").text
    chad = client.get(f"/situations/{ids['TCD']}").text

    assert "forecast made 2025-09-01" in sudan and 'id="onset-older"' in sudan
    assert "the latest onset forecast, made 2026-01-10, does not rank Sudan" in sudan
    assert "forecast made 2026-01-10" in chad and 'id="onset-older"' not in chad


def test_an_escalation_forecast_for_past_months_says_the_data_end(client, sqlite_store):
    _escalation(sqlite_store, "BFA", date(2021, 1, 1), date(2021, 3, 31))
    ids = _situations(sqlite_store)

    page = client.get(f"/situations/{ids['BFA']}").text

    assert "between 2021-01-01 and 2021-03-31 (events to 2020-12)" in page
    assert 'id="escalation-past"' in page and "event data end in 2020-12" in page


def test_a_refused_level_change_shows_its_reason_with_the_panel_open(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    ids = _situations(sqlite_store)
    assert log_in(client, "analyst@example.org").status_code == 303
    form = client.get(f"/situations/{ids['SDN']}").text
    assert re.search(r"<details class=\"panel\">\s*<summary>Set the level", form)

    refused = client.post(
        f"/situations/{ids['SDN']}/level",
        data={"csrf_token": csrf_from(form), "level": "imminent_risk", "reason": " " * 11},
    )

    assert refused.status_code == 422
    panel = re.search(
        r"<details class=\"panel\"([^>]*)>\s*<summary>Set the level.*?</details>",
        refused.text,
        re.S,
    )
    assert panel and "open" in panel.group(1)
    assert "explain the change in at least 10 characters" in panel.group(0)


def test_an_escalation_forecast_says_which_partial_month_it_left_out(client, sqlite_store):
    left_out = {"month": "2020-12", "events_to": "2020-12-03"}
    _escalation(
        sqlite_store,
        "BFA",
        date(2020, 12, 1),
        date(2021, 2, 28),
        as_of="2020-11",
        partial_month=left_out,
    )
    ids = _situations(sqlite_store)

    page = client.get(f"/situations/{ids['BFA']}").text

    assert "(events to 2020-11; 2020-12 left out as partial, its events end on 2020-12-03)" in page
    assert "Burkina Faso's event data end on 2020-12-03: this forecast is for months" in page


def test_the_trend_charts_say_the_last_month_is_partial(client, sqlite_store):
    with sqlite_store.uow() as uow:
        for n, day in enumerate((date(2020, 11, 20), date(2020, 12, 3))):
            uow.add(
                Event(
                    dataset="acled",
                    source_event_id=f"P{n}",
                    event_date=day,
                    country_iso3="BFA",
                    admin1="Sahel",
                    violence_type="violence_against_civilians",
                    civilian_targeting=True,
                    fatalities=3,
                )
            )
        uow.commit()
    ids = _situations(sqlite_store)

    page = client.get(f"/situations/{ids['BFA']}").text

    assert "Civilians killed per month; 2020-12: events to 2020-12-03 only" in page


@pytest.mark.parametrize("zone", ["Etc/GMT-14", "Etc/GMT+12"])  # UTC+14 and UTC-12
def test_the_situation_page_dates_a_forecast_past_on_the_days_the_level_rule_does(
    client, sqlite_store, monkeypatch, zone
):
    """The level rule and the API count days in UTC; a page counting them in the server's own
    zone said a forecast ending today was past (or one that ended yesterday current) for
    part of every day, at every month's end."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        today = utcnow().date()
        _escalation(sqlite_store, "BFA", today - timedelta(days=90), today)
        _escalation(sqlite_store, "SDN", today - timedelta(days=91), today - timedelta(days=1))
        ids = _situations(sqlite_store)
        assert 'id="escalation-past"' not in client.get(f"/situations/{ids['BFA']}").text
        assert 'id="escalation-past"' in client.get(f"/situations/{ids['SDN']}").text
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
