"""Coders are built once per session: the sentence model and the gazetteer take seconds to load."""

from __future__ import annotations

import pytest

from tocsin.coding.events import EventTypeCoder
from tocsin.coding.incitement import IncitementDetector
from tocsin.coding.indicators import FoaCoder
from tocsin.coding.language import LanguageCoder
from tocsin.coding.pipeline import CodingPipeline
from tocsin.coding.places import PlaceCoder


@pytest.fixture(scope="session")
def foa() -> FoaCoder:
    return FoaCoder(model_dir=None)


@pytest.fixture(scope="session")
def pipeline(foa: FoaCoder) -> CodingPipeline:
    """Every built-in coder, untrained (no models read from a data folder)."""
    return CodingPipeline([foa, IncitementDetector(), EventTypeCoder(), PlaceCoder(),
                           LanguageCoder()])
