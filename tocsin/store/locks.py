"""Locks shared by every process using one store: one migration at a time, one escalation
forecast at a time, however many `serve` and `worker` processes run.

PostgreSQL has advisory locks for this, held by a connection and let go if the process dies.
A SQLite store lives on one machine, so a lock on a file beside it does the same; SQLite's own
lock is no use here, as a waiter gives up after its busy timeout, shorter than the work.
"""

from __future__ import annotations

import fcntl
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine


@contextmanager
def store_lock(engine: Engine, name: str, wait: bool = True) -> Iterator[bool]:
    """Hold the lock `name` for the block; yields False (without waiting) when `wait` is off
    and another process holds it."""
    if engine.dialect.name == "postgresql":
        key = zlib.crc32(f"tocsin:{name}".encode())
        with engine.connect() as connection:
            if wait:
                connection.exec_driver_sql(f"SELECT pg_advisory_lock({key})")
                held = True
            else:
                held = bool(
                    connection.exec_driver_sql(f"SELECT pg_try_advisory_lock({key})").scalar()
                )
            connection.commit()
            try:
                yield held
            finally:
                if held:
                    connection.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
                    connection.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield True
        return
    with open(f"{database}.{name}.lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
