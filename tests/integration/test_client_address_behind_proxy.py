"""The address every limit counts per (failed logins, anonymous reports, subscriptions,
exports) is the client's, as `tocsin serve` reads it: a proxy listed in TOCSIN_TRUSTED_PROXIES
says who the client is in X-Forwarded-For; from anyone else the header is the client's own
word and changes nothing, or a stranger could send each request under a new address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.servers import free_port, wait_until_healthy

REPORT = {"title": "Checkpoint", "text": "Soldiers stopped the bus at dawn.", "country": "BFA"}


def _serve(tmp_path: Path, trusted: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(
        os.environ,
        TOCSIN_DATA_DIR=str(tmp_path / "data"),
        TOCSIN_SECRET_KEY="t",
        TOCSIN_PUBLIC_REPORTS_PER_HOUR="1",
        TOCSIN_TRUSTED_PROXIES=trusted,
        HF_HUB_OFFLINE="1",
    )
    env.pop("FORWARDED_ALLOW_IPS", None)
    # The countries a report names.
    subprocess.run([sys.executable, "-m", "tocsin.cli", "init"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    server = subprocess.Popen(
        [sys.executable, "-m", "tocsin.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    if not wait_until_healthy(base, 60):
        server.kill()
        pytest.fail("the server did not start")
    return server, base


def _two_reports(base: str) -> list[int]:
    """Two anonymous reports, each said to come from another address."""
    return [
        httpx.post(f"{base}/api/v1/reports", json=REPORT,
                   headers={"X-Forwarded-For": address}).status_code
        for address in ("203.0.113.5", "198.51.100.7")
    ]


@pytest.mark.parametrize(
    ("trusted", "expected"),
    [
        # No proxy listed: the loopback client's own header is ignored, so it is limited.
        ("", [201, 429]),
        # The loopback proxy listed: each client it names has a count of its own.
        ("127.0.0.1", [201, 201]),
    ],
)
def test_only_a_listed_proxy_names_the_client(tmp_path: Path, trusted: str, expected: list[int]):
    server, base = _serve(tmp_path, trusted)
    try:
        assert _two_reports(base) == expected
    finally:
        server.terminate()
        server.wait(timeout=30)
