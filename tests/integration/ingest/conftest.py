"""Fixtures for the import tests: real reference files and a panel file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from tests.shared_data import shared_file
from tocsin.cli import export, imports
from tocsin.config import get_settings
from tocsin.ingest.panels import PanelStore


@pytest.fixture
def benin() -> Path:
    return shared_file("events/acled/acled_benin_2022.csv")


@pytest.fixture
def burkina() -> Path:
    return shared_file("events/acled/acled_burkina_faso_1997-2020.csv")


@pytest.fixture
def legacy_asia() -> Path:
    return shared_file("events/acled/acled_asia_2015-2016_legacy.csv")


@pytest.fixture
def ged191() -> Path:
    return shared_file("events/ged/ged191_myanmar_bangladesh_1989-2018.csv")


@pytest.fixture
def panels(tmp_path: Path) -> PanelStore:
    return PanelStore(tmp_path / "panels.duckdb")


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[typer.Typer]:
    """`tocsin import` and `tocsin export` on a store of their own in a temporary folder."""
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TOCSIN_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    app = typer.Typer()
    app.add_typer(imports.app, name="import")
    app.add_typer(export.app, name="export")
    yield app
    get_settings.cache_clear()
