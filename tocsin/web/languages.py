"""The languages the pages speak, and which one a visitor reads.

A witness in Ouagadougou or Khartoum who reads no English must still be able to send a report,
follow a refusal and manage alerts. The catalogs are gettext ``.po`` files in
``tocsin/web/locales`` (one per language, kept by ``pybabel``; see docs/languages.md), compiled
in memory when first used, so there is no build step and no binary file in the tree.

A visitor's language is, in order: the one they chose on a page (``?lang=fr``, then kept in a
cookie), their browser's ``Accept-Language``, then English.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from gettext import NullTranslations
from pathlib import Path

import pycountry
from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tocsin.domain.wording import N_

__all__ = ["N_", "PageLanguage", "gettext", "ngettext", "speaking"]

LOCALES = Path(__file__).parent / "locales"
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
COOKIE = "tocsin_lang"
COOKIE_AGE = 365 * 24 * 3600
_NOT_PAGES = ("/api/", "/static")
_WEIGHTED = re.compile(
    r"^\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$"
)

# Codes outside ISO 3166 that the CLDR names all the same.
_USER_ASSIGNED = {"XKX": "XK"}

_current: ContextVar[tuple[str, NullTranslations]] = ContextVar(
    "translations", default=(DEFAULT, NullTranslations())
)


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


def accepted(header: str | None) -> list[str]:
    """The languages a browser asks for, best first (RFC 9110 weights); unreadable parts and
    those weighted 0 are left out."""
    weighted = []
    for position, part in enumerate((header or "").split(",")[:20]):
        match = _WEIGHTED.match(part)
        if not match:
            continue
        try:
            weight = float(match.group(2)) if match.group(2) is not None else 1.0
        except ValueError:
            continue
        if weight > 0:
            weighted.append((-weight, position, match.group(1)))
    return [tag for _, _, tag in sorted(weighted)]


def _supported(tag: str | None) -> str | None:
    primary = (tag or "").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else None


def chosen(request: Request) -> str:
    """The language this request is answered in."""
    if request.url.path.startswith(_NOT_PAGES):
        return DEFAULT
    for tag in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if found := _supported(tag):
            return found
    for tag in accepted(request.headers.get("accept-language")):
        if found := _supported(tag):
            return found
    return DEFAULT


def asked_to_keep(request: Request) -> str | None:
    """A language the visitor picked on this request, to be kept in their cookie."""
    picked = _supported(request.query_params.get("lang"))
    return picked if picked and picked != request.cookies.get(COOKIE) else None


class PageLanguage:
    """Answers each page request in its visitor's language: the request's messages are
    translated wherever they are made (a route, a check, a template), the response says its
    language, and a language picked with ``?lang=`` is kept in a cookie. The JSON API speaks
    English whatever the browser: partner tools read its messages, and log them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(_NOT_PAGES):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        language, keep = chosen(request), asked_to_keep(request)
        secure = request.url.scheme == "https"

        async def send_with_language(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.append("Vary", "Accept-Language, Cookie")
                headers["Content-Language"] = language
                if keep:
                    cookie = f"{COOKIE}={keep}; Path=/; Max-Age={COOKIE_AGE}; SameSite=Lax"
                    headers.append("Set-Cookie", cookie + ("; Secure" if secure else ""))
            await send(message)

        with speaking(language):
            await self.app(scope, receive, send_with_language)


@contextmanager
def speaking(language: str) -> Iterator[NullTranslations]:
    """Messages rendered inside are in ``language`` (templates and `gettext` alike)."""
    token = _current.set((language, translations(language)))
    try:
        yield _current.get()[1]
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get()[0]


def gettext(message: str) -> str:
    return _current.get()[1].gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.get()[1].ngettext(singular, plural, n)


def country_names(language: str, countries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(ISO3, name) pairs named in ``language`` where the CLDR knows the country, sorted as a
    reader of that language looks for them."""
    locale = Locale.parse(language)
    named = []
    for iso3, name in countries:
        found = pycountry.countries.get(alpha_3=iso3)
        iso2 = found.alpha_2 if found else _USER_ASSIGNED.get(iso3)
        named.append((iso3, locale.territories.get(iso2, name) if iso2 else name))
    return sorted(named, key=lambda pair: pair[1].casefold())
