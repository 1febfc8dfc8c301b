"""Wiring: from settings to a ready Store. Entry points (web, worker, CLI) start here."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import uuid
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from tocsin.config import BadSettings, Settings, get_settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.taxonomy import Taxonomy, load_taxonomy
from tocsin.store.engine import make_engine
from tocsin.store.locks import store_lock
from tocsin.store.migrate import current_revision, is_current, known_revision, upgrade
from tocsin.store.models import DeploymentFact
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
    voids links already mailed and gives a redelivered old message a new reference; every
    process of one store must have the same (`same_secret_key`)."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


#: The store's row holding the fingerprint of the deployment's secret key.
KEY_FINGERPRINT = "secret_key_fingerprint"
#: PBKDF2 rounds: an operator's short TOCSIN_SECRET_KEY must not be guessable from the store.
_ROUNDS = 200_000


def same_secret_key(store: Store, settings: Settings, actor: str, new_key: bool = False) -> None:
    """Refuse to start with a key other than the deployment's. A `worker` with a data folder of
    its own on a shared PostgreSQL store would otherwise sign links with a key of its own, and
    every link it mailed would be "not valid". The first process records its key's fingerprint
    (salted and slow: the store never holds the key nor a quick check of a guess); `new_key`
    records this process's key instead, for a key changed on purpose."""
    key = secret_key(settings)
    with store_lock(store.engine, "secret-key"), store.uow(actor=actor) as uow:
        fact = uow.session.get(DeploymentFact, KEY_FINGERPRINT)
        if fact is not None and _fingerprint_of(key, fact.value):
            return
        if fact is not None and not new_key:
            raise BadSettings(_another_key(settings))
        if fact is None:
            uow.add(DeploymentFact(name=KEY_FINGERPRINT, value=_fingerprint(key)))
        else:
            fact.value = _fingerprint(key)
        uow.commit()


def _fingerprint(key: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", key.encode(), salt.encode(), _ROUNDS).hex()
    return f"pbkdf2_sha256${_ROUNDS}${salt}${digest}"


def _fingerprint_of(key: str, recorded: str) -> bool:
    _scheme, _rounds, salt, _digest = recorded.split("$")
    return hmac.compare_digest(_fingerprint(key, salt), recorded)


def _another_key(settings: Settings) -> str:
    source = (
        "TOCSIN_SECRET_KEY"
        if settings.secret_key
        else f"the file {str(Path(settings.data_dir).resolve() / 'secret_key')!r}"
    )
    return (
        f"TOCSIN_SECRET_KEY: this process's key (from {source}) is not the one the other "
        "processes of this store sign with, so the links it mailed would not be valid; give "
        "every serve, worker and intake the same TOCSIN_SECRET_KEY or the same TOCSIN_DATA_DIR "
        "(to change the key on purpose, run `tocsin init --new-secret-key`)"
    )


def install_id(settings: Settings) -> uuid.UUID:
    """This installation's own id, made once and kept in the data folder beside the secret key:
    what names its records to the outside (the Atom feed's ids) without its address, which a
    deployment changes. Losing the file gives the installation a new id."""
    path = Path(settings.data_dir) / "install_id"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = path.with_name(f".install_id.{os.getpid()}.{secrets.token_hex(4)}")
        fresh.write_text(f"{uuid.uuid4()}\n")
        try:
            os.link(fresh, path)  # atomic and refused if one was made meanwhile: one id wins
        except FileExistsError:
            pass
        finally:
            fresh.unlink()
    return uuid.UUID(path.read_text().strip())


def configured_taxonomy(settings: Settings) -> Taxonomy:
    """The taxonomy the coder will read. A broken file stops the process at start, naming the
    setting, instead of failing every report it is given one by one."""
    try:
        return load_taxonomy(settings.taxonomy_file)
    except InvalidInput as exc:
        raise BadSettings(f"TOCSIN_TAXONOMY_FILE: {exc}") from None


def same_taxonomy(store: Store, settings: Settings) -> None:
    """Refuse to serve or code reports with a taxonomy file the store has not loaded: the
    coder's suggestions and the analyst's ticks are stored against the store's current
    revision by code, so an edited file (a renumbered indicator) would give a code the
    other revision's meaning."""
    taxonomy = configured_taxonomy(settings)
    with store.uow(actor="system") as uow:
        current = uow.reference.current_revision()
    if current is not None and current != taxonomy.revision:
        named = str(settings.taxonomy_file) if settings.taxonomy_file else "the shipped file"
        raise BadSettings(
            f"TOCSIN_TAXONOMY_FILE: the taxonomy read from {named} is revision "
            f"{taxonomy.revision}, but the store's current revision is {current}; run "
            "`tocsin init` to load it (and restart every serve and worker of this store)"
        )
