"""The `tocsin` command: a thin shell over the services. Each family lives in its own module."""

from __future__ import annotations

from tocsin.cli.main import app, main

__all__ = ["app", "main"]
