"""Which language a page is answered in.

A visitor's language is, in order: the one they chose on a page (``?lang=fr``, then kept in a
cookie), their browser's ``Accept-Language``, then English. The catalogs and the languages
offered are in `tocsin.domain.wording`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from gettext import NullTranslations

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tocsin.domain.errors import TocsinError
from tocsin.domain.wording import (
    DEFAULT,
    LANGUAGES,
    N_,
    RIGHT_TO_LEFT,
    country_names,
    situation_name_in,
    supported,
    translations,
)

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "N_",
    "RIGHT_TO_LEFT",
    "PageLanguage",
    "country_names",
    "gettext",
    "ngettext",
    "situation_name_in",
    "speaking",
    "translations",
]

COOKIE = "tocsin_lang"
COOKIE_AGE = 365 * 24 * 3600
_NOT_PAGES = ("/api/", "/static")
_WEIGHTED = re.compile(
    r"^\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$"
)

_current: ContextVar[tuple[str, NullTranslations]] = ContextVar(
    "translations", default=(DEFAULT, NullTranslations())
)


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


def chosen(request: Request) -> str:
    """The language this request is answered in."""
    if request.url.path.startswith(_NOT_PAGES):
        return DEFAULT
    for tag in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if found := supported(tag):
            return found
    for tag in accepted(request.headers.get("accept-language")):
        if found := supported(tag):
            return found
    return DEFAULT


def asked_to_keep(request: Request) -> str | None:
    """A language the visitor picked on this request, to be kept in their cookie."""
    picked = supported(request.query_params.get("lang"))
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
                if "content-language" not in headers:  # a feed says its own (its address's)
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


def told(error: TocsinError) -> str:
    """A refusal in the page's language, the countries it names in it too."""
    return error.told_in(gettext, current_language())
