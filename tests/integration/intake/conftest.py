"""Fixtures for the intake channels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tocsin.config import get_settings

SECRET = "intake-test-secret"


@pytest.fixture(autouse=True)
def deployment_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The secret key an e-mailed report's reference is keyed with, as a deployment sets it,
    rather than one generated into whatever folder the tests run in."""
    monkeypatch.setenv("TOCSIN_SECRET_KEY", SECRET)
    get_settings.cache_clear()
    yield SECRET
    get_settings.cache_clear()
