"""A sliding-window limit per sender: a client address for the anonymous report form and API and
for anonymous event exports; for the SMTP endpoint, the connecting address and the From
address each."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import defaultdict, deque

from tocsin.domain.errors import RateLimited
from tocsin.domain.wording import N_

_WAIT = "try again in {wait} s"
# The refusals a page tells in its reader's language, by what is limited.
_TOLD = {
    "reports": N_("too many reports from this address; try again in {wait} s"),
    "exports": N_("too many exports from this address; try again in {wait} s"),
    "subscription requests": N_(
        "too many subscription requests from this address; try again in {wait} s"
    ),
}


def address_key(address: str) -> str:
    """What a per-address limit counts by: the address, an IPv6 one by its /64. One home line
    or phone is given a whole /64 and may take any address in it, so counted by the address
    an IPv6 client had a fresh limit with every request (logs keep the address itself)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return address


class RateLimiter:
    def __init__(
        self,
        limit: int,
        window_seconds: float = 3600.0,
        what: str = "reports",
        source: str = "this address",
    ) -> None:
        if limit < 1:  # a limit of 0 would refuse everyone; say so where it is set
            raise ValueError(f"a limit of {limit} {what} per window lets nothing through")
        self.limit = limit
        self.window = window_seconds
        self.what = what
        self.source = source
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._swept = time.monotonic()

    def check(self, key: str) -> None:
        now = time.monotonic()
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                wait = int(hits[0] + self.window - now) + 1
                told = _TOLD.get(self.what) if self.source == "this address" else None
                template = told or f"too many {self.what} from {self.source}; {_WAIT}"
                raise RateLimited(template, wait=wait)
            hits.append(now)
            self._sweep(now)

    def _sweep(self, now: float) -> None:
        """Once a window, forget the senders with no request left in it: each kept about a
        kilobyte for good, so a flood from ever new addresses grew the server without end."""
        if now - self._swept < self.window:
            return
        self._swept = now
        for key in [
            k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window
        ]:
            del self._hits[key]


def sender_limiter(per_hour: int) -> RateLimiter | None:
    """The per-From limit of mailed reports (``TOCSIN_EMAIL_REPORTS_PER_HOUR``; 0: none)."""
    return (
        RateLimiter(per_hour, what="messages", source="this sender address") if per_hour else None
    )
