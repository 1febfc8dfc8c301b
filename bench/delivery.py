"""Delivery benchmark: deep pages of the events API and the time to first byte of an export,
served by `tocsin serve` (uvicorn) from a SQLite store of N public events (default 500,000).

Each figure is measured against this tree and against a baseline tree (``--baseline``, e.g. a
checkout of the previous release) in the same run, on the same store:

  offset page       GET /api/v1/events?offset=<deep>&limit=100
  cursor page       GET /api/v1/events?cursor=<at deep>&limit=100 (this tree only)
  first page        GET /api/v1/events?limit=100
  export TTFB       GET /api/v1/events/export: time until the first body bytes arrive
  export total      the same export to its last byte
  form KB           the report form's first load on the wire (page, scripts, style), gzip asked

    .venv/bin/python bench/delivery.py --baseline ../main [--rows 500000] [--keep DIR]
        [--ports 8000 8001]

Not part of the test suite; takes a few minutes.
"""

from __future__ import annotations

import argparse
import gzip as gzip_module
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import free_port, wait_until_healthy  # noqa: E402

COUNTRIES = ("BFA", "MLI", "NER", "NGA", "SDN", "COD", "ETH", "MMR")
START, DAYS = date(2000, 1, 1), 24 * 365


def build(data: Path, rows: int, tree: Path) -> None:
    """A migrated store (`tocsin init`) with `rows` imported events, written in bulk."""
    env = _env(data, tree)
    subprocess.run([sys.executable, "-m", "tocsin.cli", "init"], env=env, cwd=tree, check=True)
    rng = random.Random(7)
    db = sqlite3.connect(data / "tocsin.sqlite")
    now = "2026-01-01 00:00:00"
    batch = []
    for i in range(rows):
        day = START + timedelta(days=rng.randrange(DAYS))
        batch.append(
            (
                "acled",
                f"B{i}",
                day.isoformat(),
                1,
                rng.choice(COUNTRIES),
                "Region",
                "Town",
                12.3,
                -1.5,
                "Violence against civilians",
                "Attack",
                "violence_against_civilians",
                "Militia",
                "Civilians",
                1,
                rng.randrange(20),
                "Gunmen attacked the village at night; houses were burned and people fled.",
                now,
            )
        )
        if len(batch) == 20_000 or i == rows - 1:
            db.executemany(
                "INSERT INTO events (dataset, source_event_id, event_date, date_precision, "
                "country_iso3, admin1, place_name, latitude, longitude, event_type, "
                "sub_event_type, violence_type, actor1, actor2, civilian_targeting, fatalities, "
                "notes, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                batch,
            )
            db.commit()
            batch.clear()
    db.execute("ANALYZE")
    db.commit()
    db.close()


def _env(data: Path, tree: Path) -> dict[str, str]:
    return dict(
        os.environ,
        TOCSIN_DATA_DIR=str(data),
        TOCSIN_SECRET_KEY="bench",
        HF_HUB_OFFLINE="1",
        PYTHONPATH=str(tree),
        TOCSIN_PUBLIC_EXPORTS_PER_HOUR="1000",
    )


def _timed(client: httpx.Client, url: str) -> tuple[float, httpx.Response]:
    started = time.perf_counter()
    r = client.get(url)
    return time.perf_counter() - started, r


def _export(client: httpx.Client, url: str) -> tuple[float, float, int]:
    started = time.perf_counter()
    first, size = 0.0, 0
    with client.stream("GET", url, headers={"Accept-Encoding": "identity"}) as r:
        r.raise_for_status()
        for chunk in r.iter_raw():
            if not first and chunk:
                first = time.perf_counter() - started
            size += len(chunk)
    return first, time.perf_counter() - started, size


def _form_bytes(client: httpx.Client) -> float:
    """KB on the wire for the report form's first load (page, scripts, style), gzip asked."""
    gzip = {"Accept-Encoding": "gzip"}
    total = 0
    with client.stream("GET", "/report", headers=gzip) as r:
        page = b"".join(r.iter_raw())
        total += len(page)
        html = gzip_module.decompress(page) if r.headers.get("content-encoding") else page
    for asset in sorted(set(re.findall(rb'"(/static/[^"]+)"', html))):
        with client.stream("GET", asset.decode(), headers=gzip) as r:
            total += len(b"".join(r.iter_raw()))
    return total / 1000


def measure(data: Path, tree: Path, deep: int, port: int) -> dict[str, float | None]:
    server = subprocess.Popen(
        [sys.executable, "-m", "tocsin.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=_env(data, tree),
        cwd=tree,  # `python -m` puts the working folder first on the path
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = "/api/v1/events"
    figures: dict[str, float | None] = {}
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", 120), "the server did not start"
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            figures["form KB"] = _form_bytes(client)
            _timed(client, f"{base}?limit=1")  # warm the store's cache
            figures["first page"], first = _timed(client, f"{base}?limit=100")
            figures["offset page"], _ = _timed(client, f"{base}?limit=100&offset={deep}")
            figures["cursor page"] = None
            if "next" in first.links:
                # Walk to the deep position in big steps, then time one page there.
                url = f"{base}?limit=10000"
                for _ in range(deep // 10_000):
                    url = client.get(url).links["next"]["url"]
                url = url.replace("limit=10000", "limit=100")
                figures["cursor page"], _ = _timed(client, url)
            ttfb, total, size = _export(client, f"{base}/export?format=csv")
            figures["export TTFB"], figures["export total"] = ttfb, total
            figures["export MB"] = size / 1e6
    finally:
        server.terminate()
        server.wait(30)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--baseline", type=Path, required=True, help="the tree to compare with")
    parser.add_argument("--keep", type=Path, help="build the store here (reused if present)")
    parser.add_argument("--ports", type=int, nargs=2, help="the two servers' ports (else free)")
    args = parser.parse_args()
    data = args.keep or Path(tempfile.mkdtemp(prefix="tocsin-delivery-"))
    if not (data / "tocsin.sqlite").exists():
        started = time.perf_counter()
        build(data, args.rows, args.baseline)
        print(f"built {args.rows:,} events in {time.perf_counter() - started:.0f} s", flush=True)
    deep = int(args.rows * 0.8)
    ports = args.ports or (free_port(), free_port())
    # The baseline first: this tree upgrades the store it serves, which an older tree then
    # refuses to open (its schema is newer than the code).
    baseline = measure(data, args.baseline.resolve(), deep, ports[1])
    ours = measure(data, ROOT, deep, ports[0])
    print(f"\n{args.rows:,} events, deep position {deep:,}\n")
    print(f"{'':14}{'tocsin':>12}{'baseline':>12}{'ratio':>8}")
    for name, value in ours.items():
        other = baseline.get(name)
        unit = "" if name.endswith(("MB", "KB")) else " s"
        cell = f"{value:.3f}{unit}" if value is not None else "-"
        base = f"{other:.3f}{unit}" if other is not None else "-"
        ratio = f"{value / other:.2f}" if value and other else "-"
        print(f"{name:14}{cell:>12}{base:>12}{ratio:>8}")


if __name__ == "__main__":
    main()
