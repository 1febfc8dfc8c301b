"""Synthetic admin1-month panels with escalations whose timing is known."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tocsin.risk.escalation.panel import COUNTS


def panel(series: dict[str, list[float]], start: str = "2020-01") -> pd.DataFrame:
    """A dense admin1 panel of one country: civilian fatalities per region per month."""
    rows = []
    for region, deaths in series.items():
        for i, value in enumerate(deaths):
            row = {c: 0.0 for c in COUNTS}
            row.update(
                country_iso3="BFA",
                admin1=region,
                month=pd.Timestamp(start) + pd.DateOffset(months=i),
                civilian_fatalities=float(value),
                civilian_events=float(value > 0),
                events_violence_against_civilians=float(value > 0),
                events=float(value > 0),
                fatalities=float(value),
            )
            rows.append(row)
    return pd.DataFrame(rows).sort_values(["country_iso3", "admin1", "month"], ignore_index=True)


def escalating_panel(regions: int = 8, months: int = 72, seed: int = 1) -> pd.DataFrame:
    """Regions where battles rise for a few months before civilian deaths surge: a learnable
    lead signal that neither baseline (which reads civilian deaths only) sees."""
    rng = np.random.default_rng(seed)
    frames = []
    for r in range(regions):
        deaths = rng.poisson(0.3, months).astype(float)
        battles = rng.poisson(0.5, months).astype(float)
        for onset in rng.choice(np.arange(12, months - 6), size=3, replace=False):
            battles[onset - 2 : onset + 1] += 6
            deaths[onset + 1 : onset + 3] += rng.poisson(15, 2)
        frame = panel({f"R{r}": list(deaths)})
        frame["events_armed_conflict"] = battles
        frame["events"] += battles
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)
