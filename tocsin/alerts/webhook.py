"""The webhook channel: a subscriber's alerts posted as signed JSON to a partner's system.

A partner (a coalition member's case tracker, a relay into a chat room) takes alerts as data
rather than mails. Each alert is posted once per delivery, with its id in `X-Tocsin-Delivery`
(the same on a retry, so the receiver can drop a second copy) and a signature the receiver
checks with the key the analyst gave it: `X-Tocsin-Signature: sha256=<hex>`, the HMAC-SHA256
of `<X-Tocsin-Timestamp>.<body>`. The timestamp is in what is signed so that a copy replayed
later is told from a fresh one.

What the answer means decides whether a retry can help: a 2xx is delivered; a 429, a 5xx, a
timeout or a refused connection is retried on the outbox's policy; any other answer fails the
delivery at once (a 404 will not mend itself), and a redirect is not followed (it could lead
anywhere, the deployment's own network included).

The address is checked when it is given (https, or http to the machine itself) and again
before each post: a name that resolves to a loopback, private, link-local or reserved address
is refused unless `TOCSIN_WEBHOOK_ALLOW_PRIVATE` says a relay there is meant, so that a
webhook cannot be used to reach services behind the deployment's firewall.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from tocsin import __version__
from tocsin.alerts.channels import DeliveryError, register
from tocsin.config import Settings
from tocsin.domain.webhooks import sign
from tocsin.store.models import Delivery

SIGNATURE = "X-Tocsin-Signature"
TIMESTAMP = "X-Tocsin-Timestamp"
DELIVERY = "X-Tocsin-Delivery"


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


def check_destination(url: str, allow_private: bool) -> None:
    """Refuse a post whose host resolves to an address inside a network (unless allowed)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        found = socket.getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise DeliveryError(f"webhook host {host!r} does not resolve: {exc}") from exc
    if allow_private:
        return
    inside = sorted({str(info[4][0]) for info in found if not _public(str(info[4][0]))})
    if inside:
        raise DeliveryError(
            f"webhook host {host!r} resolves to {', '.join(inside)}, inside a private network;"
            " set TOCSIN_WEBHOOK_ALLOW_PRIVATE=true if a relay there is meant",
            retryable=False,
        )


@dataclass(frozen=True)
class Post:
    url: str
    body: bytes
    headers: dict[str, str]


def alert_document(delivery: Delivery, settings: Settings) -> dict[str, Any]:
    """What is posted for an alert: its facts, and its title and text in the subscriber's
    language (as the mail would have said them)."""
    alert = delivery.alert
    assert alert is not None, "a webhook delivery without its alert"
    told = delivery.payload or {}
    change = alert.level_change
    base = settings.base_url.rstrip("/")
    return {
        "delivery": delivery.message_id,
        "alert_id": alert.id,
        "kind": alert.kind,
        "created_at": alert.created_at.isoformat(),
        "country": alert.country_iso3,
        "situation_id": alert.situation_id,
        "level": alert.level,
        "from_level": change.from_level if change is not None else None,
        "language": told.get("language", "en"),
        "title": told.get("subject", alert.title),
        "text": told.get("body", alert.body),
        "url": f"{base}/situations/{alert.situation_id}" if alert.situation_id else base,
    }


@register("webhook")
class WebhookChannel:
    name = "webhook"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def prepare(self, delivery: Delivery) -> Post:
        subscriber = delivery.subscriber
        if subscriber is None or not subscriber.webhook_url or not subscriber.webhook_secret:
            raise DeliveryError("the subscriber has no webhook any more", retryable=False)
        body = json.dumps(alert_document(delivery, self.settings), ensure_ascii=False).encode()
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": f"Tocsin/{__version__}",
            DELIVERY: delivery.message_id,
            TIMESTAMP: timestamp,
            SIGNATURE: sign(subscriber.webhook_secret, timestamp, body),
        }
        return Post(subscriber.webhook_url, body, headers)

    def send(self, outgoing: Post, deadline: float) -> None:
        check_destination(outgoing.url, self.settings.webhook_allow_private)
        timeout = min(self.settings.webhook_timeout, max(deadline - time.monotonic(), 0.1))
        try:
            answer = httpx.post(
                outgoing.url,
                content=outgoing.body,
                headers=outgoing.headers,
                timeout=timeout,
                follow_redirects=False,
            )
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook unreachable: {exc}") from exc
        if answer.is_success:
            return
        retryable = answer.status_code == 429 or answer.status_code >= 500
        what = "a redirect, not followed" if answer.is_redirect else answer.reason_phrase
        raise DeliveryError(f"webhook answered {answer.status_code} ({what})", retryable)
