"""Helpers for the alert tests: a level raised by an analyst, a mail's text and links, and a
real SMTP server on loopback that answers from a script (greylisting, refusals)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

from tests.servers import Inbox, serving_smtp
from tocsin.accounts.service import Principal
from tocsin.risk.situations import ensure_situation, set_level
from tocsin.store.uow import Store


def raise_level(store: Store, analyst: Principal, iso3: str, level: str) -> int:
    """An analyst sets a country's level; the outbox gets the alert. Returns the alert's id."""
    with store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, iso3)
        uow.commit()
        set_level(uow, situation.id, level, "an analyst's judgement of the situation", analyst)
    with store.uow() as uow:
        return uow.alerts.recent(limit=1)[0].id


def text_of(message: Message) -> str:
    """The plain-text body, transfer encoding undone."""
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(message.get_content_charset() or "utf-8")


def link_in(text: str, path: str) -> str:
    """The path (and token) of the first link to `path` in a mail's text."""
    match = re.search(rf"https?://[^/\s]+({re.escape(path)}[^\s>]+)", text)
    assert match, f"no {path} link in:\n{text}"
    return match.group(1)


@dataclass
class ScriptedInbox(Inbox):
    """An inbox whose server gives the scripted replies first (at RCPT, at the end of DATA),
    then accepts. `seen` keeps every message sent to it, accepted or refused at DATA."""

    rcpt_replies: list[str] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)
    seen: list[Message] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.rcpt_replies:
            return self.rcpt_replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.seen.append(message_from_bytes(envelope.content))
        if self.data_replies:
            return self.data_replies.pop(0)
        return await super().handle_DATA(server, session, envelope)


@contextmanager
def scripted_smtp_server(
    rcpt_replies: list[str] | None = None, data_replies: list[str] | None = None
) -> Iterator[tuple[ScriptedInbox, int]]:
    inbox = ScriptedInbox(
        rcpt_replies=list(rcpt_replies or []), data_replies=list(data_replies or [])
    )
    with serving_smtp(inbox) as port:
        yield inbox, port
