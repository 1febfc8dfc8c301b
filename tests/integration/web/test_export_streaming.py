"""Whole-store exports served by `tocsin serve` (uvicorn): the first rows leave at once, the
answer is one snapshot of the store, and an export cut short by a failure cannot be taken for
a complete one."""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert, text

from tests.servers import free_port, served_at, serving_tocsin
from tocsin.ingest.export import EVENTS
from tocsin.store.uow import Store

ROWS = 60_000


def _add_events(store: Store, count: int, first: int = 0) -> None:
    rows = [
        {
            "dataset": "acled",
            "source_event_id": f"S{first + i}",
            "event_date": date(2001, 1, 1) + timedelta(days=i % 8000),
            "country_iso3": "BFA",
            "admin1": "Sahel",
            "notes": "Gunmen attacked the village at night; houses were burned.",
            "fatalities": i % 20,
            "civilian_targeting": True,
        }
        for i in range(count)
    ]
    with store.engine.begin() as conn:
        conn.execute(insert(EVENTS), rows)


@contextmanager
def serving(store: Store, data: Path, pids: list[int] | None = None) -> Iterator[str]:
    port = free_port()
    env = dict(
        os.environ,
        TOCSIN_DATA_DIR=str(data),
        TOCSIN_DATABASE_URL=store.engine.url.render_as_string(hide_password=False),
        TOCSIN_SECRET_KEY="test-secret",
        HF_HUB_OFFLINE="1",
    )
    with serving_tocsin(env, port) as server:
        if pids is not None:
            pids.append(server.pid)
        yield served_at(server)


@pytest.fixture
def big(store: Store, settings) -> Iterator[tuple[Store, str]]:
    _add_events(store, ROWS)
    with serving(store, settings.data_dir) as base:
        yield store, base


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_an_export_starts_at_once_and_streams(big, encoding):
    store, base = big
    started = time.perf_counter()
    first_at = 0.0
    body = b""
    with httpx.Client(timeout=120) as client:
        url = f"{base}/api/v1/events/export?format=csv"
        with client.stream("GET", url, headers={"Accept-Encoding": encoding}) as r:
            assert r.status_code == 200
            assert "content-length" not in r.headers
            assert r.headers["transfer-encoding"] == "chunked"
            assert r.headers.get("content-encoding", "identity") == encoding
            for chunk in r.iter_bytes():
                first_at = first_at or time.perf_counter() - started
                body += chunk
    total = time.perf_counter() - started
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == ROWS
    assert first_at * 5 < total, f"first bytes after {first_at:.2f} s of {total:.2f} s"


def test_an_export_is_one_snapshot_of_the_store(big):
    """Events imported while an export is sent are not in it: it is the store as it was."""
    store, base = big
    with httpx.Client(timeout=120) as client:
        url = f"{base}/api/v1/events/export?format=geojson"
        with client.stream("GET", url, headers={"Accept-Encoding": "identity"}) as r:
            pieces = r.iter_raw()
            body = next(pieces)
            _add_events(store, 10, first=ROWS)
            with store.engine.begin() as conn:
                conn.execute(text("UPDATE events SET fatalities = 999"))
            body += b"".join(pieces)
    assert body.count(b'"type": "Feature"') == ROWS
    assert b'"S%d"' % ROWS not in body and b'"fatalities": 999' not in body


@pytest.mark.postgres
def test_an_export_cut_short_is_seen_as_incomplete(postgres_store, settings):
    """The store goes away mid-export (PostgreSQL restarted): the answer, already started as a
    200, ends without its last chunk, so that no client keeps it as a whole export."""
    store = postgres_store
    _add_events(store, ROWS)
    with serving(store, settings.data_dir) as base, httpx.Client(timeout=120) as client:
        url = f"{base}/api/v1/events/export?format=csv"
        with client.stream("GET", url, headers={"Accept-Encoding": "identity"}) as r:
            assert r.status_code == 200
            pieces = r.iter_raw()
            received = len(next(pieces))
            with store.engine.begin() as conn:
                ended = conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE pid <> pg_backend_pid() AND datname = current_database() "
                        "AND backend_type = 'client backend'"
                    )
                ).all()
            assert ended, "the server's connections were not found"
            with pytest.raises(httpx.RemoteProtocolError):
                for piece in pieces:
                    received += len(piece)
    assert received < ROWS * 100


@pytest.mark.postgres
def test_a_client_gone_mid_export_leaves_no_transaction_open(postgres_store, settings):
    """A phone that drops mid-download: the server ends the export's read transaction, which
    would otherwise hold back PostgreSQL's clean-up of old rows for as long as it stayed."""
    store = postgres_store
    _add_events(store, ROWS)
    with serving(store, settings.data_dir) as base:
        with httpx.Client(timeout=120) as client:
            url = f"{base}/api/v1/events/export?format=csv"
            with client.stream("GET", url, headers={"Accept-Encoding": "identity"}) as r:
                next(r.iter_raw())
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with store.engine.connect() as conn:
                open_ = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                        "AND datname = current_database() AND xact_start IS NOT NULL"
                    )
                ).scalar_one()
            if not open_:
                break
            time.sleep(0.2)
        assert open_ == 0, "the export's transaction stayed open after its client left"


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_head_of_an_export_does_not_read_the_store(sqlite_store, settings):
    """A link checker's HEAD gets the export's headers; the server does not go on to read
    the whole store and drop it (it did: the CPU of a whole export for a HEAD)."""
    _add_events(sqlite_store, ROWS)
    pids: list[int] = []
    with serving(sqlite_store, settings.data_dir, pids) as base, httpx.Client(timeout=120) as c:
        url = f"{base}/api/v1/events/export"
        before = _cpu_ticks(pids[0])
        assert c.get(url).status_code == 200
        whole = _cpu_ticks(pids[0]) - before
        before = _cpu_ticks(pids[0])
        head = c.head(url)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"].startswith("text/csv")
        time.sleep(2)
        assert _cpu_ticks(pids[0]) - before < whole / 4, (whole, _cpu_ticks(pids[0]) - before)
