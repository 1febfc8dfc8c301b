"""The alerts as an Atom feed, for subscribers who follow a feed reader rather than e-mail.

The feed holds what `GET /api/v1/alerts` gives anyone: level changes and their reasons, never a
report or a reporter. It is built with ElementTree, which escapes every text it writes.

The feed is English unless its address asks for one of the pages' languages
(`/alerts.atom?lang=fr`): a feed reader sends no cookie and rarely a useful Accept-Language, so
the address alone says the language. A level change is then told in it, title, headline and
the rule's reasons alike; an alert from before its level change was linked to it (revision
0020) stays in the English it was written in.

Ids are ``urn:uuid:`` names derived from the installation's own id (kept in the data folder) and
the alert's id, not from TOCSIN_BASE_URL: a deployment that moves to its public address, or
adds a port, must not make every reader show every past alert again as new.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tocsin.alerts.outbox import told_alert
from tocsin.bootstrap import install_id
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.wording import DEFAULT, LANGUAGES, N_, translations
from tocsin.store.models import Alert, LevelChange
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import country_filter, get_settings, get_uow

router = APIRouter(include_in_schema=False)
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
FEED_TITLE = N_("Tocsin alerts")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# Characters XML 1.0 cannot hold at all, escaped or not: one in an analyst's reason would make
# the whole feed unreadable to every feed reader.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = _NOT_XML.sub("\ufffd", text)
    return element


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def feed_id(install: uuid.UUID, country: str | None, language: str = DEFAULT) -> str:
    """One id per feed: the all-countries feed and each country's are different feeds, and so
    is each language's (its entries keep their ids: the same alerts, told otherwise)."""
    name = f"alerts:{country or 'all'}" + (f":{language}" if language != DEFAULT else "")
    return uuid.uuid5(install, name).urn


def entry_id(install: uuid.UUID, alert_id: int) -> str:
    """An alert's id, the same in every feed that lists it and for as long as the install
    keeps its id."""
    return uuid.uuid5(install, f"alert:{alert_id}").urn


def atom_feed(
    alerts: list[Alert],
    base_url: str,
    self_url: str,
    install: uuid.UUID,
    country: str | None = None,
    language: str = DEFAULT,
    told: dict[int, dict[str, str]] | None = None,
) -> bytes:
    """The newest alerts first; an entry's id never changes, so a reader shows it once.
    ``told`` holds, by alert id, an alert's title and body in ``language``
    (`outbox.told_alert`); an alert not in it is given as stored."""
    told = told or {}
    asked = f"?lang={language}" if language != DEFAULT else ""
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: language})
    _text(feed, "id", feed_id(install, country, language))
    _text(feed, "title", translations(language).gettext(FEED_TITLE))
    newest = max((a.created_at for a in alerts), default=datetime.now(UTC))
    _text(feed, "updated", _stamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": self_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": f"{base_url}/{asked}"})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Tocsin")
    for alert in alerts:
        copy = told.get(alert.id)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        if copy is None and language != DEFAULT:
            entry.set(XML_LANG, DEFAULT)  # kept in English: say so to the reader
        _text(entry, "id", entry_id(install, alert.id))
        _text(entry, "title", copy["subject"] if copy else alert.title)
        _text(entry, "updated", _stamp(alert.created_at))
        page = f"{base_url}/situations/{alert.situation_id}" if alert.situation_id else base_url
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": page + asked})
        _text(entry, "category", alert.country_iso3, term=alert.country_iso3)
        _text(entry, "content", copy["body"] if copy else alert.body, type="text")
    ET.register_namespace("", ATOM)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def feed_language(lang: str | None = Query(None, max_length=20)) -> str:
    """The feed's language, from its address only; English when none is asked for."""
    if lang is None or not lang.strip():
        return DEFAULT
    if lang.strip().lower() not in LANGUAGES:
        raise InvalidInput("lang: one of {languages}", languages=", ".join(LANGUAGES))
    return lang.strip().lower()


def _told(uow: UnitOfWork, alerts: list[Alert], language: str) -> dict[int, dict[str, str]]:
    """The level changes among ``alerts``, told in ``language``."""
    if language == DEFAULT:
        return {}
    # One query for the changes and their situations, not two per entry.
    ids = [a.level_change_id for a in alerts if a.level_change_id is not None]
    list(
        uow.session.scalars(
            select(LevelChange)
            .where(LevelChange.id.in_(ids))
            .options(selectinload(LevelChange.situation))
        )
    )
    return {
        alert.id: told_alert(change.situation, change, language)
        for alert in alerts
        if (change := alert.level_change) is not None
    }


@router.get("/alerts.atom")
def alerts_feed(
    request: Request,
    country: str | None = Depends(country_filter),
    language: str = Depends(feed_language),
    uow: UnitOfWork = Depends(get_uow),
    settings: Settings = Depends(get_settings),
) -> Response:
    """All alerts, or one country's (`/alerts.atom?country=BFA`), in English or the language
    asked for (`?lang=fr`)."""
    alerts = uow.alerts.recent(limit=FEED_SIZE, country=country)
    base = settings.base_url.rstrip("/")
    self_url = base + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    told = _told(uow, alerts, language)
    feed = atom_feed(alerts, base, self_url, install_id(settings), country, language, told)
    # The language is the address's, whatever the page language of whoever opens it.
    headers = {"Content-Language": language}
    return Response(feed, media_type="application/atom+xml", headers=headers)
