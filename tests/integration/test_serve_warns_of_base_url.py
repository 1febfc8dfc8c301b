"""`tocsin serve --port N` with TOCSIN_BASE_URL left at port 8000 says, as it starts, that the
links it mails and feeds lead elsewhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.servers import free_port, wait_until_healthy


def test_serve_on_another_port_warns_that_links_lead_to_the_base_url(tmp_path: Path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env.update(TOCSIN_DATA_DIR=str(tmp_path / "data"), TOCSIN_SECRET_KEY="t")
    server = subprocess.Popen(
        [sys.executable, "-m", "tocsin.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", 60)
    finally:
        server.send_signal(signal.SIGTERM)
        _, said = server.communicate(timeout=45)
    assert f"serving on http://127.0.0.1:{port}" in said
    assert "lead to http://127.0.0.1:8000 (TOCSIN_BASE_URL)" in said
