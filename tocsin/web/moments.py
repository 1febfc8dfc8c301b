"""Moments on pages, with their zone written out.

The store keeps every moment in UTC, and a page that showed "2026-11-24 14:03" left a monitor
in Nairobi or an analyst in Geneva to guess whether that was their time or the server's. Each
moment is shown as "2026-11-24 14:03 UTC" inside a ``<time datetime="…Z">`` element, which
assistive technology and scripts read without guessing; no JavaScript converts it, so it
reads the same on a phone with scripts off. A day alone (a forecast "made 2026-11-24") is
left as it is: the UTC day.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from markupsafe import Markup, escape

NONE = "—"


def _utc(value: datetime | str | None) -> datetime | None:
    """A stored moment (a datetime, or the ISO text a model's metadata keeps) in UTC; a
    moment without a zone is one the store wrote, in UTC."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def moment(value: datetime | str | None) -> Markup | str:
    """'2026-11-24 14:03 UTC', as a ``<time>`` element; '—' for none."""
    at = _utc(value)
    if at is None:
        return NONE if value is None else str(value)
    return Markup('<time datetime="{}">{} UTC</time>').format(
        _stamp(at), at.strftime("%Y-%m-%d %H:%M")
    )


def mail_date(value: str | None) -> Markup | str:
    """A mail's Date header as its sender's program wrote it (with the sender's offset), and
    the same moment in UTC beside it, so that it can be set against the times Tocsin shows."""
    if not value:
        return NONE
    try:
        sent = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return value
    if sent.tzinfo is None:  # "-0000": the sender's program did not know its zone
        return value
    return Markup("{} ({})").format(escape(value), moment(sent))
