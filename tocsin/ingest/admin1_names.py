"""Admin1 names as one area per place: datasets name a region in several ways.

GED writes "Shan State" and "Bago  region", ACLED "Shan" and "Bago"; older sources and some
datasets keep Myanmar's pre-1989 names ("Rangoon", "Karen", "Pegu") beside the names in use
("Yangon", "Kayin", "Bago"). Left apart, each spelling is a place of its own in the panels, and
one region's history is split between them. The rule is conservative:

* spacing is collapsed and the generic word for the kind of area dropped (`admin1_name`);
* former and variant names listed in the shipped table `tocsin/data/admin1_renamings.csv`
  (country, name, the name in use, and why) take the name in use, in that country only --
  "Karen" is Kayin in Myanmar and nothing elsewhere. The table lists official renamings and
  variants seen in the datasets; nothing is guessed, as guessing would join areas that are
  really different;
* names that then differ only in case, accents or hyphens are one area (`admin1_key`), named
  by its most frequent spelling.

The stored Events keep the names their dataset gave; names are reconciled where they are
read (the panels, the escalation forecast), so a store or panel file from before a change of
the table reads the new way without a migration.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from importlib.resources import files

import pandas as pd

#: Words that name the kind of area rather than the area, in English and French. "District"
#: too: GED names Sagaing Region "Sagaing District" at times, and a district named like a
#: region lies in it. Not "oblast": Kyiv Oblast and Moscow Oblast are other areas than the
#: cities of Kyiv and Moscow, which are admin1 areas of their own.
_AREA_WORDS = (
    "state|region|division|province|prefecture|department|district|county|governorate"
    "|état|etat|région|préfecture|département|departement"
)
_AREA_SUFFIX = re.compile(rf"\s+(?:{_AREA_WORDS})$", re.IGNORECASE)
_AREA_PREFIX = re.compile(
    rf"^(?:{_AREA_WORDS})\s+(?:de la\s+|de l'|du\s+|des\s+|de\s+|d')", re.IGNORECASE
)
#: Names whose generic word is part of the name itself.
_WHOLE_NAMES = frozenset({"free state"})


def admin1_name(name: str | None) -> str:
    """An admin1 name with its spacing collapsed and without the generic word for the kind of
    area ("Bago  region" -> "Bago"), so that datasets naming one area differently agree."""
    text = " ".join(unicodedata.normalize("NFC", name or "").split())
    if text.casefold() in _WHOLE_NAMES:
        return text
    for pattern in (_AREA_SUFFIX, _AREA_PREFIX):
        text = pattern.sub("", text) or text
    return text


def admin1_key(name: str | None) -> str:
    """What spellings of one area share: its `admin1_name` without case, accents or hyphens."""
    decomposed = unicodedata.normalize("NFKD", admin1_name(name))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("-", " ").replace("\u2019", "'").casefold().split())


@cache
def renamings() -> dict[tuple[str, str], str]:
    """The shipped table, by (country, `admin1_key` of the former or variant name)."""
    text = files("tocsin.data").joinpath("admin1_renamings.csv").read_text(encoding="utf-8")
    return {
        (row["country_iso3"], admin1_key(row["name"])): row["official"]
        for row in csv.DictReader(text.splitlines())
    }


def official_admin1(country: str, name: str | None) -> str:
    """The name in use of an area in a country ("Rangoon" in Myanmar -> "Yangon"), or the
    name without its generic word (`admin1_name`) when the table does not list it."""
    plain = admin1_name(name)
    return renamings().get((country, admin1_key(plain)), plain)


def reconcile_admin1(frame: pd.DataFrame, weight: str) -> pd.Series:
    """Each row's admin1 as its area's name within its country: the most frequent spelling
    (by `weight`) of the names that share an `admin1_key`, once former and variant names
    have taken the name in use (`official_admin1`); "" stays "" (region unknown)."""
    places = frame[["country_iso3", "admin1"]].fillna("").astype(str)
    distinct = places.drop_duplicates()
    official = {
        (country, name): official_admin1(country, name)
        for country, name in zip(distinct["country_iso3"], distinct["admin1"], strict=True)
    }
    names = pd.Series(
        [official[pair] for pair in zip(places["country_iso3"], places["admin1"], strict=True)],
        index=frame.index,
        dtype=object,
    )
    spellings = pd.DataFrame(
        {
            "country_iso3": frame["country_iso3"],
            "key": names.map(admin1_key),
            "name": names,
            "weight": frame[weight],
        }
    )
    totals = spellings.groupby(["country_iso3", "key", "name"], as_index=False)["weight"].sum()
    chosen = totals.sort_values(
        ["country_iso3", "key", "weight", "name"], ascending=[True, True, False, True]
    ).drop_duplicates(["country_iso3", "key"])
    lookup = chosen.set_index(["country_iso3", "key"])["name"]
    index = pd.MultiIndex.from_frame(spellings[["country_iso3", "key"]])
    return pd.Series(lookup.reindex(index).to_numpy(), index=frame.index, dtype=object)
