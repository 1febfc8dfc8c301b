"""Keeping a structural forecast: one Forecast row per country, then the situations reassessed.

EWP's panel names countries by their own name and the Correlates of War code; the store speaks
ISO 3166. Names are resolved first (the curated name patterns know "Congo-Kinshasa" and
"Burma"); the Gleditsch–Ward code, which matches the Correlates of War code for all but a few
states, is the fallback.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib.resources import files

from tocsin.reference.countries import resolve_country
from tocsin.risk.current import CurrentForecast
from tocsin.risk.situations import reassess_countries
from tocsin.store.models import Forecast
from tocsin.store.uow import UnitOfWork

MODEL = "tocsin-structural"


@lru_cache(maxsize=1)
def _gw_codes() -> dict[int, str]:
    table = files("country_converter").joinpath("country_data.tsv").read_text(encoding="utf-8")
    out: dict[int, str] = {}
    for row in csv.DictReader(table.splitlines(), delimiter="\t"):
        code = (row.get("GWcode") or "").strip()
        if code.isdigit():
            out.setdefault(int(code), row["ISO3"])
    return out


# Where the Correlates of War code of today's state differs from its Gleditsch-Ward code
# (COW state system list): Vietnam, Yemen, Serbia.
_COW_NOT_GW = {816: "VNM", 679: "YEM", 345: "SRB"}


def iso3_for(ewp_name: str, ccode: int) -> str | None:
    code = int(ccode)
    return _COW_NOT_GW.get(code) or resolve_country(ewp_name) or _gw_codes().get(code)


@dataclass
class StoredForecast:
    stored: int = 0
    unmatched: list[str] = field(default_factory=list)
    level_changes: int = 0


def store_structural_forecast(
    uow: UnitOfWork,
    forecast: CurrentForecast,
    model: str = MODEL,
    issued_at: datetime | None = None,
) -> StoredForecast:
    issued = issued_at or datetime.now(UTC)
    start, end = date(forecast.horizon[0], 1, 1), date(forecast.horizon[1], 12, 31)
    result = StoredForecast()
    # The agreement with EWP's published ranking, kept with each row so that the
    # ranking can show it beside the forecast it describes.
    agreement = asdict(forecast.comparison) if forecast.comparison is not None else None
    countries = []
    for row in forecast.countries:
        iso3 = iso3_for(row.ewp_name, row.ccode)
        if iso3 is None or uow.reference.country(iso3) is None:
            result.unmatched.append(row.ewp_name)
            continue
        explanation = {
            "data_year": forecast.data_year,
            "raising": [asdict(d) for d in row.raising],
            "lowering": [asdict(d) for d in row.lowering],
            "ewp_rank": row.ewp_rank,
            "ewp_risk": row.ewp_risk,
            "ewp_agreement": agreement,
        }
        uow.add(
            Forecast(
                kind="structural",
                country_iso3=iso3,
                issued_at=issued,
                period_start=start,
                period_end=end,
                probability=float(row.risk),
                rank=row.rank,
                model=model,
                explanation=explanation,
            )
        )
        countries.append(iso3)
        result.stored += 1
    uow.flush()
    result.level_changes = reassess_countries(uow, countries)
    return result
