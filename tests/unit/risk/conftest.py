"""A synthetic EWP-format panel whose onsets follow two predictors, for fast harness tests."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from threadpoolctl import threadpool_limits

from tocsin.risk.ewp_data import PREDICTORS, validate_panel


def make_panel(
    countries: int = 24, first: int = 1960, last: int = 2000, seed: int = 0
) -> pd.DataFrame:
    """Country-years with all 39 EWP predictors; onsets are likelier with conflict and a record."""
    rng = np.random.default_rng(seed)
    years = np.arange(first, last + 1)
    rows = []
    for c in range(countries):
        base = rng.normal(size=len(PREDICTORS))
        for year in years:
            values = dict(
                zip(PREDICTORS, base + 0.3 * rng.normal(size=len(PREDICTORS)), strict=True)
            )
            values["year"], values["year_sq"] = float(year), float(year) ** 2
            values["mk_ever"] = float(c % 3 == 0)
            rows.append({"ewp_name": f"Country {c:02d}", "ccode": 100 + c, **values})
    panel = pd.DataFrame(rows)
    z = -4.0 + 1.5 * panel["battledeaths.log2"] + 1.5 * panel["mk_ever"]
    panel["mk_onset"] = (rng.random(len(panel)) < 1 / (1 + np.exp(-z))).astype(float)
    grouped = panel.groupby("ewp_name")["mk_onset"]
    panel["mk_onset_1"] = grouped.shift(-1)
    panel["mk_onset_2"] = grouped.shift(-2)
    panel["mk_onset_1or2"] = panel[["mk_onset_1", "mk_onset_2"]].max(axis=1).fillna(0.0)
    return validate_panel(panel, "synthetic panel")


@pytest.fixture(scope="session")
def panel() -> pd.DataFrame:
    return make_panel()


@pytest.fixture(autouse=True)
def _one_thread():
    """Models run single-threaded in the harness; tests do too (faster on a shared machine)."""
    with threadpool_limits(limits=1):
        yield
