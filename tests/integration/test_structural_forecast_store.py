"""A structural forecast kept in the store: one row per country with its drivers, matched to
ISO codes, and situations reassessed."""

from __future__ import annotations

from tocsin.risk.current import CountryForecast, CurrentForecast, current_forecast
from tocsin.risk.explain import Driver
from tocsin.risk.forecast_store import iso3_for, store_structural_forecast

DRIVER = Driver("coup.attempt.1", "a coup attempt in the last year", 1.0, 0.0, 0.8, (1,))


def test_ewp_names_and_codes_map_to_iso():
    assert iso3_for("Democratic Republic of Vietnam", 816) == "VNM"
    assert iso3_for("Kosovo", 347) == "XKX"
    assert iso3_for("Congo-Kinshasa", 490) == "COD"
    assert iso3_for("Myanmar (Burma)", 775) == "MMR"


def test_forecast_rows_and_level_changes(store):
    forecast = CurrentForecast(
        data_year=2024,
        horizon=(2025, 2026),
        countries=[
            CountryForecast("Myanmar (Burma)", 775, 1, 0.21, raising=[DRIVER]),
            CountryForecast("Norway", 385, 160, 0.001),
            CountryForecast("Atlantis", 9999, 161, 0.0),
        ],
    )
    with store.uow() as uow:
        kept = store_structural_forecast(uow, forecast)
        uow.commit()
    assert (kept.stored, kept.unmatched, kept.level_changes) == (2, ["Atlantis"], 1)
    with store.uow() as uow:
        (row,) = uow.forecasts.latest("MMR", "structural")
        assert row.rank == 1 and row.explanation["raising"][0]["risk_factors"] == [1]
        assert uow.situations.for_country("MMR").level == "serious_concern"
        assert uow.situations.for_country("NOR") is None


def test_ranking_reads_the_latest_issue_and_the_previous_ranks(store):
    """On both stores: the latest issue only, likeliest first, with each country's rank in the
    issue before it."""
    from datetime import UTC, datetime

    from tocsin.risk.rankings import ONSET, ranking

    def issue(at: datetime, names: list[tuple[str, int]]) -> None:
        forecast = CurrentForecast(
            data_year=2024,
            horizon=(2025, 2026),
            countries=[
                CountryForecast(name, code, rank, 0.1 / rank)
                for rank, (name, code) in enumerate(names, start=1)
            ],
        )
        with store.uow() as uow:
            store_structural_forecast(uow, forecast, issued_at=at)
            uow.commit()

    issue(datetime(2025, 1, 1, tzinfo=UTC), [("Norway", 385), ("Chad", 483)])
    issue(datetime(2026, 1, 1, tzinfo=UTC), [("Chad", 483), ("Mali", 432), ("Norway", 385)])
    with store.uow() as uow:
        latest = ranking(uow, ONSET)
        second_page = ranking(uow, ONSET, offset=1, limit=1)
    assert [(r.country_iso3, r.rank, r.movement) for r in latest.rows] == [
        ("TCD", 1, 1),
        ("MLI", 2, None),
        ("NOR", 3, -2),
    ]
    assert (latest.total, latest.issued_at.year, latest.previous_issued_at.year) == (3, 2026, 2025)
    assert [r.country_iso3 for r in second_page.rows] == ["MLI"] and second_page.total == 3


def test_watchlist_shows_each_situations_own_latest_forecast(store):
    """A country the newest issue left out keeps the forecast its level was set from, on the
    watchlist as on its page, rather than a blank beside a reason that cites it."""
    from datetime import UTC, datetime

    from tocsin.risk.situations import ensure_situation
    from tocsin.risk.watchlist import watchlist

    def issue(at: datetime, countries: list[CountryForecast]) -> None:
        forecast = CurrentForecast(data_year=2024, horizon=(2025, 2026), countries=countries)
        with store.uow() as uow:
            store_structural_forecast(uow, forecast, issued_at=at)
            uow.commit()

    issue(datetime(2025, 1, 1, tzinfo=UTC), [CountryForecast("Chad", 483, 5, 0.04)])
    issue(datetime(2026, 1, 1, tzinfo=UTC), [CountryForecast("Mali", 432, 1, 0.2)])
    with store.uow() as uow:
        ensure_situation(uow, "TCD")
        uow.commit()
        rows = {r["country_iso3"]: r for r in watchlist(uow)}
    assert (rows["TCD"]["structural_risk"], rows["TCD"]["structural_rank"]) == (0.04, 5)
    assert rows["MLI"]["structural_risk"] == 0.2


def test_the_real_forecast_kept_and_read_back_as_a_ranking(sqlite_store):
    """EWP's real panel and published forecast through `current_forecast`, the store and the
    ranking: every matched country, in order, with the agreement the forecast measured."""
    from tests.shared_data import shared_file
    from tocsin.risk.ewp_data import load_panel, load_published
    from tocsin.risk.rankings import ONSET, ranking

    panel = load_panel(shared_file("ewp/prepared2024predictors-2025-09-03.csv"))
    published = load_published(shared_file("ewp/final_forecasts_data_3Sep2025.csv"))
    forecast = current_forecast(panel, published)
    with sqlite_store.uow() as uow:
        kept = store_structural_forecast(uow, forecast)
        uow.commit()
        ranked = ranking(uow, ONSET)
    assert ranked.total == kept.stored == len(forecast.countries) - len(kept.unmatched)
    assert [r.rank for r in ranked.rows] == sorted(r.rank for r in ranked.rows)
    probabilities = [r.probability for r in ranked.rows]
    assert probabilities == sorted(probabilities, reverse=True)
    assert ranked.ewp_agreement["spearman"] == forecast.comparison.spearman
    ours = {r.country_iso3 for r in ranked.rows if r.rank <= 30}
    theirs = {r.country_iso3 for r in ranked.rows if r.ewp_rank and r.ewp_rank <= 30}
    assert len(ours & theirs) == ranked.ewp_agreement["top30_overlap"]
    assert all(r.raising and all(d["label"] for d in r.raising) for r in ranked.rows[:30])
