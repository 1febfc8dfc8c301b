"""Wiring: from settings to a ready Store. Entry points (web, worker, CLI) start here."""

from __future__ import annotations

import secrets
from pathlib import Path

from tocsin.config import Settings, get_settings
from tocsin.store.engine import make_engine
from tocsin.store.migrate import is_current, upgrade
from tocsin.store.uow import Store


def open_store(settings: Settings | None = None, migrate: bool = False) -> Store:
    settings = settings or get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    if migrate:
        upgrade(engine)
    return Store(engine)


def store_is_current(store: Store) -> bool:
    return is_current(store.engine)


def secret_key(settings: Settings) -> str:
    """The cookie-signing key: from settings, else generated once and kept in the data folder."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()
