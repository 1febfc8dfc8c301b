"""The importers Tocsin knows, by dataset name: a registry rather than an if/elif chain.

Importer modules register themselves when imported; `importers()` imports the built-in ones
so that a caller never has to remember to.
"""

from __future__ import annotations

from importlib import import_module

from tocsin.domain.errors import NotFound
from tocsin.ingest.base import Importer

_REGISTRY: dict[str, type[Importer]] = {}
_BUILT_IN = ("acled", "ged", "gdelt", "custom")


def register(cls: type[Importer]) -> type[Importer]:
    """Class decorator: make an importer available under its dataset name."""
    _REGISTRY[cls.dataset] = cls
    return cls


def _load_built_in() -> None:
    for name in _BUILT_IN:
        import_module(f"tocsin.ingest.{name}")


def importers() -> dict[str, type[Importer]]:
    _load_built_in()
    return dict(_REGISTRY)


def get_importer(dataset: str) -> Importer:
    known = importers()
    if dataset not in known:
        raise NotFound(f"no importer for {dataset!r}; known: {', '.join(sorted(known))}")
    return known[dataset]()
