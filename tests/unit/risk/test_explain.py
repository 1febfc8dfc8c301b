"""Drivers of a forecast: right sign and size, mapped to Framework of Analysis risk factors."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import yaml
from sklearn.linear_model import LogisticRegression

from tests.shared_data import shared_file
from tocsin.risk.ewp_data import PREDICTORS
from tocsin.risk.explain import effects, reference_values, top_drivers
from tocsin.risk.features import ADDED_INPUTS
from tocsin.risk.predictor_map import PREDICTOR_MAP, RISK_FACTORS, describe


def test_every_model_input_is_mapped_and_names_real_risk_factors() -> None:
    assert set(PREDICTORS) | set(ADDED_INPUTS) == set(PREDICTOR_MAP)
    for info in PREDICTOR_MAP.values():
        assert set(info.risk_factors) <= set(range(1, 15)), info.name
    assert PREDICTOR_MAP["coup.try.5yr"].risk_factors[0] == 1
    assert {2, 9} <= {*PREDICTOR_MAP["discrimpop"].risk_factors, *describe("mk_ever").risk_factors}
    assert describe("not_an_input").label == "not_an_input"


def test_risk_factor_titles_are_the_frameworks_own() -> None:
    framework = yaml.safe_load(shared_file("frameworks/foa_2014.yaml").read_text())
    official = {r["number"]: r["title"] for r in framework["risk_factors"]}
    assert official == RISK_FACTORS


def test_effects_of_a_logistic_model_are_coefficient_times_distance_from_typical() -> None:
    rng = np.random.default_rng(0)
    x = pd.DataFrame(rng.normal(size=(300, 3)), columns=["discrimpop", "coup.try.5yr", "year"])
    y = (x["discrimpop"] + rng.normal(size=300) > 1).astype(int)
    model = LogisticRegression().fit(x, y)
    reference = reference_values(x)
    push = effects(model, x.iloc[:4], reference)
    expected = (x.iloc[:4] - reference) * model.coef_[0]
    np.testing.assert_allclose(push.to_numpy(), expected.to_numpy(), atol=1e-6)


def test_top_drivers_split_up_and_down_strongest_first() -> None:
    push = pd.Series(
        {"discrimpop": 0.8, "coup.try.5yr": 0.3, "even_civilrights": -0.5, "year": 0.0}
    )
    values = pd.Series(
        {"discrimpop": 0.4, "coup.try.5yr": 1.0, "even_civilrights": 1.0, "year": 2024}
    )
    up, down = top_drivers(push, values, pd.Series(dtype=float), count=5)
    assert [d.predictor for d in up] == ["discrimpop", "coup.try.5yr"]
    assert [d.predictor for d in down] == ["even_civilrights"]
    assert up[0].risk_factors == (9,)
    assert up[0].effect == pytest.approx(0.8)


def test_a_driver_is_worded_by_the_side_of_typical_the_country_is_on() -> None:
    """Libya's religious freedom is 1 against a typical 4: what raises its risk is the lack of
    it, not "religious freedom is respected"."""
    push = pd.Series({"religiousfreedom": 0.6, "v2mecenefm_binary": -0.3})
    values = pd.Series({"religiousfreedom": 1.0, "v2mecenefm_binary": 0.0})
    reference = pd.Series({"religiousfreedom": 4.0, "v2mecenefm_binary": 1.0})
    up, down = top_drivers(push, values, reference)
    assert up[0].label == "little religious freedom"
    assert (up[0].value, up[0].typical) == (1.0, 4.0)
    assert down[0].label == "the government does not routinely censor the media"
    high = top_drivers(pd.Series({"religiousfreedom": -0.6}), pd.Series({"religiousfreedom": 9.0}),
                       reference)[1]  # fmt: skip
    assert high[0].label == "much religious freedom"


def test_negligible_effects_are_not_named_as_drivers() -> None:
    """Norway's "economic growth over three years" at 0.005 log-odds is no risk factor."""
    push = pd.Series({"gdppcgrowth_mean3": 0.005, "region_battle_share": 0.0003, "mk_ever": 0.4,
                      "discrimpop": -0.01})  # fmt: skip
    values = pd.Series({"gdppcgrowth_mean3": 1.0, "region_battle_share": 0.05, "mk_ever": 1.0,
                        "discrimpop": 0.0})  # fmt: skip
    up, down = top_drivers(push, values, pd.Series(dtype=float))
    assert [d.predictor for d in up] == ["mk_ever"]
    assert down == []
