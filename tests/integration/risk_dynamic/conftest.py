"""Fixtures of the escalation forecast's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from tocsin.cli import escalation
from tocsin.config import get_settings
from tocsin.store.uow import Store


@pytest.fixture
def cli(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[typer.Typer]:
    """The escalation commands, on a data folder whose database is `store`'s."""
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TOCSIN_DATABASE_URL", store.engine.url.render_as_string(False))
    get_settings.cache_clear()
    yield escalation.app
    get_settings.cache_clear()
