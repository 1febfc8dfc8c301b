"""Output paths checked before a long run, so that a typo costs a second, not the run."""

from __future__ import annotations

import os
from pathlib import Path

from tocsin.domain.errors import InvalidInput


def writable(path: Path | None, option: str) -> None:
    """Refuse an output file that could not be written: no such folder, a folder, no right."""
    if path is None:
        return
    folder = path.parent
    if path.is_dir():
        raise InvalidInput(f"{option}: {path} is a folder; give a file name")
    if not folder.is_dir():
        raise InvalidInput(f"{option}: cannot write {path}: there is no folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InvalidInput(f"{option}: cannot write {path}: permission denied")
