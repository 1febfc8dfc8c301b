"""A local SMTP endpoint that turns incoming mail into reports (aiosmtpd).

The server answers 250 only once the report is committed, so an acknowledged message is never
lost; a message that cannot become a report is refused with 550 and the reason, which the
sender's mail system returns to the sender; an unexpected fault answers 451 so it retries.
A sender over its hourly number of messages is told 451 too: its mail system tries again
later, so a flood is slowed without losing a report. Senders are counted twice: by the From
address, and by the connecting address (an IPv6 one by its /64), since From is whatever the
sender writes and a flood from one machine could otherwise give a new one with each message.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiosmtpd.controller import Controller

from tocsin.domain.errors import RateLimited, TocsinError
from tocsin.intake.attachments import AttachmentStore
from tocsin.intake.mail import MAX_MESSAGE, receive_message
from tocsin.intake.ratelimit import RateLimiter, address_key, sender_limiter
from tocsin.store.uow import Store

log = logging.getLogger("tocsin.intake.smtp")


class ReportMailHandler:
    def __init__(
        self,
        store: Store,
        file_store: AttachmentStore,
        accept_domains: tuple[str, ...] = (),
        limiter: RateLimiter | None = None,
        peer_limiter: RateLimiter | None = None,
    ) -> None:
        self.store = store
        self.file_store = file_store
        self.accept_domains = tuple(d.lower() for d in accept_domains)
        self.limiter = limiter
        self.peer_limiter = peer_limiter

    async def handle_MAIL(
        self,
        server: Any,
        session: Any,
        envelope: Any,
        address: str,  # noqa: N802
        mail_options: list[str],
    ) -> str:
        peer = _peer_address(session)
        try:
            # The connecting address first: a flood that changes From is stopped before its
            # ever new sender addresses are counted (and kept) one by one.
            if self.peer_limiter is not None:
                self.peer_limiter.check(address_key(peer))
            if self.limiter is not None:
                self.limiter.check(address.strip().lower())
        except RateLimited as exc:
            log.info("slowed a sender: %s from %s", address, peer)
            return f"451 4.7.1 {exc}"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: Any,
        session: Any,
        envelope: Any,
        address: str,  # noqa: N802
        rcpt_options: list[str],
    ) -> str:
        domain = address.rsplit("@", 1)[-1].lower()
        if self.accept_domains and domain not in self.accept_domains:
            return "550 5.1.1 not a report address here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        content = envelope.original_content or envelope.content
        loop = asyncio.get_running_loop()
        try:
            reference = await loop.run_in_executor(
                None, receive_message, self.store, bytes(content), self.file_store
            )
        except TocsinError as exc:
            log.info("refused a report by e-mail: %s", exc)
            return f"550 5.6.0 {str(exc)[:400]}"
        except Exception:
            log.exception("could not store a report by e-mail")
            return "451 4.3.0 temporary failure, try again later"
        log.info("report %s received by e-mail", reference)
        return f"250 2.0.0 report received as {reference}"


def _peer_address(session: Any) -> str:
    """The connecting address: ``session.peer`` is (host, port), or a longer tuple for IPv6."""
    peer = getattr(session, "peer", None)
    if isinstance(peer, tuple | list) and peer:
        return str(peer[0])
    return str(peer or "?")


def start_endpoint(
    store: Store,
    file_store: AttachmentStore,
    host: str,
    port: int,
    accept_domains: tuple[str, ...] = (),
    per_sender_per_hour: int | None = None,
    per_peer_per_hour: int | None = None,
) -> Controller:
    """``per_sender_per_hour``: messages one From address may send in an hour;
    ``per_peer_per_hour``: messages one connecting address may send (None: any)."""
    limiter = sender_limiter(per_sender_per_hour or 0)
    peer_limiter = (
        RateLimiter(per_peer_per_hour, what="messages", source="this network address")
        if per_peer_per_hour
        else None
    )
    handler = ReportMailHandler(store, file_store, accept_domains, limiter, peer_limiter)
    controller = Controller(
        handler, hostname=host, port=port, data_size_limit=MAX_MESSAGE, decode_data=False
    )
    controller.start()
    return controller
