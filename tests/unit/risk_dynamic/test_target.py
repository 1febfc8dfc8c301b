import math

import pandas as pd
import pytest

from tests.unit.risk_dynamic.synthetic import panel
from tocsin.risk.escalation.panel import densify
from tocsin.risk.escalation.target import TargetSpec, escalation_target

KEYS = ["country_iso3", "admin1"]


def test_escalation_needs_both_the_floor_and_the_multiple_of_the_trailing_level() -> None:
    # window 3, horizon 2, ratio 2, floor 10
    spec = TargetSpec(horizon=2, window=3, ratio=2.0, min_count=10)
    frame = panel({"A": [3, 3, 3, 0, 12, 0, 4, 4]})
    target = escalation_target(frame, KEYS, spec).tolist()
    # t=0: future 3+3=6 < 10                                  -> 0
    # t=2: future 0+12=12 >= 10; baseline 2*mean(3,3,3)=6; 12 >= 12 -> 1
    # t=3: future 12+0=12; baseline 2*mean(3,3,0)=4; 12 >= 8  -> 1
    # t=4: future 0+4=4 < 10                                  -> 0
    # t=5: future 4+4=8 < 10                                  -> 0
    # t=6, t=7: future runs past the data                     -> NaN
    assert target[:6] == [0.0, 0.0, 1.0, 1.0, 0.0, 0.0]
    assert math.isnan(target[6]) and math.isnan(target[7])


def test_a_steadily_violent_place_is_not_escalating() -> None:
    spec = TargetSpec(horizon=3, window=6, ratio=2.0, min_count=10)
    target = escalation_target(panel({"A": [20] * 12}), KEYS, spec)
    assert target.dropna().eq(0).all()


def test_target_is_computed_per_place() -> None:
    spec = TargetSpec(horizon=1, window=2, ratio=2.0, min_count=10)
    frame = panel({"A": [0, 0, 0], "B": [0, 50, 0]})
    target = escalation_target(frame, KEYS, spec).tolist()
    assert target[:2] == [0.0, 0.0]  # A
    assert target[3:5] == [1.0, 0.0]  # B: escalates into month 1, not month 2


def test_unknown_measure_is_refused() -> None:
    with pytest.raises(ValueError, match="measure"):
        TargetSpec(measure="tweets")


def test_densify_fills_quiet_months_with_zero() -> None:
    sparse = pd.DataFrame(
        {
            "country_iso3": ["BFA", "BFA"],
            "admin1": ["Sahel", "Nord"],
            "month": pd.to_datetime(["2020-01-01", "2020-04-01"]),
            "civilian_fatalities": [5, 7],
        }
    )
    dense = densify(sparse, "admin1")
    assert len(dense) == 8  # two regions x Jan..Apr
    sahel = dense[dense["admin1"] == "Sahel"]["civilian_fatalities"].tolist()
    assert sahel == [5.0, 0.0, 0.0, 0.0]
