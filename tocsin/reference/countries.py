"""Countries from ISO 3166 (pycountry), with UN M49 regions.

Regions come from the country table that ships with the country_converter package; it is read
as a plain file because its loader trips over the ISO code of Namibia ("NA") in newer pandas.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import pycountry


@dataclass(frozen=True)
class CountryRecord:
    iso3: str
    iso2: str
    name: str
    region: str | None
    subregion: str | None


_CONTINENT_TO_REGION = {"America": "Americas"}


@lru_cache(maxsize=1)
def _country_table() -> list[dict[str, str]]:
    table = files("country_converter").joinpath("country_data.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(table.splitlines(), delimiter="\t"))


@lru_cache(maxsize=1)
def _name_patterns() -> list[tuple[re.Pattern[str], str]]:
    """country_converter's curated regular expressions for the names countries go by."""
    return [
        (re.compile(row["regex"], re.IGNORECASE), row["ISO3"])
        for row in _country_table()
        if row.get("regex")
    ]


def _un_regions() -> dict[str, tuple[str | None, str | None]]:
    out: dict[str, tuple[str | None, str | None]] = {}
    for row in _country_table():
        continent = row.get("continent") or None
        region = _CONTINENT_TO_REGION.get(continent or "", continent)
        out[row["ISO3"]] = (region, row.get("UNregion") or None)
    return out


def iso3166_countries() -> list[CountryRecord]:
    regions = _un_regions()
    records = []
    for country in pycountry.countries:
        region, subregion = regions.get(country.alpha_3, (None, None))
        name = getattr(country, "common_name", None) or country.name
        records.append(CountryRecord(country.alpha_3, country.alpha_2, name, region, subregion))
    return records


def resolve_country(text: str) -> str | None:
    """ISO alpha-3 for a code or a name ('BF', 'BFA', 'Burkina Faso'), or None."""
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 2:
            return pycountry.countries.get(alpha_2=text.upper()).alpha_3  # type: ignore[union-attr]
        if len(text) == 3 and text.isalpha():
            found = pycountry.countries.get(alpha_3=text.upper())
            if found:
                return found.alpha_3
        return pycountry.countries.lookup(text).alpha_3
    except (LookupError, AttributeError):
        pass
    for pattern, iso3 in _name_patterns():
        if pattern.search(text):
            return iso3
    return None
