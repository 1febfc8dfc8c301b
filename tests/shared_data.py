"""Access to the reference data in ../shared/data.

Tests read real published data from there. When a file is missing a developer's run skips,
but under CI (CI=true) the test fails loudly: CI always has the folder, so a missing file
there is a real fault, not a reason to pass quietly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared_file(relative: str) -> Path:
    """Path of a reference file, or skip/fail (under CI) when it is absent."""
    path = SHARED_DATA / relative
    if not path.exists():
        message = f"reference data missing: {path}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)  # outside CI only: a developer checkout without ../shared
    return path
