"""The registry of coders: one name, one factory, no ``if kind == ...`` chains.

Built-in coders register themselves when their module is imported; :func:`load_builtin`
imports them. A deployment adds its own coder by calling :func:`register` with a new name (or
an existing one to replace a built-in) before the pipeline is first used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TypeVar

from tocsin.coding.base import Coder
from tocsin.domain.errors import NotFound

BUILTIN_MODULES = (
    "tocsin.coding.indicators",
    "tocsin.coding.incitement",
    "tocsin.coding.events",
    "tocsin.coding.places",
    "tocsin.coding.language",
)

_FACTORIES: dict[str, Callable[[], Coder]] = {}
F = TypeVar("F", bound=Callable[[], Coder])


def register(name: str) -> Callable[[F], F]:
    def decorator(factory: F) -> F:
        _FACTORIES[name] = factory
        return factory

    return decorator


def load_builtin() -> None:
    for module in BUILTIN_MODULES:
        importlib.import_module(module)


def names() -> list[str]:
    load_builtin()
    return sorted(_FACTORIES)


def create(name: str) -> Coder:
    load_builtin()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise NotFound(f"no coder named {name!r}; known: {', '.join(sorted(_FACTORIES))}") from None
    return factory()
