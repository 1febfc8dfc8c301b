"""Domain errors printed as one clear line, without a traceback, and a non-zero exit."""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from tocsin.domain.errors import TocsinError

F = TypeVar("F", bound=Callable[..., Any])
err_console = Console(stderr=True)


def _report(exc: Exception) -> None:
    """One line however narrow the terminal (a wrapped path cannot be copied), and the
    message as plain text: a "[...]" in a file name is not markup."""
    message = Text("error: ", style="bold red") + Text(str(exc))
    err_console.print(message, soft_wrap=True, highlight=False)


def friendly(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TocsinError as exc:
            _report(exc)
            raise typer.Exit(code=2) from None

    return wrapper  # type: ignore[return-value]


def friendly_files(func: F) -> F:
    """As :func:`friendly`, also for commands reading user files: unreadable or unwritable
    paths (``OSError``), malformed values (``ValueError``) and malformed CSV (``csv.Error``)
    are input errors there too."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (TocsinError, OSError, ValueError, csv.Error) as exc:
            _report(exc)
            raise typer.Exit(code=2) from None

    return wrapper  # type: ignore[return-value]
