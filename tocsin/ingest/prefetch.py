"""Read ahead: parse and prepare the next batches while the current one is being written.

DuckDB's fetch and the database's write both spend most of their time outside the Python
interpreter lock (in DuckDB, in SQLite's step, in the PostgreSQL server), so on two cores a
reader thread one or two batches ahead overlaps the two instead of taking turns. The queue is
bounded, so memory stays at a few batches; an error in the reader surfaces in the caller.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
_DONE = object()


class Prefetch(Generic[T]):
    def __init__(self, produce: Callable[[], T | None], depth: int = 2) -> None:
        self._produce = produce
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tocsin-import-reader", daemon=True)
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                item = self._produce()
                if item is None:
                    break
                if not self._put(item):
                    return
        except BaseException as exc:  # handed to the consumer, which re-raises it
            self._put(exc)
            return
        self._put(_DONE)

    def __iter__(self) -> Iterator[T]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def close(self) -> None:
        """Stop reading ahead and wait for the reader to let go of its connection."""
        self._stop.set()
        self._thread.join(timeout=60)
