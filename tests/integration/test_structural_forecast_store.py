"""A structural forecast kept in the store: one row per country with its drivers, matched to
ISO codes, and situations reassessed."""

from __future__ import annotations

from tocsin.risk.current import CountryForecast, CurrentForecast
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
