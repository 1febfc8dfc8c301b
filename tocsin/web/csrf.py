"""CSRF tokens masked afresh in every response, so that pages can be sent compressed.

A compressed HTTPS response leaks, through its length, whether text an attacker placed in the
page (a reflected query, a report's words) repeats a secret beside it: the BREACH attack, which
recovers a secret byte by byte over a few thousand requests. The session's token is therefore
never written into a page as it is: each response carries it XOR-ed with a fresh random pad, pad
first (the approach Django takes). Two responses never share the text of the token, so there is
nothing for the lengths to converge on, and the check unmasks what comes back.
"""

from __future__ import annotations

import base64
import binascii
import secrets


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def mask(secret: str) -> str:
    """The secret as one response writes it: a random pad, then the secret XOR the pad."""
    raw = secret.encode()
    pad = secrets.token_bytes(len(raw))
    return base64.urlsafe_b64encode(pad + _xor(pad, raw)).decode().rstrip("=")


def unmask(sent: str) -> str | None:
    """The secret a masked token carries; None when it is not a masked token at all."""
    try:
        data = base64.urlsafe_b64decode(sent + "=" * (-len(sent) % 4))
    except (binascii.Error, ValueError):
        return None
    if not data or len(data) % 2:
        return None
    half = len(data) // 2
    try:
        return _xor(data[:half], data[half:]).decode()
    except UnicodeDecodeError:
        return None


def matches(secret: str, sent: str) -> bool:
    """Whether a submitted token carries the session's secret. The bare secret is accepted too:
    a form opened before masking began (a page left open across an upgrade) still posts."""
    if secrets.compare_digest(secret.encode(), sent.encode()):
        return True
    unmasked = unmask(sent)
    return unmasked is not None and secrets.compare_digest(secret.encode(), unmasked.encode())
