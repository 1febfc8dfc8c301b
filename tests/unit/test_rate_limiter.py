"""The per-sender limit on anonymous reports, subscriptions, exports and mailed reports."""

from __future__ import annotations

import time

import pytest

from tocsin.domain.errors import RateLimited
from tocsin.intake.ratelimit import RateLimiter, address_key


def test_senders_whose_requests_have_expired_are_forgotten():
    """Every address that ever sent kept its entry, a kilobyte apiece: a flood from ever new
    addresses grew the server's memory without end."""
    limiter = RateLimiter(2, window_seconds=0.05)
    for n in range(300):
        limiter.check(f"2001:db8:{n:x}::/64")
    time.sleep(0.1)
    limiter.check("203.0.113.9")
    assert list(limiter._hits) == ["203.0.113.9"]


def test_forgetting_the_expired_keeps_the_limit_of_the_recent():
    limiter = RateLimiter(1, window_seconds=0.2)
    limiter.check("203.0.113.9")
    time.sleep(0.25)
    limiter.check("198.51.100.4")  # a sweep: the first sender's request has expired
    limiter.check("203.0.113.9")
    with pytest.raises(RateLimited):
        limiter.check("203.0.113.9")


def test_addresses_are_counted_by_host_and_ipv6_by_its_64():
    assert address_key("203.0.113.9") == "203.0.113.9"
    assert address_key("2001:db8:5:7::1") == address_key("2001:db8:5:7:ffff::2")
    assert address_key("2001:db8:5:7::1") == "2001:db8:5:7::/64"
    assert address_key("2001:db8:5:8::1") != address_key("2001:db8:5:7::1")
    assert address_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert address_key("?") == "?"
