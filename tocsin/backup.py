"""A backup of a running installation: the store's snapshot and the data folder's files.

Copying the data folder with `cp` while `serve` or the worker writes does not make a backup of
an SQLite store: the database file and its write-ahead log are copied at different moments,
and the copy can be corrupt (duplicate page references, rows missing from indexes) or lack
reports already acknowledged. SQLite's online backup copies one consistent snapshot while the
others go on writing. The snapshot is taken first and the files after it: attachments are
never removed or rewritten, so every attachment the snapshot names is in the copy. On
PostgreSQL the database is `pg_dump`'s to copy, before this command, for the same reason.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tocsin.domain.errors import InvalidInput
from tocsin.ingest.panel_lock import PanelsUnavailable
from tocsin.ingest.panels import PanelStore
from tocsin.store.uow import Store

#: What is not copied as a file: the store itself (snapshotted), its write-ahead log and lock
#: files, files still being written (`.part`), and the panels (copied in their turn).
_SKIPPED_SUFFIXES = (".lock", ".part", "-wal", "-shm", "-journal", ".wal")
SQLITE_NAME = "tocsin.sqlite"
PANELS_NAME = "panels.duckdb"


@dataclass(frozen=True)
class Backup:
    target: Path
    database: str  # "sqlite" (in the backup) or "postgresql" (pg_dump's to copy)
    files: int
    panels: str | None  # why the panels were left out (they can be rebuilt), or None


def back_up(store: Store, data_dir: Path, target: Path) -> Backup:
    """Copy the store (SQLite) and the data folder into `target`, a new or empty folder,
    while other processes keep working; `target` is then a data folder to restore from."""
    data_dir, target = Path(data_dir).resolve(), Path(target).resolve()
    if target.exists() and any(target.iterdir()):
        raise InvalidInput(f"{target} is not empty: a backup goes into a new or empty folder")
    if target == data_dir or data_dir in target.parents:
        raise InvalidInput(f"{target} is inside the data folder {data_dir}: choose another")
    target.mkdir(parents=True, exist_ok=True)
    if store.dialect == "sqlite":
        _snapshot_sqlite(Path(str(store.engine.url.database)), target / SQLITE_NAME)
    files = _copy_files(data_dir, target, skip={SQLITE_NAME, PANELS_NAME})
    panels = None
    if (data_dir / PANELS_NAME).exists():
        try:
            PanelStore.in_data_dir(data_dir).copy_to(store, target / PANELS_NAME)
        except PanelsUnavailable as exc:
            panels = str(exc)
    return Backup(target, store.dialect, files, panels)


def _snapshot_sqlite(source: Path, target: Path) -> None:
    """One consistent copy, whatever other connections write meanwhile (SQLite online backup,
    all pages in one step under one read transaction)."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30) as src:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()


def _copy_files(source: Path, target: Path, skip: set[str]) -> int:
    copied = 0
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_dir() or _skipped(relative, skip):
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copy2(path, destination)
        except FileNotFoundError:
            continue  # an upload imported and removed meanwhile
        copied += 1
    return copied


def _skipped(relative: Path, skip: set[str]) -> bool:
    name = relative.name
    if len(relative.parts) == 1 and any(name.startswith(s) for s in skip):
        return True
    return name.endswith(_SKIPPED_SUFFIXES) or name.startswith(".")
