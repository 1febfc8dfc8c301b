"""The alerts as an Atom feed, for subscribers who follow a feed reader rather than e-mail.

The feed holds what `GET /api/v1/alerts` gives anyone: level changes and their reasons, never a
report or a reporter. It is built with ElementTree, which escapes every text it writes.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from tocsin.config import Settings
from tocsin.store.models import Alert
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import country_filter, get_settings, get_uow

router = APIRouter(include_in_schema=False)
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


# Characters XML 1.0 cannot hold at all, escaped or not: one in an analyst's reason would make
# the whole feed unreadable to every feed reader.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = _NOT_XML.sub("\ufffd", text)
    return element


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def atom_feed(alerts: list[Alert], base_url: str, self_url: str) -> bytes:
    """The newest alerts first; an entry's id never changes, so a reader shows it once."""
    host = base_url.split("//", 1)[-1].split("/", 1)[0]
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"tag:{host},2026:alerts")
    _text(feed, "title", "Tocsin alerts")
    newest = max((a.created_at for a in alerts), default=datetime.now(UTC))
    _text(feed, "updated", _stamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": self_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": base_url + "/"})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Tocsin")
    for alert in alerts:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"tag:{host},2026:alert-{alert.id}")
        _text(entry, "title", alert.title)
        _text(entry, "updated", _stamp(alert.created_at))
        page = f"{base_url}/situations/{alert.situation_id}" if alert.situation_id else base_url
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": page})
        _text(entry, "category", alert.country_iso3, term=alert.country_iso3)
        _text(entry, "content", alert.body, type="text")
    ET.register_namespace("", ATOM)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


@router.get("/alerts.atom")
def alerts_feed(
    request: Request,
    country: str | None = Depends(country_filter),
    uow: UnitOfWork = Depends(get_uow),
    settings: Settings = Depends(get_settings),
) -> Response:
    """All alerts, or one country's (`/alerts.atom?country=BFA`)."""
    alerts = uow.alerts.recent(limit=FEED_SIZE, country=country)
    base = settings.base_url.rstrip("/")
    self_url = base + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return Response(atom_feed(alerts, base, self_url), media_type="application/atom+xml")
