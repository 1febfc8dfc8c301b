"""Webhooks as the domain sees them: what address may be given, the key and the signature.

The channel that posts (`tocsin.alerts.webhook`) and the service that records a subscriber's
webhook (`tocsin.network.subscribers`) share these rules; a receiver checks a post with the
same `sign`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from tocsin.domain.errors import InvalidInput
from tocsin.domain.wording import N_

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def new_secret() -> str:
    """The key a webhook's posts are signed with: 256 random bits, as hex."""
    return secrets.token_hex(32)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header's value, as a receiver computes it to check one."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def parse_webhook_url(url: str) -> str:
    """A webhook address as given by an analyst: https, or http to the machine itself (a
    local relay); with a host, and no user name or password in it."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise InvalidInput(N_("webhook_url: not a web address")) from None
    if len(url) > 500 or not parts.hostname or parts.username or parts.password:
        raise InvalidInput(N_("webhook_url: not a web address"))
    if parts.scheme == "http" and parts.hostname in LOOPBACK_NAMES:
        return url
    if parts.scheme != "https":
        raise InvalidInput(N_("webhook_url: use https (http only to this machine)"))
    return url
