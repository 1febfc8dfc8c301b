"""One process at a time on the panel file, however many imports, `serve`s and workers run.

DuckDB lets one process open a database file for writing, and a second one fails at once
("Could not set lock on file"). An import's refresh, `tocsin import panels` and the reading of
the panels for `tocsin escalation run` therefore take turns under a store lock, waiting a
bounded time: a refresh takes seconds, and a rebuild of every event a minute or two.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from sqlalchemy import Engine

from tocsin.domain.errors import TocsinError
from tocsin.store.locks import store_lock

#: How long a process waits for another one's turn before giving up.
WAIT_SECONDS = 300.0
_POLL_SECONDS = 0.2
_held = threading.local()  # panel files this thread holds the turn on: nested calls go on


class PanelsUnavailable(TocsinError):
    """The panels could not be read or written now; the events in the store are unchanged."""

    status_code = 503


@contextmanager
def panels_turn(engine: Engine, path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the panels' turn for the block (re-entrant within a thread). Raises
    PanelsUnavailable after `wait` seconds (`WAIT_SECONDS`), or when DuckDB cannot open the
    file (a process that does not take turns, such as a DuckDB shell, holds it)."""
    wait = WAIT_SECONDS if wait is None else wait
    held: set[str] = _held.__dict__.setdefault("paths", set())
    key = str(Path(path).resolve())
    if key in held:
        yield
        return
    deadline = time.monotonic() + wait
    while True:
        with store_lock(engine, "panels", wait=False) as got:
            if got:
                held.add(key)
                try:
                    yield
                except duckdb.Error as exc:
                    raise PanelsUnavailable(
                        f"the panels in {path} could not be used: {_first(exc)}{_remedy(exc)}"
                    ) from exc
                finally:
                    held.discard(key)
                return
        if time.monotonic() >= deadline:
            raise PanelsUnavailable(
                f"the panels are in use by another process (waited {wait:g} s); "
                "try again once it is done"
            )
        time.sleep(_POLL_SECONDS)


def _remedy(exc: Exception) -> str:
    """What to do about a file DuckDB cannot read (corrupt, truncated by a full disk): the
    panels are derived from the events, so rebuilding them loses nothing. A file locked by
    another program is its own case: that program has to let go first."""
    if "could not set lock" in str(exc).lower():
        return ""
    return "; `tocsin import panels` builds them again from the events"


def _first(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
