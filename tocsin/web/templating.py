"""Jinja2 templates with one shared layout; autoescaping is on for every page."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from babel import Locale, UnknownLocaleError
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from tocsin.alerts.outbox import told_alert
from tocsin.domain.levels import Level
from tocsin.domain.reasons import parts_of, told_reasons
from tocsin.domain.reports import CHANNEL_NAMES
from tocsin.domain.roles import Permission, can
from tocsin.domain.wording import DEFAULT, situation_name_in
from tocsin.risk.escalation.labels import readable_drivers
from tocsin.store.models import Alert
from tocsin.web import languages
from tocsin.web.deps import csrf_token
from tocsin.web.moments import mail_date, moment

templates = Jinja2Templates(
    env=Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
    )
)
templates.env.globals["Level"] = Level
# Every page's words are looked up in the visitor's language (see `languages`); newstyle
# calls escape what they fill in and take named values: _("Page %(n)s", n=page).
templates.env.install_gettext_callables(  # type: ignore[attr-defined]
    languages.gettext, languages.ngettext, newstyle=True
)


def in_language(request: Request, language: str) -> str:
    """This page in another language: a link of its query alone (its other parameters kept),
    so that the path, which anyone can write into a link, is never echoed into the page."""
    return "?" + request.url.include_query_params(lang=language).query


templates.env.globals["in_language"] = in_language


def translated(message: object) -> str:
    """A message made elsewhere (a route's refusal, a status),
    looked up as it stands: `_()` would read a "%" in it as a placeholder. An empty message
    stays empty (gettext would answer the catalog's header)."""
    text = str(message)
    return languages.gettext(text) if text else text


templates.env.filters["translated"] = translated

# The levels as pages name them, for the catalogs (`Level.label`).
LEVEL_LABELS = (
    languages.N_("watch"),
    languages.N_("serious concern"),
    languages.N_("imminent risk"),
    languages.N_("current crisis"),
)
# Roles and report statuses as pages name them.
ROLE_AND_STATUS_NAMES = (
    languages.N_("public"),
    languages.N_("monitor"),
    languages.N_("analyst"),
    languages.N_("admin"),
    languages.N_("received"),
    languages.N_("in review"),
    languages.N_("verified"),
    languages.N_("rejected"),
    languages.N_("published"),
)


# An indicator signal's statuses, as the review page lists a report's signals.
SIGNAL_STATUSES = (
    languages.N_("suggested"),
    languages.N_("confirmed"),
    languages.N_("rejected"),
    languages.N_("withdrawn"),
)
# How reports came in, and the ways one report bears on another, as the review pages name them.
LINK_KIND_NAMES = {
    "corroborates": languages.N_("corroborates"),
    "contradicts": languages.N_("contradicts"),
    "same_incident": languages.N_("same incident"),
}
# The event types (ACLED's names, which the data and the API keep) as the review page lists them.
EVENT_TYPE_NAMES = (
    languages.N_("Battles"),
    languages.N_("Explosions/Remote violence"),
    languages.N_("Violence against civilians"),
    languages.N_("Riots"),
    languages.N_("Protests"),
    languages.N_("Strategic developments"),
)


def status_name(value: object) -> str:
    """A report's or a job's status in the page's language ("in_review" -> "in review")."""
    return translated(str(value).replace("_", " "))


def named(names: dict[str, str]) -> Any:
    """A filter naming a stored value in the page's language; a value it does not know stays
    as stored."""
    return lambda value: languages.gettext(names[value]) if value in names else str(value)


def language_name(code: str, fallback: str) -> str:
    """A report's language named in the page's language (the CLDR's name), else ``fallback``."""
    language = languages.current_language()
    if language == DEFAULT:
        return fallback
    try:
        return Locale.parse(language).languages.get(code) or fallback
    except (ValueError, UnknownLocaleError):
        return fallback


templates.env.filters["status_name"] = status_name
templates.env.filters["channel_name"] = named(CHANNEL_NAMES)
templates.env.filters["link_kind"] = named(LINK_KIND_NAMES)
templates.env.filters["language_name"] = language_name


def level_label(value: str) -> str:
    try:
        return languages.gettext(Level(value).label)
    except ValueError:
        return value


templates.env.filters["level_label"] = level_label
# An escalation forecast's drivers in the page's language (the API and the exports keep the
# English); the onset drivers come told from the route (`onset_drivers(told=...)`).
templates.env.filters["escalation_drivers"] = lambda explanation: readable_drivers(
    explanation, told=languages.gettext
)
# A level change's reasons in the page's language: the rule's told, an analyst's as written.
templates.env.filters["told_reasons"] = lambda reasons, parts: told_reasons(
    reasons, parts, languages.gettext, languages.current_language(), languages.ngettext
)
# One phrase the rule composed (a forecast's horizon, "three months"), in the page's language.
templates.env.filters["told_reason"] = lambda reason: told_reasons(
    [reason],
    parts_of([reason]),
    languages.gettext,
    languages.current_language(),
    languages.ngettext,
)[0]


def situation_name(situation: Any) -> str:
    """A situation's name in the page's language: a whole country's as the CLDR names it, a
    region's as written; English as stored. The pages give a situation as a row or as its
    view (a dict)."""
    field = situation.get if isinstance(situation, dict) else partial(getattr, situation)
    return situation_name_in(
        languages.current_language(),
        field("country_iso3", ""),
        field("name", ""),
        field("admin1", None),
    )


templates.env.filters["situation_name"] = situation_name
# A country in the page's language, given its code and its name as stored (English as stored).
templates.env.filters["country_name"] = lambda iso3, name: situation_name_in(
    languages.current_language(), iso3 or "", name
)


def country_names(names: list[str], codes: dict[str, str] | None) -> str:
    """Countries listed by their data's names (EWP's), each in the page's language where its
    code is known (`codes`: name -> ISO code; absent from issues kept before it was)."""
    language, codes = languages.current_language(), codes or {}
    return ", ".join(situation_name_in(language, codes.get(name, ""), name) for name in names)


templates.env.filters["country_names"] = country_names


def alert_title(alert: Alert) -> str:
    """An alert's title in the page's language when it tells of a level change; as stored
    (English) otherwise."""
    change, language = alert.level_change, languages.current_language()
    if change is None or language == languages.DEFAULT:
        return alert.title
    return told_alert(change.situation, change, language)["subject"]


templates.env.filters["alert_title"] = alert_title


def feed_url(country: str | None = None) -> str:
    """The alerts feed (all countries', or one's) in the page's language: English unless the
    page is in another (`/alerts.atom?lang=fr`)."""
    query = {"country": country} if country else {}
    language = languages.current_language()
    if language != languages.DEFAULT:
        query["lang"] = language
    return "/alerts.atom" + ("?" + urlencode(query) if query else "")


templates.env.globals["feed_url"] = feed_url
templates.env.filters["moment"] = moment
templates.env.filters["mail_date"] = mail_date


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    principal = getattr(request.state, "principal", None)
    context.setdefault("principal", principal)
    context["csrf_token"] = csrf_token(request)
    context["can_review"] = principal is not None and can(principal.role, Permission.REVIEW_REPORTS)
    context["can_manage_forms"] = principal is not None and can(
        principal.role, Permission.MANAGE_FORMS
    )
    language = languages.current_language()
    context["lang"] = language
    context["text_direction"] = "rtl" if language in languages.RIGHT_TO_LEFT else "ltr"
    context["page_languages"] = languages.LANGUAGES
    context["can_import"] = principal is not None and can(principal.role, Permission.IMPORT_EVENTS)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(
        request,
        "error.html",
        status_code=status_code,
        message=languages.gettext(message),
        status=status_code,
    )
