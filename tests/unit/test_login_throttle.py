"""Failed logins, counted per account and per client address."""

from __future__ import annotations

import pytest

from tocsin.accounts.throttle import LoginThrottle
from tocsin.domain.errors import RateLimited


def test_the_login_throttle_counts_failures_per_account_and_per_address():
    throttle = LoginThrottle(per_account=2, per_client=3, window_seconds=60)
    throttle.failed("a@example.org", "10.0.0.1")
    throttle.succeeded("A@example.org")  # a success clears the account's count
    throttle.failed("a@example.org", "10.0.0.1")
    throttle.check("a@example.org", "10.0.0.1")
    throttle.failed("a@example.org", "10.0.0.2")
    with pytest.raises(RateLimited, match="this account"):
        throttle.check("a@example.org", "10.0.0.9")
    throttle.failed("b@example.org", "10.0.0.1")
    with pytest.raises(RateLimited, match="this address"):
        throttle.check("c@example.org", "10.0.0.1")
    throttle.check("c@example.org", "10.0.0.3")
