"""How often a subscriber is sent a summary of their countries, beside the alerts."""

from __future__ import annotations

from tocsin.domain.errors import InvalidInput
from tocsin.domain.wording import N_

NONE = "none"
WEEKLY = "weekly"
DIGESTS = (NONE, WEEKLY)


def parse_digest(value: str) -> str:
    if value not in DIGESTS:
        raise InvalidInput(N_("digest: none or weekly"))
    return value
