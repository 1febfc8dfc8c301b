"""Failed logins counted per account and per client address over a sliding window.

Past the limit, further attempts are refused before the password is even checked, so guessing
a password online takes years rather than hours. The account limit stops a guesser spread over
many addresses; the address limit stops one address trying many accounts. A success clears
the account's count. Counts live in the process (a restart forgets them), which is enough to
make online guessing impractical.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from tocsin.domain.errors import RateLimited


class LoginThrottle:
    def __init__(
        self, per_account: int = 10, per_client: int = 50, window_seconds: float = 900.0
    ) -> None:
        self.limits = {"account": per_account, "client": per_client}
        self.window = window_seconds
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, email: str, client: str) -> None:
        """Raise RateLimited if the account or the address has failed too often of late."""
        now = time.monotonic()
        with self._lock:
            for kind, key in self._keys(email, client):
                failures = self._recent(kind, key, now)
                if len(failures) >= self.limits[kind]:
                    wait = int(failures[0] + self.window - now) + 1
                    who = "this account" if kind == "account" else "this address"
                    raise RateLimited(f"too many failed logins for {who}; try again in {wait} s")

    def failed(self, email: str, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in self._keys(email, client):
                self._failures[key].append(now)

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(("account", _account(email)), None)

    def _recent(self, kind: str, key: str, now: float) -> deque[float]:
        failures = self._failures[(kind, key)]
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    @staticmethod
    def _keys(email: str, client: str) -> list[tuple[str, str]]:
        return [("account", _account(email)), ("client", client)]


def _account(email: str) -> str:
    return email.strip().casefold()
