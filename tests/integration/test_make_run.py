"""`make run` serves where it says, and the links it mails and feeds lead there too."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _serve_line(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """The command `make run` would serve with (a dry run: nothing installed or started)."""
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    out = subprocess.run(
        ["make", "-n", "run", *args],
        cwd=tmp_path,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return next(line for line in out.splitlines() if "tocsin serve" in line)


def test_make_run_on_another_port_links_to_that_port(tmp_path: Path) -> None:
    line = _serve_line(tmp_path, "PORT=8814")
    assert "--port 8814" in line
    assert "TOCSIN_BASE_URL=http://127.0.0.1:8814 " in line


def test_make_run_keeps_a_base_url_the_deployment_set(tmp_path: Path) -> None:
    line = _serve_line(tmp_path, "PORT=8814", env={"TOCSIN_BASE_URL": "https://ew.example.org"})
    assert "TOCSIN_BASE_URL" not in line
    (tmp_path / ".env").write_text("TOCSIN_BASE_URL=https://ew.example.org\n")
    assert "TOCSIN_BASE_URL" not in _serve_line(tmp_path, "PORT=8814")
