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
from tocsin.risk.current import CountryForecast, CurrentForecast
from tocsin.risk.level_lapse import lower_lapsed_levels
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


# EWP's own spellings that no name pattern knows (their panel of 2024 data).
_EWP_SPELLINGS = {"Kyrgystan": "KGZ"}

# Where the Correlates of War code of today's state differs from its Gleditsch-Ward code
# (COW state system list): Vietnam, Yemen, Serbia.
_COW_NOT_GW = {816: "VNM", 679: "YEM", 345: "SRB"}


def iso3_for(ewp_name: str, ccode: int) -> str | None:
    return match_country(ewp_name, ccode)[0]


def match_country(ewp_name: str, ccode: int) -> tuple[str | None, bool]:
    """The ISO code of a panel row, and whether it was found by its code alone (its name
    unknown): such a row is reported, since a wrong name beside a right code is a wrong row
    as likely as an unusual spelling."""
    code = int(ccode)
    if code in _COW_NOT_GW:
        return _COW_NOT_GW[code], False
    by_name = _EWP_SPELLINGS.get(ewp_name.strip()) or resolve_country(ewp_name)
    if by_name is not None:
        return by_name, False
    return _gw_codes().get(code), True


@dataclass
class StoredForecast:
    stored: int = 0
    unmatched: list[str] = field(default_factory=list)
    level_changes: int = 0
    #: Rows matched by their code only, as "name (ISO3)".
    by_code: list[str] = field(default_factory=list)
    #: Rows refused because another row of the forecast is the same country.
    repeated: list[str] = field(default_factory=list)
    #: When the forecast is the same as the latest one kept, that one's time: nothing stored.
    same_as: datetime | None = None

    def summary(self) -> str:
        """One line for the CLI: what was kept and every row that was not, by name."""
        if self.same_as is not None:
            return (
                f"the same forecast as the one kept on {self.same_as:%Y-%m-%d %H:%M} (same "
                "data, same model): nothing new stored"
            )
        parts = [f"kept {self.stored} country forecasts; {self.level_changes} situation level "
                 "changes"]  # fmt: skip
        if self.unmatched:
            parts.append(f"not matched to ISO codes: {', '.join(self.unmatched)}")
        if self.repeated:
            parts.append("not kept, a country another row already is: " + ", ".join(self.repeated))
        if self.by_code:
            parts.append("name unknown, matched by code: " + ", ".join(self.by_code))
        return "; ".join(parts)


def _matched(
    uow: UnitOfWork, forecast: CurrentForecast, result: StoredForecast
) -> list[tuple[str, CountryForecast]]:
    """Each row with its ISO code, each country once: a row matched by name goes first, so a
    row whose unknown name comes with another country's code never becomes a second forecast
    for that country."""
    found = [(row, *match_country(row.ewp_name, row.ccode)) for row in forecast.countries]
    claimed: dict[str, str] = {}
    for row, iso3, by_code in sorted(found, key=lambda item: item[2]):
        if iso3 is None or uow.reference.country(iso3) is None:
            result.unmatched.append(row.ewp_name)
        elif iso3 in claimed:
            result.repeated.append(f"{row.ewp_name} (code {row.ccode}, as {claimed[iso3]})")
        else:
            claimed[iso3] = row.ewp_name
            if by_code:
                result.by_code.append(f"{row.ewp_name} ({iso3})")
    return [
        (iso3, row)
        for row, iso3, _ in found
        if iso3 is not None and claimed.get(iso3) == row.ewp_name
    ]


def _same_as_latest(
    uow: UnitOfWork, model: str, data_year: int, rows: dict[str, tuple[int, float, int | None]]
) -> datetime | None:
    """When the latest issue kept is this forecast again (a rerun on the same data): its time.
    Storing it again would stack identical rows in every country's history and make the
    movement since "the previous forecast" zero everywhere."""
    issued = next(iter(uow.forecasts.issues("structural", limit=1)), None)
    if issued is None:
        return None
    kept = uow.forecasts.in_issue("structural", issued)

    def same(f: Forecast) -> bool:
        if f.country_iso3 not in rows or f.model != model:
            return False
        rank, risk, ewp_rank = rows[f.country_iso3]
        explanation = f.explanation or {}
        return (f.rank, explanation.get("data_year"), explanation.get("ewp_rank")) == (
            rank,
            data_year,
            ewp_rank,
        ) and abs(f.probability - risk) < 1e-12

    return issued if len(kept) == len(rows) and all(map(same, kept)) else None


def store_structural_forecast(
    uow: UnitOfWork,
    forecast: CurrentForecast,
    model: str = MODEL,
    issued_at: datetime | None = None,
) -> StoredForecast:
    """Keep a forecast as one issue; a forecast identical to the latest issue is not kept
    again (`StoredForecast.same_as`)."""
    issued = issued_at or datetime.now(UTC)
    start, end = date(forecast.horizon[0], 1, 1), date(forecast.horizon[1], 12, 31)
    result = StoredForecast()
    matched = _matched(uow, forecast, result)
    figures = {iso3: (row.rank, float(row.risk), row.ewp_rank) for iso3, row in matched}
    result.same_as = _same_as_latest(uow, model, forecast.data_year, figures)
    if result.same_as is not None:
        return result
    # The issue's agreement with EWP's published ranking, kept with each row so that the
    # ranking can show it beside the forecast it describes.
    agreement = asdict(forecast.comparison) if forecast.comparison is not None else None
    if agreement is not None:  # the countries it names, by code: a page names them in its language
        codes = {row.ewp_name: iso3 for iso3, row in matched}
        named = agreement["only_tocsin_top30"] + agreement["only_ewp_top30"]
        agreement["iso3"] = {name: codes[name] for name in named if name in codes}
    countries = []
    for iso3, row in matched:
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
    # A newer issue that argues for less takes back a raising the older one made.
    result.level_changes += lower_lapsed_levels(uow, countries)
    return result
