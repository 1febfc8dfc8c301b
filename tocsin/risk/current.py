"""The current structural forecast: onset risk in the two years after the latest data year.

As EWP does for its published forecast, the model is trained on every complete row whose
two-year outcome is already known (years up to the last data year minus two) and applied to
the countries of the last data year. Each country gets its rank, its risk and the predictors
that push it up or down, read as UN Framework of Analysis risk factors, and the ranking is set
beside EWP's published one when that is at hand. Results are plain dataclasses and frames; where
they are stored is the caller's business.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from scipy.stats import kendalltau, spearmanr
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from tocsin.risk.ewp_data import (
    OUTCOMES,
    PREDICTORS,
    TARGET,
    EwpDataError,
    published_risk_column,
    published_risk_columns,
)
from tocsin.risk.explain import Driver, effects, reference_values, top_drivers
from tocsin.risk.features import structural_features
from tocsin.risk.foos import FeatureBuilder
from tocsin.risk.structural import StructuralRiskModel

WATCH_DEPTH = 30


@dataclass(frozen=True)
class CountryForecast:
    ewp_name: str
    ccode: int
    rank: int
    risk: float
    raising: list[Driver] = field(default_factory=list)
    lowering: list[Driver] = field(default_factory=list)
    ewp_rank: int | None = None
    ewp_risk: float | None = None


@dataclass(frozen=True)
class EwpComparison:
    """Agreement with EWP's published ranking over the countries both rank."""

    countries: int
    spearman: float
    kendall: float
    top30_overlap: int
    only_tocsin_top30: list[str]
    only_ewp_top30: list[str]


@dataclass
class CurrentForecast:
    data_year: int
    horizon: tuple[int, int]
    countries: list[CountryForecast]
    comparison: EwpComparison | None = None
    #: Why EWP's published forecast was given but not compared with (another horizon).
    published_note: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "data_year": self.data_year,
            "horizon": list(self.horizon),
            "countries": [asdict(c) for c in self.countries],
            "comparison": None if self.comparison is None else asdict(self.comparison),
            "published_note": self.published_note,
        }

    def to_frame(self) -> pd.DataFrame:
        rows = []
        for c in self.countries:
            rows.append(
                {
                    "rank": c.rank,
                    "ewp_name": c.ewp_name,
                    "ccode": c.ccode,
                    "risk": c.risk,
                    "ewp_rank": c.ewp_rank,
                    "ewp_risk": c.ewp_risk,
                    "raising": "; ".join(d.predictor for d in c.raising),
                    "lowering": "; ".join(d.predictor for d in c.lowering),
                }
            )
        return pd.DataFrame(rows)


def _rank(risk: pd.Series) -> pd.Series:
    return risk.rank(ascending=False, method="min").astype(int)


def published_for(
    published: pd.DataFrame, data_year: int, horizon: int = 2
) -> tuple[pd.DataFrame | None, str | None]:
    """EWP's risk for the same years from the same data year (``ccode``, ``ewp_risk``), or
    None and why not: a published forecast for other years ranks another question, and its
    ranks must be neither compared with nor shown beside this forecast."""
    column = published_risk_column(data_year, horizon)
    if column not in published.columns:
        theirs = ", ".join(published_risk_columns(published)) or "no two-year risk column"
        return None, (
            f"EWP's published forecast has no {column} (it has {theirs}): it forecasts other "
            f"years than this forecast of {data_year + 1}-{data_year + horizon} from "
            f"{data_year} data, so it is not compared and its ranks are not shown"
        )
    theirs = published.loc[published[column].notna(), ["ccode", column]]
    return theirs.rename(columns={column: "ewp_risk"}), None


def compare_with_published(ours: pd.DataFrame, published: pd.DataFrame) -> EwpComparison:
    """Rank correlation and top-30 overlap, matched on the Correlates of War code
    (`published`: ``ccode`` and ``ewp_risk``, as from `published_for`)."""
    theirs = published.loc[:, ["ccode", "ewp_risk"]].rename(columns={"ewp_risk": "ewp"})
    both = ours.merge(theirs, on="ccode", how="inner")
    if len(both) < 3:
        raise EwpDataError("EWP published forecast shares fewer than 3 countries with the data")
    ours_top = set(both.nsmallest(WATCH_DEPTH, "rank")["ewp_name"])
    ewp_top = set(both.assign(r=_rank(both["ewp"])).nsmallest(WATCH_DEPTH, "r")["ewp_name"])
    return EwpComparison(
        countries=len(both),
        spearman=float(spearmanr(both["risk"], both["ewp"]).statistic),
        kendall=float(kendalltau(both["risk"], both["ewp"]).statistic),
        top30_overlap=len(ours_top & ewp_top),
        only_tocsin_top30=sorted(ours_top - ewp_top),
        only_ewp_top30=sorted(ewp_top - ours_top),
    )


def current_forecast(
    panel: pd.DataFrame,
    published: pd.DataFrame | None = None,
    *,
    estimator: object | None = None,
    features: FeatureBuilder = structural_features,
    drivers: int = 5,
    horizon: int = 2,
    random_state: int = 0,
) -> CurrentForecast:
    """Ranked onset risk for the two years after the panel's last year, with its drivers."""
    model = clone(estimator) if estimator is not None else StructuralRiskModel()
    if "random_state" in model.get_params():
        model.set_params(random_state=random_state)
    last = int(panel["year"].max())
    inputs = features(panel)
    train = (panel["year"] <= last - horizon) & panel[[*PREDICTORS, *OUTCOMES]].notna().all(axis=1)
    latest = (panel["year"] == last) & panel[list(PREDICTORS)].notna().all(axis=1)
    if not latest.any():
        raise EwpDataError(f"no country has complete predictors in the last data year {last}")
    now = inputs.loc[latest]
    reference = reference_values(inputs.loc[train])
    # One thread: the same sums in the same order on every machine, hence the same forecast.
    with threadpool_limits(limits=1):
        model.fit(inputs.loc[train], panel.loc[train, TARGET].astype(int).to_numpy())
        risk = np.asarray(model.predict_proba(now))[:, 1]
        push = effects(model, now, reference)
    ours = panel.loc[latest, ["ewp_name", "ccode"]].copy()
    ours["risk"] = risk
    ours["rank"] = _rank(ours["risk"])
    comparison, ewp = None, pd.DataFrame(columns=["ccode", "ewp_rank", "ewp_risk"])
    theirs, note = (None, None) if published is None else published_for(published, last, horizon)
    if theirs is not None:
        comparison = compare_with_published(ours, theirs)
        ewp = theirs.assign(ewp_rank=_rank(theirs["ewp_risk"]))
    ours = ours.merge(ewp, on="ccode", how="left").set_index(now.index)
    countries = []
    for index, row in ours.sort_values(["rank", "ewp_name"], kind="mergesort").iterrows():
        up, down = top_drivers(push.loc[index], now.loc[index], reference, drivers)
        countries.append(
            CountryForecast(
                ewp_name=str(row["ewp_name"]),
                ccode=int(row["ccode"]),
                rank=int(row["rank"]),
                risk=float(row["risk"]),
                raising=up,
                lowering=down,
                ewp_rank=None if pd.isna(row["ewp_rank"]) else int(row["ewp_rank"]),
                ewp_risk=None if pd.isna(row["ewp_risk"]) else float(row["ewp_risk"]),
            )
        )
    return CurrentForecast(last, (last + 1, last + horizon), countries, comparison, note)
