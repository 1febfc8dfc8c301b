"""Engines for the two supported stores: embedded SQLite (WAL) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

#: Seconds to wait for a PostgreSQL connection before the store counts as unreachable.
CONNECT_TIMEOUT = 5


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the web app read while the worker writes; foreign keys are off by default in
    # SQLite and must be switched on per connection.
    # The wait comes first: switching to WAL needs a lock another process may hold.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the driver we ship; plain postgresql:// URLs would ask for psycopg2,
        # and postgres:// (as many hosts write it) names no dialect SQLAlchemy knows.
        parsed = parsed.set(drivername="postgresql+psycopg")
        url = parsed.render_as_string(hide_password=False)
    if "connect_timeout" not in parsed.query:
        # A store that cannot be reached fails a request (and /healthz) in seconds, not after
        # the system's TCP timeout of minutes.
        kwargs.setdefault("connect_args", {}).setdefault("connect_timeout", CONNECT_TIMEOUT)
    return create_engine(url, pool_pre_ping=True, **kwargs)


def reachable(engine: Engine) -> bool:
    """Whether the store answers a ``SELECT 1`` now (within the connect timeout, and a short
    statement timeout on PostgreSQL): what `/healthz` tells an uptime monitor."""
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                connection.exec_driver_sql("SET LOCAL statement_timeout = 3000")
            connection.exec_driver_sql("SELECT 1")
    except OperationalError:
        return False
    return True
