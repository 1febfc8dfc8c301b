"""`tocsin serve --with-worker` stopped as a service manager stops it (SIGTERM) takes its
worker with it: no orphaned worker goes on sending alerts from a server that is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.servers import free_port, wait_until_healthy


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigterm_stops_the_server_and_its_worker(tmp_path: Path):
    port = free_port()
    env = dict(os.environ, TOCSIN_DATA_DIR=str(tmp_path / "data"), TOCSIN_SECRET_KEY="t",
               HF_HUB_OFFLINE="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "tocsin.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--with-worker"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", 60)
        workers = _children(server.pid)
        assert len(workers) == 1 and _alive(workers[0]), "the server started one worker"

        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=45) == 128 + signal.SIGTERM
        assert not _alive(workers[0]), "the worker stopped with the server"
    finally:
        if server.poll() is None:
            server.kill()
        for pid in workers:  # an orphan is no longer the server's child: kill it by its pid
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
