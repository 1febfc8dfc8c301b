"""Wiring: from settings to a ready Store. Entry points (web, worker, CLI) start here."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from tocsin.config import BadSettings, Settings, get_settings
from tocsin.store.engine import make_engine
from tocsin.store.migrate import current_revision, is_current, known_revision, upgrade
from tocsin.store.uow import Store


def open_store(settings: Settings | None = None, migrate: bool = False) -> Store:
    """The store, reachable and not newer than this code, migrated when asked. A fault of
    the deployment is a `BadSettings` naming the TOCSIN_* variable to look at."""
    settings = settings or get_settings()
    _usable_data_dir(settings.data_dir)
    engine = make_engine(settings.resolved_database_url)
    try:
        _not_newer(engine)
        if migrate:
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True)
        cause = str(exc.orig or exc).strip().splitlines()[0]
        raise BadSettings(
            f"TOCSIN_DATABASE_URL: cannot use the database at {where}: {cause}"
        ) from None
    return Store(engine)


def _usable_data_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadSettings(
            f"TOCSIN_DATA_DIR is {str(path)!r}: cannot make it the data folder ({exc.strerror})"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise BadSettings(f"TOCSIN_DATA_DIR is {str(path)!r}: the folder is not writable")


def _not_newer(engine: Engine) -> None:
    revision = current_revision(engine)
    if revision is not None and not known_revision(engine, revision):
        raise BadSettings(
            f"this store was made by a newer version of Tocsin (revision {revision}); "
            "upgrade Tocsin"
        )


def store_is_current(store: Store) -> bool:
    return is_current(store.engine)


def secret_key(settings: Settings) -> str:
    """The deployment's key (cookies, subscription links, e-mailed reports' references): from
    settings, else generated once and kept in the data folder. Changing it ends sessions,
    voids links already mailed and gives a redelivered old message a new reference."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()
