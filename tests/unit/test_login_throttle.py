"""Failed logins, counted per account and address, per account, and per client address."""

from __future__ import annotations

import pytest

from tocsin.accounts.throttle import EVERYWHERE, LoginThrottle
from tocsin.domain.errors import RateLimited


def test_the_login_throttle_counts_failures_per_account_and_per_address():
    throttle = LoginThrottle(per_account=2, per_client=3, window_seconds=60)
    throttle.failed("a@example.org", "10.0.0.1")
    throttle.succeeded("A@example.org")  # a success clears the account's count
    throttle.failed("a@example.org", "10.0.0.1")
    throttle.check("a@example.org", "10.0.0.1")
    throttle.failed("a@example.org", "10.0.0.1")
    with pytest.raises(RateLimited, match="this account"):
        throttle.check("a@example.org", "10.0.0.1")
    throttle.failed("b@example.org", "10.0.0.1")
    with pytest.raises(RateLimited, match="this address"):
        throttle.check("c@example.org", "10.0.0.1")
    throttle.check("c@example.org", "10.0.0.3")


def test_a_stranger_cannot_lock_an_analyst_out_from_elsewhere():
    throttle = LoginThrottle(per_account=3, per_client=50, window_seconds=60)
    for _ in range(3):
        throttle.failed("analyst@example.org", "203.0.113.9")
    with pytest.raises(RateLimited):
        throttle.check("analyst@example.org", "203.0.113.9")
    throttle.check("analyst@example.org", "198.51.100.4")  # the analyst's own machine


def test_guessing_spread_over_many_addresses_is_still_stopped():
    throttle = LoginThrottle(per_account=3, per_client=50, window_seconds=60)
    for n in range(3 * EVERYWHERE):
        throttle.failed("analyst@example.org", f"10.0.{n // 250}.{n % 250}")
    with pytest.raises(RateLimited, match="this account"):
        throttle.check("analyst@example.org", "198.51.100.4")
    throttle.succeeded("analyst@example.org")
    throttle.check("analyst@example.org", "10.0.0.0")


def test_an_address_spelled_with_combining_accents_is_the_same_account():
    """The login finds "c" + U+0327 as the account "ç": its failures count as that account's."""
    throttle = LoginThrottle(per_account=2, per_client=50, window_seconds=60)
    composed = "çelik@example.org"
    for _ in range(2):
        throttle.failed(composed, "203.0.113.9")
    for spelling in ("c\u0327elik@example.org", "C\u0327ELIK@example.org"):
        with pytest.raises(RateLimited, match="this account"):
            throttle.check(spelling, "203.0.113.9")


def test_expired_counts_are_forgotten_so_new_addresses_cannot_fill_memory():
    """Each account and address tried kept its entry for good, a kilobyte apiece: a guesser
    trying a new account from a new address each time grew the server without end."""
    import time

    throttle = LoginThrottle(per_account=3, per_client=50, window_seconds=0.05)
    for n in range(200):
        throttle.check(f"guess{n}@example.org", f"2001:db8:{n:x}::/64")
        throttle.failed(f"guess{n}@example.org", f"2001:db8:{n:x}::/64")
    time.sleep(0.1)
    throttle.failed("last@example.org", "203.0.113.9")
    assert len(throttle._failures) == 3, "only the last failure's counts are left"
    for n in range(200):  # checking a clean login keeps nothing either
        throttle.check(f"fresh{n}@example.org", "198.51.100.4")
    assert len(throttle._failures) == 3
