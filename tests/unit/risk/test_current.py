"""The current forecast ranks the last data year and sets it beside EWP's published ranking."""

from __future__ import annotations

import pandas as pd
import pytest

from tocsin.risk.current import current_forecast
from tocsin.risk.ewp_data import EwpDataError, published_risk_column
from tocsin.risk.structural import StructuralRiskModel

SMALL = StructuralRiskModel(
    rounds_grid=(20,), ridge_grid=(0.1,), validation_years=10, min_validation_onsets=3
)


def _published(panel: pd.DataFrame, data_year: int | None = None) -> pd.DataFrame:
    year = int(panel["year"].max())
    last = panel.loc[panel["year"] == year, ["ewp_name", "ccode"]]
    column = published_risk_column(data_year or year)
    return last.assign(**{column: 1.0 / (1 + last["ccode"] - 99)})


def test_current_forecast_ranks_every_country_of_the_last_year_with_drivers(panel) -> None:
    forecast = current_forecast(panel, _published(panel), estimator=SMALL, drivers=3)
    assert forecast.data_year == 2000
    assert forecast.horizon == (2001, 2002)
    assert [c.rank for c in forecast.countries] == sorted(c.rank for c in forecast.countries)
    assert len(forecast.countries) == panel["ewp_name"].nunique()
    top = forecast.countries[0]
    assert top.rank == 1 and 0 < top.risk < 1
    assert len(top.raising) <= 3 and all(d.effect > 0 for d in top.raising)
    assert all(d.effect < 0 for d in forecast.countries[-1].lowering)
    assert top.ewp_rank is not None


def test_comparison_with_ewp_counts_the_top_30_overlap_and_rank_correlation(panel) -> None:
    forecast = current_forecast(panel, _published(panel), estimator=SMALL)
    comparison = forecast.comparison
    assert comparison is not None
    assert comparison.countries == 24
    assert comparison.top30_overlap == 24  # fewer than 30 countries: both lists hold all
    assert -1 <= comparison.spearman <= 1
    frame = forecast.to_frame()
    assert list(frame.columns[:4]) == ["rank", "ewp_name", "ccode", "risk"]
    assert forecast.as_dict()["comparison"]["countries"] == 24


def test_current_forecast_is_deterministic(panel) -> None:
    first = current_forecast(panel, estimator=SMALL).to_frame()
    second = current_forecast(panel, estimator=SMALL).to_frame()
    pd.testing.assert_frame_equal(first, second, check_exact=True)


def test_last_year_without_complete_rows_is_a_clear_error(panel) -> None:
    broken = panel.copy()
    broken.loc[broken["year"] == 2000, "efindex"] = None
    with pytest.raises(EwpDataError, match="last data year 2000"):
        current_forecast(broken, estimator=SMALL)


def test_a_published_forecast_for_other_years_is_neither_compared_nor_ranked_beside(
    panel,
) -> None:
    """A panel ending in 2000 forecasts 2001-2002; EWP's forecast of 2002-2003 (from 2001
    data) ranks another question, so its ranks are not shown, and the forecast says why."""
    forecast = current_forecast(panel, _published(panel, data_year=2001), estimator=SMALL)
    assert forecast.comparison is None
    assert all(c.ewp_rank is None and c.ewp_risk is None for c in forecast.countries)
    assert forecast.published_note is not None
    assert "risk.2001and2002.from2000" in forecast.published_note


def test_the_published_column_follows_the_panels_last_year(panel) -> None:
    """EWP's next release names its column for its own data year; an older column kept in
    the same file is used for a panel of that year."""
    published = _published(panel).assign(**{"risk.2002and2003.from2001": 0.5})
    forecast = current_forecast(panel, published, estimator=SMALL)
    assert forecast.comparison is not None and forecast.published_note is None
