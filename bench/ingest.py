"""Event ingestion benchmark: Tocsin's ACLED import against naive pandas and DuckDB's reader.

Builds an ACLED-format file of N events (default 1,000,000) by resampling the real rows of the
shared ACLED exports (Benin 2022 and Burkina Faso 1997-2020), with fresh ids and dates spread
over 2000-2023 and, like ACLED's own exports, newest first. Then runs, each in its own process
so that peak memory is its own:

  tocsin-sqlite     `import_file` into a fresh SQLite store (WAL)
  tocsin-parse      Tocsin's read side alone (DuckDB mapping, rows into Python, per-row step)
  tocsin-postgres   `import_file` into a throw-away PostgreSQL (tests.servers.postgres_server)
  pandas-to_sql     pandas.read_csv(...).to_sql(...) into SQLite (the naive baseline)
  duckdb-read_csv   DuckDB's read_csv of the same file into an in-memory table (raw read)

and, on the SQLite store after the big import: a full panel build, then a 10,000-event
incremental import of the next month and the refresh of only the months it touched.

    .venv/bin/python bench/ingest.py [--rows 1000000] [--keep DIR] [--only tocsin-sqlite ...]

Not part of the test suite; takes a few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data" / "events" / "acled"
SOURCES = ("acled_benin_2022.csv", "acled_burkina_faso_1997-2020.csv")
RUNS = ("tocsin-sqlite", "tocsin-parse", "tocsin-postgres", "pandas-to_sql")


def build_file(target: Path, rows: int, start: date, days: int, prefix: str, seed: int) -> None:
    """Resample real rows into the current ACLED layout (Benin's header)."""
    header: list[str] | None = None
    pool: list[dict[str, str]] = []
    for name in SOURCES:
        with (SHARED / name).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if header is None:
                header = list(reader.fieldnames or [])
            pool.extend(reader)
    assert header is not None
    rng = random.Random(seed)
    offsets = sorted((rng.randrange(days) for _ in range(rows)), reverse=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, header, extrasaction="ignore")
        out.writeheader()
        for i, offset in enumerate(offsets):
            row = dict(rng.choice(pool))
            day = start + timedelta(days=offset)
            row["event_id_cnty"] = f"{prefix}{i + 1}"
            row["event_date"] = f"{day.day:02d} {day:%B} {day.year}"
            row["year"] = str(day.year)
            row.setdefault("iso", row.get("iso") or "")
            out.writerow({k: (v if v is not None else "") for k, v in row.items()})


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- children ---------------------------------------------------------------------------------


def child_tocsin(url: str, path: str, panels_dir: str | None, extra: str | None) -> dict:
    from tocsin.ingest.panels import PanelStore
    from tocsin.ingest.pipeline import import_file
    from tocsin.store.engine import make_engine
    from tocsin.store.migrate import upgrade
    from tocsin.store.uow import Store

    store = Store(make_engine(url))
    upgrade(store.engine)
    t = time.perf_counter()
    result = import_file(store, "acled", Path(path))
    seconds = time.perf_counter() - t
    out = {"seconds": seconds, "rows": result.job.taken, "peak_mb": peak_mb()}
    if panels_dir and extra:
        panels = PanelStore(Path(panels_dir) / "panels.duckdb")
        t = time.perf_counter()
        panels.rebuild(store)
        out["panel_build"] = time.perf_counter() - t
        small = import_file(store, "acled", Path(extra))
        t = time.perf_counter()
        written = panels.refresh(store, small.touched)
        out["panel_refresh"] = time.perf_counter() - t
        out["refresh_months"] = written
        out["incremental_rows"] = small.job.taken
    return out


def child_parse(path: str) -> dict:
    """Tocsin's read side alone: DuckDB's mapping query, its rows into Python, and the per-row
    step (`batches.prepare`), with nothing written -- the floor under a full import."""
    import duckdb

    from tocsin.ingest import gazetteer
    from tocsin.ingest.base import ImportOptions
    from tocsin.ingest.batches import LineMap, prepare
    from tocsin.ingest.query import build_select
    from tocsin.ingest.registry import get_importer
    from tocsin.ingest.sql import install_macros

    t = time.perf_counter()
    importer = get_importer("acled")
    source = importer.open(Path(path), ImportOptions())
    con = duckdb.connect()
    con.execute("SET memory_limit='256MB'")
    install_macros(con)
    cursor = con.execute(build_select(importer, source))
    boxes, lines, line, rows = gazetteer.boxes(), LineMap(), source.first_line, 0
    while batch := cursor.fetchmany(50_000):
        prepared = prepare(batch, line, boxes, lambda iso3, name: None, set(), lines)
        line, rows = prepared.next_line, rows + len(prepared.rows)
    return {"seconds": time.perf_counter() - t, "rows": rows, "peak_mb": peak_mb()}


def child_pandas(url: str, path: str) -> dict:
    import pandas as pd
    from sqlalchemy import create_engine

    engine = create_engine(url)
    t = time.perf_counter()
    frame = pd.read_csv(path)
    frame.to_sql("acled", engine, index=False, chunksize=50_000)
    return {"seconds": time.perf_counter() - t, "rows": len(frame), "peak_mb": peak_mb()}


def child_duckdb(path: str) -> dict:
    import duckdb

    con = duckdb.connect()
    t = time.perf_counter()
    con.execute(f"CREATE TABLE acled AS SELECT * FROM read_csv('{path}')")
    rows = con.execute("SELECT count(*) FROM acled").fetchall()[0][0]
    return {"seconds": time.perf_counter() - t, "rows": rows, "peak_mb": peak_mb()}


CHILDREN = {
    "tocsin": child_tocsin,
    "parse": child_parse,
    "pandas": child_pandas,
    "duckdb": child_duckdb,
}


def run_child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument(
        "--only", nargs="+", choices=RUNS, default=list(RUNS), help="run only these contenders"
    )
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        name, *rest = args.child
        print(json.dumps(CHILDREN[name](*[None if a == "-" else a for a in rest])))
        return

    from tests.servers import postgres_server

    work = args.keep or Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    big, small = work / f"acled_{args.rows}.csv", work / "acled_next_month.csv"
    if not big.exists():
        print(f"building {big} ...", file=sys.stderr)
        build_file(big, args.rows, date(2000, 1, 1), 24 * 365, "BEN", 1)
    build_file(small, 10_000, date(2024, 1, 1), 31, "NEW", 2)
    size_mb = big.stat().st_size / 1e6

    results: dict[str, dict] = {}
    for db in work.glob("*.sqlite*"):
        db.unlink()
    if "tocsin-sqlite" in args.only:
        print("tocsin -> sqlite ...", file=sys.stderr)
        results["tocsin-sqlite"] = run_child(
            "tocsin", f"sqlite:///{work}/tocsin.sqlite", str(big), str(work), str(small)
        )
    if "tocsin-parse" in args.only:
        print("tocsin parse only ...", file=sys.stderr)
        results["tocsin-parse"] = run_child("parse", str(big))
    if "tocsin-postgres" in args.only:
        print("tocsin -> postgres ...", file=sys.stderr)
        with postgres_server() as url:
            results["tocsin-postgres"] = run_child("tocsin", url, str(big), "-", "-")
    if "pandas-to_sql" in args.only:
        print("pandas -> sqlite ...", file=sys.stderr)
        results["pandas-to_sql"] = run_child("pandas", f"sqlite:///{work}/pandas.sqlite", str(big))
    print("duckdb read_csv ...", file=sys.stderr)
    results["duckdb-read_csv"] = run_child("duckdb", str(big))

    duck = results["duckdb-read_csv"]["seconds"]
    print(f"\nACLED-format file: {args.rows:,} events, {size_mb:,.0f} MB\n")
    print("| run | seconds | events/s | vs DuckDB read | peak memory |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        rate = r["rows"] / r["seconds"]
        print(
            f"| {name} | {r['seconds']:.1f} | {rate:,.0f} | {r['seconds'] / duck:.1f}x "
            f"| {r['peak_mb']:,.0f} MB |"
        )
    print(f"\nload average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if "tocsin-sqlite" not in results:
        return
    s = results["tocsin-sqlite"]
    print(
        f"\npanels at {s['rows']:,} events: full build {s['panel_build']:.2f} s; after a "
        f"{s['incremental_rows']:,}-event import, refresh of the {s['refresh_months']} "
        f"country-month(s) touched: {s['panel_refresh']:.2f} s"
    )


if __name__ == "__main__":
    main()
