"""Onset drivers read in the units they count, on EWP's real panel: the model's log2 and
square-root scales are undone for the value and the typical value, and a change of a log value
is said as a ratio."""

from __future__ import annotations

import math
from dataclasses import asdict

import pandas as pd
import pytest

from tests.shared_data import shared_file
from tocsin.domain.wording import translations
from tocsin.risk.ewp_data import OUTCOMES, PREDICTORS, load_panel
from tocsin.risk.explain import reference_values, top_drivers
from tocsin.risk.features import structural_features
from tocsin.risk.rankings import onset_drivers

PANEL = "ewp/prepared2024predictors-2025-09-03.csv"
BASE_DATA = "ewp/basedata2025_4august2025.csv"


@pytest.fixture(scope="module")
def latest() -> tuple[pd.DataFrame, pd.Series]:
    """The inputs of 2024 by EWP name, and the typical country-year as the forecast takes it
    (`current_forecast`: the median of the rows it trains on)."""
    panel = load_panel(shared_file(PANEL))
    inputs = structural_features(panel)
    train = (panel["year"] <= 2022) & panel[[*PREDICTORS, *OUTCOMES]].notna().all(axis=1)
    now = inputs.loc[panel["year"] == 2024].set_index(panel.loc[panel["year"] == 2024, "ewp_name"])
    return now, reference_values(inputs.loc[train])


def _shown(latest: tuple[pd.DataFrame, pd.Series], country: str, *names: str) -> dict[str, dict]:
    """The drivers `names` of a country as the page, the CSV and the API show them."""
    now, reference = latest
    push = pd.Series(1.0, index=list(names))
    up, _ = top_drivers(push, now.loc[country], reference, count=len(names))
    shown = onset_drivers([asdict(d) for d in up], top=len(names))
    return {d.predictor: row for d, row in zip(up, shown, strict=True)}


def test_myanmars_mass_killings_under_way_read_as_ewps_count(latest):
    base = pd.read_csv(shared_file(BASE_DATA), low_memory=False)
    count = base.loc[
        (base["country"] == "Myanmar (Burma)") & (base["year"] == 2024), "mk_ongoing_count"
    ].item()
    assert count == 3
    shown = _shown(latest, "Burma/Myanmar", "mk_ongoing_count_log2")["mk_ongoing_count_log2"]
    assert (shown["label"], shown["value"], shown["typical"]) == (
        "mass killings under way",
        "3",
        "0",
    )
    assert shown["model_value"] == 2.0  # log2(3 + 1), kept for those who analyse the model
    burkina = _shown(latest, "Burkina Faso", "mk_ongoing_count_log2")["mk_ongoing_count_log2"]
    assert burkina["value"] == "2"


def test_sudans_battle_deaths_read_as_deaths_and_their_rise_as_a_ratio(latest):
    shown = _shown(
        latest,
        "Sudan",
        "battledeaths_lag1",
        "battledeaths.log2",
        "battledeaths.log2_change3",
        "battledeaths_max3",
    )
    assert shown["battledeaths_lag1"]["value"] == "5,353"  # 2**12.39 - 1, in 2023
    assert shown["battledeaths_lag1"]["typical"] == "0"
    assert shown["battledeaths.log2"]["value"] == "4,684"
    assert shown["battledeaths_max3"]["value"] == "5,353"
    rise = shown["battledeaths.log2_change3"]
    assert rise["label"] == "battle deaths rose over three years"
    assert rise["value"] == "about 146 times as many as three years before"
    assert rise["typical"] == "about as many as three years before"


def test_infant_mortality_reads_per_1000_births_and_its_change_as_a_change_of_that(latest):
    nigeria = _shown(latest, "Nigeria", "un_imr_sqrt")["un_imr_sqrt"]  # 8.27 on the model's scale
    assert (nigeria["value"], nigeria["typical"]) == (
        "68 per 1,000 live births",
        "38 per 1,000 live births",
    )
    now, _ = latest
    bangladesh = _shown(latest, "Bangladesh", "un_imr_sqrt_change3")["un_imr_sqrt_change3"]
    level = now.loc["Bangladesh", "un_imr_sqrt"]
    change = now.loc["Bangladesh", "un_imr_sqrt_change3"]
    fall = round((level - change) ** 2 - level**2)
    assert fall > 0
    assert bangladesh["label"] == "infant mortality fell over three years"
    assert bangladesh["value"] == f"down {fall} per 1,000 live births from three years before"
    assert bangladesh["typical"].startswith("down 3 per 1,000 live births")


def test_population_and_a_states_age_read_in_millions_and_years(latest):
    shown = _shown(latest, "Burma/Myanmar", "popsize.log2", "countryage.new.log2")
    population = shown["popsize.log2"]
    assert (population["value"], population["typical"]) == ("54.5 million", "8.9 million")
    assert shown["countryage.new.log2"]["value"] == "76 years"  # independent since 1948


def test_a_change_kept_without_its_level_names_its_scale():
    """A forecast kept before drivers carried their level still reads, with its scale named."""
    [shown] = onset_drivers(
        [
            {
                "predictor": "un_imr_sqrt_change3",
                "label": "x",
                "value": -0.85,
                "typical": -0.25,
                "effect": 0.3,
                "risk_factors": [1],
            }
        ]
    )
    assert shown["value"] == "-0.85 on the square-root scale"
    assert shown["label"] == "infant mortality fell over three years"


def test_a_page_reads_the_drivers_and_their_units_in_its_readers_language():
    """The words of a value ("million", "per 1,000 live births", "times as many as three years
    before") follow the page's language as the driver's phrase does; English by default."""

    def driver(predictor: str, value: float, typical: float, **levels: float) -> dict:
        return {"predictor": predictor, "label": predictor, "value": value,
                "typical": typical, "effect": 0.5, "risk_factors": [1], **levels}  # fmt: skip

    items = [
        driver("popsize.log2", math.log2(54.5e6), math.log2(8.9e6)),
        driver("countryage.new.log2", math.log2(77), math.log2(50)),
        driver("un_imr_sqrt", math.sqrt(68), math.sqrt(38)),
        driver("battledeaths.log2_change3", 7.1938, 0.0),
        driver("un_imr_sqrt_change3", 1.0, 0.0, level=9.0, typical_level=6.0),
    ]
    french = onset_drivers(items, top=5, told=translations("fr").gettext)
    assert [(d["label"], d["value"], d["typical"]) for d in french] == [
        ("population nombreuse", "54.5 millions", "8.9 millions"),
        ("un État ancien", "76 ans", "49 ans"),
        ("forte mortalité infantile (pauvreté, services publics faibles)",
         "68 pour 1 000 naissances vivantes", "38 pour 1 000 naissances vivantes"),
        ("les morts au combat ont augmenté en trois ans",
         "environ 146 fois le niveau d'il y a trois ans", "à peu près autant qu'il y a trois ans"),
        ("la mortalité infantile a augmenté en trois ans",
         "en hausse de 17 pour 1 000 naissances vivantes par rapport à il y a trois ans",
         "à peu près le même niveau qu'il y a trois ans"),
    ]  # fmt: skip
    english = onset_drivers(items, top=5)
    assert [d["value"] for d in english] == [
        "54.5 million",
        "76 years",
        "68 per 1,000 live births",
        "about 146 times as many as three years before",
        "up 17 per 1,000 live births from three years before",
    ]
    [kept] = onset_drivers(
        [driver("un_imr_sqrt_change3", -0.85, 0.0)], told=translations("ar").gettext
    )
    assert kept["value"] == "-0.85 على مقياس الجذر التربيعي"
