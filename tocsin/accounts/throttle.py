"""Failed logins counted per account and address, per account, and per address, over a
sliding window.

Past a limit, further attempts are refused before the password is even checked, so guessing a
password online takes years rather than hours. The limit for one account from one address is
the tight one (`per_account`); the account's limit across all addresses is ten times it, which
still stops a guesser spread over many addresses, while a stranger who knows an analyst's
address cannot lock the analyst out from elsewhere by failing on purpose from one machine.
The address limit stops one address trying many accounts. A success clears the account's
counts. Counts live in the process (a restart forgets them), which is enough to make online
guessing impractical.
"""

from __future__ import annotations

import threading
import time
import unicodedata
from collections import defaultdict, deque

from tocsin.domain.errors import RateLimited
from tocsin.domain.wording import N_

#: How many times the per-address limit an account may fail across all addresses.
EVERYWHERE = 10


class LoginThrottle:
    def __init__(
        self, per_account: int = 10, per_client: int = 50, window_seconds: float = 900.0
    ) -> None:
        if per_account < 1 or per_client < 1:  # 0 would lock everyone out
            raise ValueError("login failure limits must be at least 1")
        self.limits = {
            "pair": per_account,
            "account": per_account * EVERYWHERE,
            "client": per_client,
        }
        self.window = window_seconds
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._swept = time.monotonic()

    def check(self, email: str, client: str) -> None:
        """Raise RateLimited if the account or the address has failed too often of late."""
        now = time.monotonic()
        with self._lock:
            for kind, key in self._keys(email, client):
                failures = self._recent(kind, key, now)
                if failures is not None and len(failures) >= self.limits[kind]:
                    wait = int(failures[0] + self.window - now) + 1
                    if kind == "client":
                        raise RateLimited(
                            N_("too many failed logins from this address; try again in {wait} s"),
                            wait=wait,
                        )
                    raise RateLimited(
                        N_("too many failed logins for this account; try again in {wait} s"),
                        wait=wait,
                    )

    def failed(self, email: str, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in self._keys(email, client):
                self._failures[key].append(now)
            self._sweep(now)

    def succeeded(self, email: str) -> None:
        account = _account(email)
        mine = account + "\n"
        with self._lock:
            self._failures.pop(("account", account), None)
            for key in [k for k in self._failures if k[0] == "pair" and k[1].startswith(mine)]:
                del self._failures[key]

    def _recent(self, kind: str, key: str, now: float) -> deque[float] | None:
        """The failures still in the window, or None; a login that never failed, or whose
        failures have all expired, keeps no entry (each held about a kilobyte for good)."""
        failures = self._failures.get((kind, key))
        if failures is None:
            return None
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if not failures:
            del self._failures[(kind, key)]
            return None
        return failures

    def _sweep(self, now: float) -> None:
        """Once a window, forget the counts whose failures have all expired: a guesser trying
        a new address or account each time must not grow the server's memory without end."""
        if now - self._swept < self.window:
            return
        self._swept = now
        for key in [k for k, f in self._failures.items() if not f or f[-1] <= now - self.window]:
            del self._failures[key]

    @staticmethod
    def _keys(email: str, client: str) -> list[tuple[str, str]]:
        account = _account(email)
        return [("pair", f"{account}\n{client}"), ("account", account), ("client", client)]


def _account(email: str) -> str:
    """One count per account, however its address is spelled: the login finds an account by
    the address in Unicode's composed form (`account_key`), so "c" + a combining cedilla is
    "ç", and counted apart, each spelling had a limit of its own."""
    return unicodedata.normalize("NFC", email.strip()).casefold()
