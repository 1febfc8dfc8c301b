"""Delivery channels: one small interface and a registry of implementations."""

from __future__ import annotations

from typing import Any, Protocol

from tocsin.config import Settings
from tocsin.store.models import Delivery


class DeliveryError(Exception):
    """A delivery attempt failed; `retryable` says whether trying later can help."""

    def __init__(self, message: str, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


class Channel(Protocol):
    """Sending is in two steps, so that no transaction is open while a server is waited on:
    `prepare` reads what it needs from the store while the delivery is claimed, `send` runs
    after that transaction has ended."""

    name: str

    def prepare(self, delivery: Delivery) -> Any:
        """What to send (a mail, say), composed from the delivery and what it refers to."""

    def send(self, outgoing: Any, deadline: float) -> None:
        """Deliver what `prepare` made, or raise DeliveryError. Must not touch the store, and
        must have given up by `deadline` (a `time.monotonic()` instant), when the delivery's
        claim may pass to another worker."""


_REGISTRY: dict[str, type] = {}


def register(name: str):  # type: ignore[no-untyped-def]
    def wrap(cls: type) -> type:
        _REGISTRY[name] = cls
        return cls

    return wrap


def build_channels(settings: Settings) -> dict[str, Channel]:
    from tocsin.alerts import email, webhook  # noqa: F401  (they register their channels)

    return {name: cls(settings) for name, cls in _REGISTRY.items()}
