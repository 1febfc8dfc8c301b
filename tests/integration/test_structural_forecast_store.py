"""A structural forecast kept in the store: one row per country with its drivers, matched to
ISO codes, and situations reassessed."""

from __future__ import annotations

from tocsin.risk.current import CountryForecast, CurrentForecast, current_forecast
from tocsin.risk.explain import Driver
from tocsin.risk.forecast_store import iso3_for, store_structural_forecast
from tocsin.store.models import Forecast

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


def test_a_rerun_on_the_same_data_stacks_no_issue_and_keeps_the_movement(store):
    """`tocsin forecast run` twice on the same panel: the second run stores nothing (it said
    "=" everywhere and stacked identical rows in every country's history), and the movement
    stays that since the forecast made from other data."""
    from datetime import UTC, datetime

    from tocsin.risk.rankings import ONSET, ranking

    def forecast(names: list[tuple[str, int]], year: int) -> CurrentForecast:
        return CurrentForecast(
            data_year=year,
            horizon=(year + 1, year + 2),
            countries=[
                CountryForecast(name, code, rank, 0.1 / rank)
                for rank, (name, code) in enumerate(names, start=1)
            ],
        )

    with store.uow() as uow:
        store_structural_forecast(uow, forecast([("Norway", 385), ("Chad", 483)], 2023),
                                  issued_at=datetime(2025, 1, 1, tzinfo=UTC))  # fmt: skip
        store_structural_forecast(uow, forecast([("Chad", 483), ("Norway", 385)], 2024),
                                  issued_at=datetime(2026, 1, 1, tzinfo=UTC))  # fmt: skip
        again = store_structural_forecast(
            uow, forecast([("Chad", 483), ("Norway", 385)], 2024),
            issued_at=datetime(2026, 1, 2, tzinfo=UTC),
        )  # fmt: skip
        uow.commit()
    assert again.stored == 0 and again.same_as is not None
    assert "nothing new stored" in again.summary()
    with store.uow() as uow:
        assert len(uow.forecasts.history("TCD", "structural")) == 2
        latest = ranking(uow, ONSET)
    assert [(r.country_iso3, r.movement) for r in latest.rows] == [("TCD", 1), ("NOR", -1)]


def test_movement_skips_an_earlier_issue_identical_to_the_latest(store):
    """A store that already stacked identical issues (before reruns were skipped) still
    measures movement from the last forecast made from other data."""
    from datetime import UTC, datetime

    from tocsin.risk.rankings import ONSET, ranking

    def issue(at: datetime, names: list[tuple[str, int]], data_year: int) -> None:
        forecast = CurrentForecast(
            data_year=data_year,
            horizon=(data_year + 1, data_year + 2),
            countries=[CountryForecast(n, c, r, 0.1 / r) for r, (n, c) in enumerate(names, 1)],
        )
        with store.uow() as uow:
            store_structural_forecast(uow, forecast, issued_at=at)
            uow.commit()

    issue(datetime(2025, 1, 1, tzinfo=UTC), [("Norway", 385), ("Chad", 483)], 2023)
    issue(datetime(2026, 1, 1, tzinfo=UTC), [("Chad", 483), ("Norway", 385)], 2024)
    with store.uow() as uow:  # an identical issue stacked by an older Tocsin
        for row in uow.forecasts.in_issue("structural", datetime(2026, 1, 1, tzinfo=UTC)):
            uow.add(
                Forecast(
                    kind=row.kind,
                    country_iso3=row.country_iso3,
                    issued_at=datetime(2026, 1, 2, tzinfo=UTC),
                    probability=row.probability,
                    rank=row.rank,
                    period_start=row.period_start,
                    period_end=row.period_end,
                    model=row.model,
                    explanation=row.explanation,
                )
            )
        uow.commit()
    with store.uow() as uow:
        latest = ranking(uow, ONSET)
    assert latest.previous_issued_at is not None and latest.previous_issued_at.year == 2025
    assert [r.movement for r in latest.rows] == [1, -1]


def test_an_unknown_name_with_another_countrys_code_is_reported_not_kept(store):
    """ "Atlantis" with Sudan's code 625 became a second Sudan forecast in the same issue."""
    forecast = CurrentForecast(
        data_year=2024,
        horizon=(2025, 2026),
        countries=[
            CountryForecast("Atlantis", 625, 1, 0.3),
            CountryForecast("Sudan", 625, 2, 0.2),
            CountryForecast("Kyrgystan", 703, 3, 0.01),  # EWP's own spelling
        ],
    )
    with store.uow() as uow:
        kept = store_structural_forecast(uow, forecast)
        uow.commit()
    assert kept.stored == 2 and kept.repeated == ["Atlantis (code 625, as Sudan)"]
    assert kept.by_code == []
    assert "Atlantis" in kept.summary()
    with store.uow() as uow:
        (sudan,) = uow.forecasts.latest("SDN", "structural")
    assert sudan.probability == 0.2
