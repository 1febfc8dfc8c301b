"""Fixtures for the import tests: real reference files and a panel file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import shared_file
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
