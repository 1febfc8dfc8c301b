"""A report sent while the store is busy (a worker writing to SQLite) waits for its turn in a
worker thread: the server goes on answering everyone else, and the report is stored."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from tests.servers import free_port, served_at, serving_tocsin


def test_a_report_waiting_for_the_store_does_not_stop_the_server(tmp_path: Path):
    port, data = free_port(), tmp_path / "data"
    env = dict(os.environ, TOCSIN_DATA_DIR=str(data), TOCSIN_SECRET_KEY="t", HF_HUB_OFFLINE="1")
    subprocess.run(
        [sys.executable, "-m", "tocsin.cli", "init"], env=env, check=True, capture_output=True
    )
    with serving_tocsin(env, port) as server:
        base = served_at(server)
        busy = sqlite3.connect(data / "tocsin.sqlite", timeout=1)
        busy.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        answers: list[httpx.Response] = []
        report = {"title": "Sent while busy", "text": "Shots near the market.", "country": "BFA"}
        sender = threading.Thread(
            target=lambda: answers.append(
                httpx.post(
                    f"{base}/api/v1/reports/with-files",
                    data={"report": json.dumps(report)},
                    files={"files": ("note.txt", b"what I saw", "text/plain")},
                    timeout=30,
                )
            )
        )
        sender.start()
        time.sleep(0.5)
        started = time.monotonic()
        assert httpx.get(f"{base}/healthz", timeout=30).status_code == 200
        waited = time.monotonic() - started
        time.sleep(max(0.0, 3.0 - waited))
        busy.rollback()
        sender.join(timeout=30)
        assert waited < 2.0, f"the server answered nobody for {waited:.1f} s"
        assert answers and answers[0].status_code == 201, answers[0].text
        reference = answers[0].json()["reference"]
        stored = sqlite3.connect(data / "tocsin.sqlite").execute(
            "SELECT title FROM reports WHERE reference = ?", (reference,)
        )
        assert stored.fetchone() == ("Sent while busy",)
