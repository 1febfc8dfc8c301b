"""Where trained coding models live: ``<data_dir>/models``, beside the store.

Models trained from a deployment's own data (ACLED exports, analysts' confirmations) are that
deployment's data, so they sit in the data folder and never in the package. They hold words
of the reports they learned from, so the folder is as private as the store itself.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import joblib

from tocsin.config import get_settings

log = logging.getLogger("tocsin.coding.storage")
T = TypeVar("T")


def model_dir() -> Path:
    return Path(get_settings().data_dir) / "models"


def save_atomically(payload: Any, path: Path) -> None:
    """Write to a temporary file and rename it into place: a coder reading the model while it
    is retrained sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(handle)
    try:
        joblib.dump(payload, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_trained(model: Any, path: Path, version: int, meta: dict[str, Any] | None = None) -> None:
    """A trained model with its format version and what it was trained on."""
    meta = {**(meta or {}), "saved_at": datetime.now(UTC).isoformat(timespec="seconds")}
    save_atomically({"format": version, "model": model, "meta": meta}, path)


def load_trained(path: Path, version: int) -> tuple[Any, dict[str, Any]]:
    """The model and its metadata; ValueError when another version of Tocsin wrote it, which
    :class:`ModelFile` turns into a warning and no model."""
    payload = joblib.load(path)
    if not isinstance(payload, dict) or payload.get("format") != version:
        raise ValueError(f"{path}: written by another version of Tocsin; retrain it")
    return payload["model"], payload.get("meta", {})


class ModelFile(Generic[T]):
    """A saved model that is read again when its file changes, so a long-running worker
    codes with what `tocsin code learn` or its own learning job wrote, without a restart."""

    def __init__(self, path: Path | None, load: Callable[[Path], T]) -> None:
        self.path = path
        self._load = load
        self._stamp: tuple[int, int] | None = None
        self._value: T | None = None

    def current(self) -> T | None:
        if self.path is None:
            return None
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._stamp, self._value = None, None
            return None
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._value = self._load(self.path)
            except ValueError as exc:
                # A model saved by another version must not stop the coding of reports: the
                # coder works without it, and says so, until it is retrained.
                log.warning("model not used: %s", exc)
                self._value = None
        return self._value
