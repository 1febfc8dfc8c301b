"""The languages Tocsin speaks to people, and its catalogs of words.

A witness in Ouagadougou or Khartoum who reads no English must still be able to send a report,
follow a refusal, and confirm and read alerts. The words live in gettext catalogs,
``tocsin/locales/<language>.po`` (kept by ``make catalogs``; see docs/languages.md), compiled
in memory when first used: no build step, no binary file in the tree.

A message made in the domain (a refusal, a status, a mail's sentence) is English where it is
made and marked with ``N_`` so that ``pybabel extract`` finds it; it is told in its reader's
language where it is shown (a page, a mail).
"""

from __future__ import annotations

import io
from functools import cache
from gettext import NullTranslations
from pathlib import Path

import pycountry
from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALES = Path(__file__).resolve().parents[1] / "locales"
DEFAULT = "en"
# The languages of the report coder's five (docs/coding.md), each named in itself.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
# Codes outside ISO 3166 that the CLDR names all the same.
_USER_ASSIGNED = {"XKX": "XK"}


def N_(message: str) -> str:
    """Marks a message for the catalogs; it changes nothing at run time."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Marks a counted phrase for the catalogs, its singular and plural, which each language
    translates in as many forms as its numbers take (Arabic: six); it returns the pair."""
    return singular, plural


def as_written(message: str) -> str:
    """A message as written, in English: what the API and the exports say, and what a page
    says before it is told in its reader's language (a ``told`` function's default)."""
    return message


def supported(tag: str | None) -> str | None:
    """The language Tocsin speaks for a tag ("fr-BF" -> "fr"), or None."""
    primary = (tag or "").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else None


@cache
def translations(language: str) -> NullTranslations:
    """The compiled catalog of a language (English: the messages as written)."""
    if language == DEFAULT or language not in LANGUAGES:
        return NullTranslations()
    with (LOCALES / f"{language}.po").open("rb") as po:
        catalog = read_po(po, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def country_name_in(language: str, iso3: str, name: str) -> str:
    """A country's name in ``language`` where the CLDR knows it, else ``name``."""
    found = pycountry.countries.get(alpha_3=iso3)
    iso2 = found.alpha_2 if found else _USER_ASSIGNED.get(iso3)
    return Locale.parse(language).territories.get(iso2, name) if iso2 else name


def situation_name_in(language: str, iso3: str, name: str, admin1: str | None = None) -> str:
    """A situation's name as a reader of ``language`` knows it: a whole country's as the CLDR
    names it there, a region's as written. English keeps the name as stored, which the API,
    the exports and the stored alerts give."""
    if language == DEFAULT or language not in LANGUAGES or admin1:
        return name
    return country_name_in(language, iso3, name)


def country_names(language: str, countries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(ISO3, name) pairs named in ``language``, sorted as a reader of that language looks
    for them."""
    named = [(iso3, country_name_in(language, iso3, name)) for iso3, name in countries]
    return sorted(named, key=lambda pair: pair[1].casefold())
