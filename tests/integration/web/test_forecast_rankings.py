"""The forecast rankings, API and pages: every country by onset risk with its movement since the
previous forecast, every place by escalation risk in words, and an analyst opening a situation
from the ranking."""

from __future__ import annotations

import csv
import io
import math
import re
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.risk.current import CountryForecast, CurrentForecast, EwpComparison
from tocsin.risk.explain import Driver
from tocsin.risk.forecast_store import store_structural_forecast
from tocsin.store.models import AuditEntry, Forecast, User

COUP = Driver("coup.try.5yr", "a coup attempted in the last five years", 1.0, 0.0, 0.4, (1, 8))
DISCRIMINATION = Driver("discrimpop", "share facing discrimination", 0.3, 0.0, 0.6, (9,))
EARLIER = datetime(2025, 9, 1, tzinfo=UTC)
LATER = datetime(2026, 9, 1, tzinfo=UTC)


def _onset(
    store,
    issued_at: datetime,
    countries: list[tuple[str, int, float]],
    comparison: EwpComparison | None = None,
) -> None:
    """One structural forecast issue: (EWP name, COW code, risk), ranked by risk."""
    ranked = sorted(countries, key=lambda c: -c[2])
    forecast = CurrentForecast(
        comparison=comparison,
        data_year=issued_at.year - 1,
        horizon=(issued_at.year, issued_at.year + 1),
        countries=[
            CountryForecast(
                name,
                code,
                rank,
                risk,
                raising=[DISCRIMINATION, COUP] if rank == 1 else [],
                ewp_rank=rank + 1,
            )
            for rank, (name, code, risk) in enumerate(ranked, start=1)
        ],
    )
    with store.uow() as uow:
        store_structural_forecast(uow, forecast, issued_at=issued_at)
        uow.commit()


def _feature(name: str, value: float, typical: float, direction: str) -> dict:
    return {"feature": name, "value": value, "typical": typical, "direction": direction}


def _escalation(store) -> None:
    """One escalation issue for Burkina Faso: two regions and the whole country."""
    rows = [
        ("Sahel", 0.62, 30),
        ("Est", 0.21, 4),
        (None, 0.35, 40),
    ]
    with store.uow() as uow:
        for admin1, p, deaths in rows:
            uow.add(
                Forecast(
                    kind="dynamic",
                    country_iso3="BFA",
                    admin1=admin1,
                    issued_at=LATER,
                    period_start=date(2021, 1, 1),
                    period_end=date(2021, 3, 31),
                    probability=p,
                    rank=1,
                    model="tocsin-escalation-1",
                    explanation={
                        "recent_3_months": {"civilian_fatalities": deaths, "vac_events": 5},
                        "top_features": [
                            _feature("civ_fat_3", math.log1p(deaths), 0.0, "raises"),
                            _feature("rest_battles_12", math.log1p(196), 1.0, "lowers"),
                        ],
                    },
                )
            )
        uow.commit()


@pytest.fixture
def forecasts(sqlite_store):
    _onset(sqlite_store, EARLIER, [("Sudan", 625, 0.05), ("Chad", 483, 0.09), ("Mali", 432, 0.03)])
    _onset(
        sqlite_store,
        LATER,
        [("Sudan", 625, 0.15), ("Chad", 483, 0.04), ("Mali", 432, 0.06), ("Niger", 436, 0.02)],
        EwpComparison(4, 0.8, 0.67, 3, ["Niger"], ["Burundi"]),
    )
    _escalation(sqlite_store)
    return sqlite_store


def test_onset_ranking_shows_movement_ewp_rank_and_drivers(client, forecasts):
    r = client.get("/api/v1/forecasts/onset")
    assert r.status_code == 200 and r.headers["X-Total-Count"] == "4"
    body = r.json()
    assert (body["period_start"], body["data_year"]) == ("2026-01-01", 2025)
    assert body["previous_issued_at"].startswith("2025-09-01")
    rows = {row["country_iso3"]: row for row in body["rows"]}
    assert [row["country_iso3"] for row in body["rows"]] == ["SDN", "MLI", "TCD", "NER"]
    # Sudan climbed from 2nd to 1st, Chad fell from 1st to 3rd, Niger was not ranked before.
    assert (rows["SDN"]["rank"], rows["SDN"]["previous_rank"], rows["SDN"]["movement"]) == (1, 2, 1)
    assert rows["TCD"]["movement"] == -2
    assert rows["NER"]["previous_rank"] is None and rows["NER"]["movement"] is None
    assert rows["SDN"]["ewp_rank"] == 2
    assert rows["SDN"]["raising"][0] == {
        "label": "a large share of the population faces political discrimination",
        "risk_factors": [9],
        "value": "0.3",
        "typical": "0",
        "model_value": 0.3,
        "model_typical": 0.0,
        "effect": 0.6,
    }
    assert rows["SDN"]["situation_id"] is not None  # its risk opened a situation on its own
    assert body["ewp_agreement"]["top30_overlap"] == 3
    assert body["ewp_agreement"]["only_ewp_top30"] == ["Burundi"]
    assert rows["NER"]["situation_id"] is None


def test_onset_ranking_pages_and_filters(client, forecasts):
    page = client.get("/api/v1/forecasts/onset", params={"limit": 2, "offset": 2}).json()
    assert [r["rank"] for r in page["rows"]] == [3, 4] and page["total"] == 4
    chad = client.get("/api/v1/forecasts/onset", params={"country": "Chad"}).json()
    assert [r["country_iso3"] for r in chad["rows"]] == ["TCD"] and chad["total"] == 1
    assert client.get("/api/v1/forecasts/onset", params={"country": "Atlantis"}).status_code == 422
    assert client.get("/api/v1/forecasts/onset", params={"limit": 0}).status_code == 422


def test_no_forecast_yet_is_an_empty_ranking(client):
    body = client.get("/api/v1/forecasts/onset").json()
    assert (body["issued_at"], body["total"], body["rows"]) == (None, 0, [])
    page = client.get("/forecasts")
    assert page.status_code == 200 and "No onset forecast yet" in page.text


def test_escalation_ranking_in_words_and_counts(client, forecasts):
    body = client.get("/api/v1/forecasts/escalation").json()
    assert [(r["admin1"], r["rank"]) for r in body["rows"]] == [("Sahel", 1), (None, 2), ("Est", 3)]
    sahel = body["rows"][0]
    assert sahel["recent"] == {"civilian_fatalities": 30, "vac_events": 5}
    assert sahel["raising"] == [
        {
            "label": "civilian deaths, last 3 months",
            "risk_factors": [],
            "value": "30",
            "typical": "0",
            "model_value": None,
            "model_typical": None,
            "effect": None,
        }
    ]
    assert sahel["lowering"][0]["label"] == "battles in the rest of the country, last 12 months"
    assert sahel["lowering"][0]["value"] == "196"
    areas = client.get("/api/v1/forecasts/escalation", params={"scope": "areas"}).json()
    assert [r["admin1"] for r in areas["rows"]] == ["Sahel", "Est"] and areas["total"] == 2
    whole = client.get("/api/v1/forecasts/escalation", params={"scope": "countries"}).json()
    assert [r["admin1"] for r in whole["rows"]] == [None]
    assert client.get("/api/v1/forecasts/escalation?scope=regions").status_code == 422


def test_opening_a_situation_takes_an_analyst_and_is_kept(
    client, forecasts, analyst_token, monitor_token
):
    def open_(country, token=None):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return client.post("/api/v1/situations", json={"country": country}, headers=headers)

    assert open_("Niger").status_code == 401
    assert open_("Niger", monitor_token).status_code == 403
    assert open_("Atlantis", analyst_token).status_code == 422
    r = open_("Niger", analyst_token)
    assert r.status_code == 201, r.text
    situation = r.json()
    assert (situation["country_iso3"], situation["level"]) == ("NER", "watch")
    assert situation["structural_rank"] == 4
    # It says why it is there: the analyst, and the forecast that ranks it in the top 30.
    assert situation["reasons"][0] == "opened for watch by an analyst"
    assert any(r.startswith("structural forecast: 2.0% risk") for r in situation["reasons"])
    again = open_("NER", analyst_token)
    assert again.status_code == 409 and "already under watch" in again.json()["detail"]
    with forecasts.uow() as uow:
        user_id = uow.session.scalar(select(User.id).where(User.email == "analyst@example.org"))
        analyst = f"user:{user_id}"
        created = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "Situation", AuditEntry.action == "insert"
            )
        ).all()
    assert analyst in {e.actor for e in created}
    auth = {"Authorization": f"Bearer {analyst_token}"}
    history = client.get(f"/api/v1/situations/{situation['id']}", headers=auth).json()["history"]
    assert [(h["to_level"], h["changed_by"]) for h in history] == [("watch", analyst)]
    ranked = client.get("/api/v1/forecasts/onset", params={"country": "NER"}).json()["rows"][0]
    assert (ranked["situation_id"], ranked["level"]) == (situation["id"], "watch")


def test_ranking_pages_for_the_public_and_for_analysts(client, forecasts):
    public = client.get("/forecasts").text
    assert re.search(r"Sudan.*Mali.*Chad.*Niger", public, re.S)
    assert "▲ 1" in public and "▼ 2" in public and ">new<" in public
    shown = "a large share of the population faces political discrimination (0.3; typical 0) [9]"
    assert shown in public
    assert "rank correlation 0.80 (Spearman), 3 of the top 30 in both lists" in public
    assert "in theirs only: Burundi" in public
    assert "Open a situation" not in public

    escalation = client.get("/forecasts/escalation?scope=areas").text
    assert "Sahel, Burkina Faso" in escalation and "(whole country)" not in escalation
    assert "civilian deaths, last 3 months (30; 0)" in escalation
    assert "civ_fat_3" not in escalation

    make_principal(forecasts, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/forecasts")
    page = client.get("/forecasts")
    assert page.text.count("Open a situation for") == 3  # all but Sudan, already under watch
    opened = client.post(
        "/forecasts/watch",
        data={"csrf_token": csrf_from(page.text), "country": "NER"},
        follow_redirects=False,
    )
    assert opened.status_code == 303
    situation = client.get(opened.headers["location"])
    assert "Niger" in situation.text and "opened for watch" in situation.text
    # Asking again (a second tab, a double click) shows the situation already open.
    again = client.post(
        "/forecasts/watch",
        data={"csrf_token": csrf_from(page.text), "country": "NER"},
        follow_redirects=False,
    )
    assert again.headers["location"] == opened.headers["location"]


def test_a_situation_page_reads_its_escalation_drivers_in_words(client, forecasts):
    with forecasts.uow() as uow:
        from tocsin.risk.situations import ensure_situation

        situation_id = ensure_situation(uow, "BFA").id
        uow.commit()
    page = client.get(f"/situations/{situation_id}").text
    assert "Sahel: <strong>62%</strong>" in page
    assert "rises sharply between 2021-01-01 and 2021-03-31" in page
    assert "▲ civilian deaths, last 3 months (30; typical 0)" in page
    assert "Burkina Faso (whole country)" in page
    assert "rest_battles_12" not in page


def test_the_watchlist_names_top_ranked_countries_not_under_watch(client, forecasts):
    page = client.get("/").text
    named = re.search(r'<p id="unwatched">(.*?)</p>', page, re.S).group(1)
    # Sudan's risk opened a situation; the other three are ranked but not watched.
    assert re.findall(r">([^<]+)</a> \((\d+)\)", named) == [
        ("Mali", "2"),
        ("Chad", "3"),
        ("Niger", "4"),
    ]
    assert "Sudan" not in named


def test_rankings_download_as_csv(client, forecasts):
    onset = client.get("/forecasts.csv")
    assert onset.headers["content-type"].startswith("text/csv")
    assert 'filename="tocsin-onset-risk-2026-09-01.csv"' in onset.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(onset.text)))
    assert [r["country"] for r in rows] == ["Sudan", "Mali", "Chad", "Niger"]
    assert (rows[0]["movement"], rows[2]["movement"], rows[3]["movement"]) == ("1", "-2", "")
    assert rows[0]["raising (value; typical; risk factors)"] == (
        "a large share of the population faces political discrimination (0.3; typical 0; risk "
        "factors 9); a coup was attempted in the last five years (1; typical 0; risk factors 1,8)"
    )
    assert rows[0]["situation_level"] == "serious_concern" and rows[3]["situation_level"] == ""
    sahel = next(
        csv.DictReader(io.StringIO(client.get("/forecasts/escalation.csv?scope=areas").text))
    )
    assert (sahel["admin1"], sahel["civilian_deaths_3m"]) == ("Sahel", "30")
    assert sahel["raising"] == "civilian deaths, last 3 months (30; typical 0)"
    assert "all 4 as CSV" in client.get("/forecasts").text


def test_a_situation_page_shows_its_onset_risk_over_the_forecasts_kept(client, forecasts):
    sudan = client.get("/api/v1/forecasts/onset?country=SDN").json()["rows"][0]["situation_id"]
    page = client.get(f"/situations/{sudan}").text
    table = re.search(r'<table class="list" id="onset-history">(.*?)</table>', page, re.S).group(1)
    cells = re.findall(r"<td>([^<]*)</td>", table)
    assert cells == [
        *("2026-09-01", "2026–2027", "15.0%", "1"),
        *("2025-09-01", "2025–2026", "5.0%", "2"),
    ]


def test_opening_a_situation_sets_the_level_the_evidence_argues_for(
    client, sqlite_store, analyst_token
):
    """A forecast kept without a reassessment (an import of forecasts, a restore) still
    counts: the situation opens and rises to what the evidence says, in two recorded steps."""
    with sqlite_store.uow() as uow:
        uow.add(
            Forecast(
                kind="dynamic",
                country_iso3="MLI",
                admin1="Mopti",
                issued_at=LATER,
                period_start=date(2026, 10, 1),
                period_end=date(2026, 12, 31),
                probability=0.7,
                rank=1,
                model="tocsin-escalation-1",
                explanation={},
            )
        )
        uow.commit()
    r = client.post(
        "/api/v1/situations",
        json={"country": "MLI"},
        headers={"Authorization": f"Bearer {analyst_token}"},
    )
    assert r.status_code == 201 and r.json()["level"] == "imminent_risk"
    history = client.get(f"/api/v1/situations/{r.json()['id']}").json()["history"]
    assert [h["to_level"] for h in history] == ["imminent_risk", "watch"]  # newest first
    assert "70% probability" in history[0]["reasons"][0]


def test_each_escalation_row_says_which_months_it_forecasts(client, forecasts):
    with forecasts.uow() as uow:  # Benin's events run two years later than Burkina Faso's
        uow.add(
            Forecast(
                kind="dynamic",
                country_iso3="BEN",
                admin1="Alibori",
                issued_at=LATER,
                period_start=date(2023, 1, 1),
                period_end=date(2023, 3, 31),
                probability=0.4,
                rank=1,
                model="tocsin-escalation-1",
                explanation={},
            )
        )
        uow.commit()
    rows = client.get("/api/v1/forecasts/escalation").json()["rows"]
    periods = {(r["country_iso3"], r["period_start"], r["period_end"]) for r in rows}
    assert ("BEN", "2023-01-01", "2023-03-31") in periods
    assert ("BFA", "2021-01-01", "2021-03-31") in periods
    page = client.get("/forecasts/escalation").text
    assert "after each country's last month of events" in page
    assert "2023-01 – 2023-03" in page and "2021-01 – 2021-03" in page
    assert '<span class="flag">past</span>' in page  # 2021 is long gone
    sheet = list(csv.DictReader(io.StringIO(client.get("/forecasts/escalation.csv").text)))
    assert {r["period_start"] for r in sheet} == {"2021-01-01", "2023-01-01"}


def test_a_page_past_the_last_goes_to_the_last(client, forecasts):
    r = client.get("/forecasts?page=9", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/forecasts?page=1"
    empty = client.get("/forecasts?country=NOR").text
    assert "No forecast for Norway." in empty


def test_onset_drivers_say_which_way_the_countrys_value_points_and_skip_noise(client, sqlite_store):
    """Libya's religious freedom is 1 against a typical 4: "little religious freedom" raises
    its risk (a label for the high end was shown before). An effect of 0.005 log-odds is no
    driver. Forecasts kept with the old words read right too."""
    freedom = Driver("religiousfreedom", "religious freedom is respected", 1.0, 4.0, 0.7, (9,))
    growth = Driver("gdppcgrowth_mean3", "economic growth over three years", 1.0, 0.5, 0.005, (1,))
    forecast = CurrentForecast(
        data_year=2024,
        horizon=(2025, 2026),
        countries=[CountryForecast("Libya", 620, 1, 0.02, raising=[freedom, growth])],
    )
    with sqlite_store.uow() as uow:
        store_structural_forecast(uow, forecast)
        uow.commit()
    [row] = client.get("/api/v1/forecasts/onset?country=LBY").json()["rows"]
    assert row["raising"] == [
        {
            "label": "little religious freedom",
            "risk_factors": [9],
            "value": "1",
            "typical": "4",
            "model_value": 1.0,
            "model_typical": 4.0,
            "effect": 0.7,
        }
    ]
    page = client.get("/forecasts?country=LBY").text
    assert "little religious freedom (1; typical 4) [9]" in page
    assert "religious freedom is respected" not in page and "economic growth" not in page


def test_onset_drivers_read_in_the_units_they_count_on_every_page(client, sqlite_store):
    """Myanmar's three mass killings under way (EWP base data, 2024) are log2(3 + 1) = 2 to the
    model: the API, the ranking page, its CSV and the situation page say 3; a rise of battle
    deaths is said as a ratio; the model's own figures stay in the API."""
    ongoing = Driver("mk_ongoing_count_log2", "mass killings under way", 2.0, 0.0, 0.5, (2, 11))
    rise = Driver("battledeaths.log2_change3", "battle deaths rose over three years", 7.1938,
                  0.0, 0.4, (1, 8))  # fmt: skip
    forecast = CurrentForecast(
        data_year=2024,
        horizon=(2025, 2026),
        countries=[CountryForecast("Myanmar (Burma)", 775, 1, 0.2, raising=[ongoing, rise])],
    )
    with sqlite_store.uow() as uow:
        store_structural_forecast(uow, forecast)
        uow.commit()
    [row] = client.get("/api/v1/forecasts/onset?country=MMR").json()["rows"]
    first, second = row["raising"]
    assert (first["value"], first["typical"]) == ("3", "0")
    assert (first["model_value"], first["model_typical"]) == (2.0, 0.0)
    assert second["value"] == "about 146 times as many as three years before"
    shown = "mass killings under way (3; typical 0) [2, 11]"
    assert shown in client.get("/forecasts?country=MMR").text
    [sheet] = list(csv.DictReader(io.StringIO(client.get("/forecasts.csv").text)))
    assert sheet["raising (value; typical; risk factors)"].startswith(
        "mass killings under way (3; typical 0; risk factors 2,11); battle deaths rose over "
        "three years (about 146 times as many as three years before; typical about as many"
    )
    page = client.get(f"/situations/{row['situation_id']}").text
    assert "▲ mass killings under way</td><td>3 (0)</td>" in page


def _escalation_issue(store, issued_at: datetime, rows: list[tuple[str, date, float]],
                      spec: dict | None = None) -> None:  # fmt: skip
    with store.uow() as uow:
        for country, start, p in rows:
            uow.add(
                Forecast(
                    kind="dynamic",
                    country_iso3=country,
                    issued_at=issued_at,
                    period_start=start,
                    period_end=date(start.year, start.month + 2, 28),
                    probability=p,
                    rank=1,
                    model="tocsin-escalation-1",
                    explanation={"spec": spec} if spec else {},
                )
            )
        uow.commit()


def test_the_escalation_page_describes_the_target_the_forecast_was_made_with(client, sqlite_store):
    """A forecast made with --horizon 6 --min-count 20 --ratio 3 is not described as "10
    civilian deaths in three months, twice the level of the year before"."""
    spec = {"horizon": 6, "window": 12, "ratio": 3.0, "min_count": 20.0,
            "measure": "civilian_fatalities"}  # fmt: skip
    _escalation_issue(sqlite_store, LATER, [("BFA", date(2026, 1, 1), 0.4)], spec)
    page = client.get("/forecasts/escalation").text
    assert "at least 20 civilian deaths in six months, and 3 times the level of the year" in page
    assert "10 civilian deaths" not in page and "three months" not in page.split("<table")[0][-600:]
    body = client.get("/api/v1/forecasts/escalation").json()
    assert body["target"].startswith("at least 20 civilian deaths in six months")


def test_the_rankings_period_is_that_of_the_rows_asked_for_on_every_page(client, sqlite_store):
    """Benin's period is not Sudan's (which has none), and the API's period does not change
    with the page (it was the first row's)."""
    _escalation_issue(sqlite_store, LATER, [("BEN", date(2023, 1, 1), 0.6),
                                            ("BFA", date(2021, 1, 1), 0.3)])  # fmt: skip
    sudan = client.get("/forecasts/escalation?country=SDN").text
    assert "2023-01-01" not in sudan and "No forecast for Sudan" in sudan
    api = client.get("/api/v1/forecasts/escalation?country=SDN").json()
    assert (api["period_start"], api["period_end"]) == (None, None)
    first = client.get("/api/v1/forecasts/escalation", params={"limit": 1}).json()
    second = client.get("/api/v1/forecasts/escalation", params={"limit": 1, "offset": 1}).json()
    spans = {(b["period_start"], b["period_end"]) for b in (first, second)}
    assert spans == {("2021-01-01", "2023-03-28")}
    benin = client.get("/api/v1/forecasts/escalation?country=BEN").json()
    assert (benin["period_start"], benin["period_end"]) == ("2023-01-01", "2023-03-28")


def test_a_country_the_onset_forecast_does_not_cover_says_so(client, forecasts):
    """Liechtenstein is not in EWP's panel: after a forecast run its page must not say "No
    structural forecast yet (tocsin forecast run)"."""
    with forecasts.uow() as uow:
        from tocsin.risk.situations import ensure_situation

        situation_id = ensure_situation(uow, "LIE").id
        uow.commit()
    page = client.get(f"/situations/{situation_id}").text
    assert "does not cover Liechtenstein" in page
    assert "No structural forecast yet" not in page


def test_the_level_reason_names_the_forecasts_own_horizon(client, sqlite_store, analyst_token):
    """A six-month forecast's reason said "in the next three months"."""
    spec = {"horizon": 6, "window": 12, "ratio": 2.0, "min_count": 10.0,
            "measure": "civilian_fatalities"}  # fmt: skip
    with sqlite_store.uow() as uow:
        uow.add(Forecast(kind="dynamic", country_iso3="MLI", admin1="Mopti", issued_at=LATER,
                         period_start=date(2999, 1, 1), period_end=date(2999, 6, 30),
                         probability=0.7, rank=1, model="tocsin-escalation-1",
                         explanation={"spec": spec}))  # fmt: skip
        uow.commit()
    r = client.post("/api/v1/situations", json={"country": "MLI"},
                    headers={"Authorization": f"Bearer {analyst_token}"})  # fmt: skip
    assert r.status_code == 201
    assert any("rises sharply in the next six months in Mopti" in x for x in r.json()["reasons"])


def test_drivers_read_in_the_visitors_language_on_pages_and_in_english_elsewhere(client, forecasts):
    """A French reader of Sudan's page reads why its onset risk is high in French, and of
    Burkina Faso's what drives its escalation risk, the phrase composed in French; the rankings
    say the same. The JSON API and the CSV files stay English, whatever the browser asks."""
    french = {"Accept-Language": "fr"}
    with forecasts.uow() as uow:
        from tocsin.risk.situations import ensure_situation

        burkina = ensure_situation(uow, "BFA").id
        uow.commit()
    sudan = client.get("/api/v1/forecasts/onset?country=SDN").json()["rows"][0]["situation_id"]
    structural = "une grande part de la population subit une discrimination politique"
    page = client.get(f"/situations/{sudan}", headers=french).text
    assert f"▲ {structural}</td>" in page
    assert "faces political discrimination" not in page
    page = client.get(f"/situations/{burkina}", headers=french).text
    assert "▲ civils tués, 3 derniers mois (30 ; valeur habituelle 0)" in page
    assert "▼ combats dans le reste du pays, 12 derniers mois (196 ;" in page
    assert "civilian deaths" not in page and "rest of the country" not in page
    assert structural in client.get("/forecasts", headers=french).text
    rows = client.get("/forecasts/escalation?scope=areas", headers=french).text
    assert "▲ civils tués, 3 derniers mois (30; 0)" in rows
    arabic = client.get(f"/situations/{burkina}", headers={"Accept-Language": "ar"}).text
    assert "المعارك في بقية البلد، آخر 12 شهرًا" in arabic

    api = client.get("/api/v1/forecasts/onset?country=SDN", headers=french).json()
    assert api["rows"][0]["raising"][0]["label"] == (
        "a large share of the population faces political discrimination"
    )
    escalation = client.get("/api/v1/forecasts/escalation?country=BFA", headers=french).json()
    assert [d["label"] for d in escalation["rows"][0]["raising"]] == [
        "civilian deaths, last 3 months"
    ]
    sheet = next(csv.DictReader(io.StringIO(client.get("/forecasts.csv", headers=french).text)))
    assert sheet["raising (value; typical; risk factors)"].startswith(
        "a large share of the population faces political discrimination (0.3;"
    )
    areas = client.get("/forecasts/escalation.csv?scope=areas", headers=french).text
    assert next(csv.DictReader(io.StringIO(areas)))["raising"] == (
        "civilian deaths, last 3 months (30; typical 0)"
    )


def test_onset_drivers_values_read_in_the_visitors_language_and_in_english_elsewhere(
    client, sqlite_store
):
    rise = Driver("battledeaths.log2_change3", "battle deaths rose over three years", 7.1938,
                  0.0, 0.4, (1, 8))  # fmt: skip
    forecast = CurrentForecast(
        data_year=2024,
        horizon=(2025, 2026),
        countries=[CountryForecast("Myanmar (Burma)", 775, 1, 0.2, raising=[rise])],
    )
    with sqlite_store.uow() as uow:
        store_structural_forecast(uow, forecast)
        uow.commit()
    spanish = {"Accept-Language": "es"}
    said = "las muertes en combate aumentaron en tres años</td><td>aproximadamente 146 veces"
    [row] = client.get("/api/v1/forecasts/onset?country=MMR", headers=spanish).json()["rows"]
    assert said in client.get(f"/situations/{row['situation_id']}", headers=spanish).text
    ranking = client.get("/forecasts?country=MMR", headers=spanish).text
    assert "las muertes en combate aumentaron en tres años (aproximadamente 146 veces" in ranking
    assert row["raising"][0]["value"] == "about 146 times as many as three years before"
    [sheet] = list(csv.DictReader(io.StringIO(client.get("/forecasts.csv", headers=spanish).text)))
    assert sheet["raising (value; typical; risk factors)"].startswith(
        "battle deaths rose over three years (about 146 times as many as three years before;"
    )


def test_the_rankings_and_the_watchlist_name_countries_in_the_readers_language(client, forecasts):
    """Chad is "Tchad" to a French reader and "تشاد" to an Arabic one, in the rankings, the
    filter's answer and the watchlist's ranked countries; the CSV and the API keep "Chad"."""
    french = {"Accept-Language": "fr"}
    ranking = client.get("/forecasts", headers=french).text
    assert "<td>Tchad</td>" in ranking and "Soudan" in ranking and ">Chad<" not in ranking
    watchlist = client.get("/", headers=french).text
    named = re.search(r'<p id="unwatched">(.*?)</p>', watchlist, re.S).group(1)
    assert [n for n, _ in re.findall(r">([^<]+)</a> \((\d+)\)", named)] == [
        "Mali",
        "Tchad",
        "Niger",
    ]
    assert ">Soudan</a>" in watchlist  # the situation it opened
    arabic = client.get("/forecasts?country=TCD", headers={"Accept-Language": "ar"}).text
    assert "تشاد" in arabic and ">Chad<" not in arabic
    assert "Chad" in client.get("/api/v1/forecasts/onset?country=TCD", headers=french).text
    assert "Chad" in client.get("/forecasts.csv", headers=french).text


def test_the_escalation_target_is_told_in_the_page_s_language(client, sqlite_store):
    """The target a forecast was made with reads French to a French analyst and Arabic to an
    Arabic one; the API keeps the English sentence."""
    spec = {"horizon": 6, "window": 6, "ratio": 3.0, "min_count": 20.0,
            "measure": "civilian_fatalities"}  # fmt: skip
    _escalation_issue(sqlite_store, LATER, [("BFA", date(2026, 1, 1), 0.4)], spec)
    french = client.get("/forecasts/escalation", headers={"Accept-Language": "fr"}).text
    assert (
        "au moins 20 civils tués en six mois, et 3 fois le niveau des six mois précédents" in french
    )
    assert "civilian deaths" not in french and "times the level" not in french
    arabic = client.get("/forecasts/escalation", headers={"Accept-Language": "ar"}).text
    assert "القتلى المدنيون: 20 على الأقل خلال ستة أشهر، و3 أضعاف المستوى في ستة أشهر سبقتها" in (
        arabic
    )
    body = client.get("/api/v1/forecasts/escalation", headers={"Accept-Language": "fr"}).json()
    assert body["target"] == (
        "at least 20 civilian deaths in six months, and 3 times the level of the six months before"
    )


def test_the_agreement_with_ewp_names_its_countries_in_the_readers_language(
    client, sqlite_store
):
    _onset(
        sqlite_store,
        LATER,
        [("Myanmar (Burma)", 775, 0.2), ("Ivory Coast", 437, 0.1), ("Chad", 483, 0.05)],
        EwpComparison(3, 0.5, 0.33, 1, ["Myanmar (Burma)"], ["Ivory Coast", "Atlantis"]),
    )
    english = client.get("/forecasts?lang=en").text
    assert "in this top 30 only: Myanmar (Burma)" in english  # the data's names, as written
    assert "in theirs only: Ivory Coast, Atlantis" in english
    french = client.get("/forecasts?lang=fr").text
    assert "Myanmar (Birmanie)" in french and "Côte d’Ivoire, Atlantis" in french
    assert "Ivory Coast" not in french
    api = client.get("/api/v1/forecasts/onset").json()["ewp_agreement"]
    assert api["only_ewp_top30"] == ["Ivory Coast", "Atlantis"]  # the API keeps EWP's names
