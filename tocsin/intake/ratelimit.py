"""A sliding-window limit per sender: a client address for the anonymous report form and API and
for anonymous event exports, an e-mail address for the SMTP endpoint."""

from __future__ import annotations

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


class RateLimiter:
    def __init__(self, limit: int, window_seconds: float = 3600.0, what: str = "reports") -> None:
        if limit < 1:  # a limit of 0 would refuse everyone; say so where it is set
            raise ValueError(f"a limit of {limit} {what} per window lets nothing through")
        self.limit = limit
        self.window = window_seconds
        self.what = what
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
                told = _TOLD.get(self.what, f"too many {self.what} from this address; {_WAIT}")
                raise RateLimited(told, wait=wait)
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
