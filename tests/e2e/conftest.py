"""A real server (uvicorn in a subprocess) and a real browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.servers import free_port, wait_until_healthy

CHROMIUM = "/usr/bin/chromium"
# Without these flags Chromium reaches for Google's services at start, which a closed network
# refuses many times over.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def serving(data_dir: Path, demo: bool = False) -> Iterator[str]:
    """`tocsin serve` with its worker on a free loopback port, over a fresh store with an
    analyst and an admin (and the demo scenario, when asked); stopped on leaving."""
    env = dict(
        os.environ,
        TOCSIN_DATA_DIR=str(data_dir),
        TOCSIN_SECRET_KEY="e2e-secret",
        TOCSIN_WORKER_POLL_SECONDS="0.5",
        HF_HUB_OFFLINE="1",
    )
    tocsin = [sys.executable, "-m", "tocsin.cli"]
    subprocess.run([*tocsin, "init"], env=env, check=True, capture_output=True)
    if demo:
        subprocess.run([*tocsin, "demo"], env=env, check=True, capture_output=True)
    for email, role in (("analyst@example.org", "analyst"), ("admin@example.org", "admin")):
        subprocess.run(
            [
                *tocsin,
                "user",
                "add",
                email,
                "--role",
                role,
                "--name",
                role.title(),
                "--password",
                "correct horse battery",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    port = free_port()
    server = subprocess.Popen(
        [*tocsin, "serve", "--host", "127.0.0.1", "--port", str(port), "--with-worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    if not wait_until_healthy(base, 30):
        server.kill()
        raise RuntimeError(
            server.stderr.read().decode() if server.stderr else "server did not start"
        )
    try:
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(tmp_path_factory.mktemp("live")) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def login(page, base: str, target: str, email: str = "analyst@example.org") -> None:
    page.goto(f"{base}{target}")
    page.wait_for_url("**/login**")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "correct horse battery")
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(f"**{target}")
