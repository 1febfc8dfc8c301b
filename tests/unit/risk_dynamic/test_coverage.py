"""The dense panel covers each country's own months only, and each real area once."""

from __future__ import annotations

import pandas as pd

from tocsin.risk.escalation.evaluation import prepare
from tocsin.risk.escalation.panel import densify, is_place
from tocsin.risk.escalation.target import TargetSpec


def _sparse(rows: list[tuple[str, str | None, str, int, int]]) -> pd.DataFrame:
    """(country, admin1, month, events, media events) -> a sparse admin1 panel."""
    return pd.DataFrame(
        {
            "country_iso3": [r[0] for r in rows],
            "admin1": [r[1] for r in rows],
            "month": pd.to_datetime([r[2] + "-01" for r in rows]),
            "events": [r[3] for r in rows],
            "civilian_fatalities": [r[3] for r in rows],
            "media_events": [r[4] for r in rows],
        }
    )


def _last_month(dense: pd.DataFrame, country: str) -> str:
    return dense[dense["country_iso3"] == country]["month"].max().strftime("%Y-%m")


def test_each_country_ends_at_its_own_last_month_not_at_another_datasets() -> None:
    sparse = _sparse(
        [
            ("BFA", "Sahel", "2020-01", 3, 0),
            ("BFA", "Sahel", "2020-12", 5, 0),
            ("BEN", "Alibori", "2021-06", 1, 0),
            ("BEN", "Alibori", "2022-12", 2, 0),
        ]
    )
    for level in ("country", "admin1"):
        dense = densify(sparse, level)
        assert _last_month(dense, "BFA") == "2020-12"
        assert _last_month(dense, "BEN") == "2022-12"
        assert len(dense[dense["country_iso3"] == "BFA"]) == 12


def test_media_reports_alone_do_not_extend_a_countrys_coverage() -> None:
    sparse = _sparse([("BFA", "Sahel", "2020-01", 3, 0), ("BFA", "Sahel", "2020-06", 0, 40)])
    assert _last_month(densify(sparse, "admin1"), "BFA") == "2020-01"


def test_a_country_with_media_reports_only_is_no_run_of_quiet_months() -> None:
    """GDELT files of 28 July 2016 and 24 October 2019 name the USA: 40 months of invented
    quiet between them were trained on as if the country had been covered."""
    sparse = _sparse(
        [
            ("BFA", "Sahel", "2016-01", 3, 0),
            ("BFA", "Sahel", "2020-01", 3, 0),
            ("USA", "Texas", "2016-07", 0, 5),
            ("USA", "Texas", "2019-10", 0, 9),
        ]
    )
    for level in ("country", "admin1"):
        assert set(densify(sparse, level)["country_iso3"]) == {"BFA"}


def test_as_of_cuts_later_months_but_never_pads_a_country_past_its_data() -> None:
    sparse = _sparse(
        [
            ("BFA", "Sahel", "2020-01", 3, 0),
            ("BFA", "Sahel", "2020-12", 5, 0),
            ("BEN", "Alibori", "2021-06", 1, 0),
            ("BEN", "Alibori", "2022-12", 2, 0),
        ]
    )
    dense = densify(sparse, "admin1", until=pd.Timestamp("2022-03-01"))
    assert _last_month(dense, "BEN") == "2022-03"
    assert _last_month(dense, "BFA") == "2020-12"


def test_spellings_of_one_area_are_one_place() -> None:
    sparse = _sparse(
        [
            ("MMR", "Shan", "2015-01", 2, 0),
            ("MMR", "Shan State", "2015-01", 3, 0),
            ("MMR", "Bago  region", "2015-02", 1, 0),
            ("MMR", "Bago Division", "2015-02", 4, 0),
            ("BGD", "Barisal", "2015-01", 2, 0),
            ("BGD", "Barisāl Division", "2015-02", 1, 0),
        ]
    )
    dense = densify(sparse, "admin1")
    assert sorted(set(zip(dense["country_iso3"], dense["admin1"], strict=True))) == [
        ("BGD", "Barisal"),
        ("MMR", "Bago"),
        ("MMR", "Shan"),
    ]
    shan = dense[dense["admin1"] == "Shan"].set_index("month")["events"]
    assert shan[pd.Timestamp("2015-01-01")] == 5


def test_events_with_no_region_are_context_but_never_a_place() -> None:
    months = [f"2020-{m:02d}" for m in range(1, 13)] + [f"2021-{m:02d}" for m in range(1, 13)]
    rows = [("BEN", "Alibori", m, 20 * (i % 5 == 0), 0) for i, m in enumerate(months)]
    rows += [("BEN", None, m, 15 * (i % 4 == 0), 0) for i, m in enumerate(months)]
    dense = densify(_sparse(rows), "admin1")
    unknown = dense["admin1"] == ""
    assert unknown.any() and not is_place(dense, "admin1")[unknown].any()
    features, target = prepare(dense, "admin1", TargetSpec())
    assert target[unknown].isna().all()
    assert target[~unknown].notna().any()
    alibori = features.loc[~unknown]
    assert alibori["rest_civ_fat_12"].max() > 0  # region-less deaths are the rest of the country
    assert alibori["rest_regions_deadly_3"].max() == 0  # but no other region
