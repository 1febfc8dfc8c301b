"""`python -m tocsin` is the `tocsin` command, for a machine where the script is not on PATH."""

from __future__ import annotations

import subprocess
import sys


def test_python_dash_m_tocsin_runs_the_command_line():
    out = subprocess.run(
        [sys.executable, "-m", "tocsin", "--help"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "serve" in out.stdout and "forecast" in out.stdout
