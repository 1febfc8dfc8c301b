"""Delivery channels: one small interface and a registry of implementations."""

from __future__ import annotations

from typing import Protocol

from tocsin.config import Settings
from tocsin.store.models import Delivery


class DeliveryError(Exception):
    """A delivery attempt failed; `retryable` says whether trying later can help."""

    def __init__(self, message: str, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


class Channel(Protocol):
    name: str

    def send(self, delivery: Delivery) -> None:
        """Deliver or raise DeliveryError. Must not touch the store."""


_REGISTRY: dict[str, type] = {}


def register(name: str):  # type: ignore[no-untyped-def]
    def wrap(cls: type) -> type:
        _REGISTRY[name] = cls
        return cls

    return wrap


def build_channels(settings: Settings) -> dict[str, Channel]:
    from tocsin.alerts import email  # noqa: F401  (registers the e-mail channel)

    return {name: cls(settings) for name, cls in _REGISTRY.items()}
