"""Where trained coding models live: ``<data_dir>/models``, beside the store.

Models trained from a deployment's own data (ACLED exports, analysts' confirmations) are that
deployment's data, so they sit in the data folder and never in the package.
"""

from __future__ import annotations

from pathlib import Path

from tocsin.config import get_settings


def model_dir() -> Path:
    return Path(get_settings().data_dir) / "models"
