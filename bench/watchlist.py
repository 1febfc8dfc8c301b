"""Watchlist benchmark: what working out the levels due for review adds to the watchlist.

A SQLite store with N situations (default 200), each with 60 confirmed signals spread over the
last 500 days and 10 level changes (the last 200 days ago), some of them analysts' settings:
many are due for review. The baseline is the same watchlist with the review left out, in the
same run; the queries are counted too, for N and for N/4 situations, to show that they do not
grow with the number of situations.

    .venv/bin/python bench/watchlist.py [--situations 200]

Not part of the test suite; takes a few seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tocsin.reference.load import load_reference  # noqa: E402
from tocsin.risk import watchlist as module  # noqa: E402
from tocsin.store.base import utcnow  # noqa: E402
from tocsin.store.engine import make_engine  # noqa: E402
from tocsin.store.migrate import upgrade  # noqa: E402
from tocsin.store.models import Country, Indicator, LevelChange, Signal, Situation  # noqa: E402
from tocsin.store.uow import Store  # noqa: E402

LEVELS = ["watch", "serious_concern", "imminent_risk", "current_crisis"]


def _store(folder: Path, situations: int) -> Store:
    engine = make_engine(f"sqlite:///{folder / 'bench.sqlite'}")
    upgrade(engine)
    store = Store(engine)
    random.seed(1)
    now = utcnow()
    with store.uow() as uow:
        load_reference(uow)
        uow.commit()
        countries = list(uow.session.scalars(select(Country.iso3)))[:situations]
        indicators = list(uow.session.scalars(select(Indicator.id)))
        for iso3 in countries:
            level = random.choice(LEVELS)
            situation = Situation(
                country_iso3=iso3, name=iso3, level=level, reasons=[], level_changed_at=now
            )
            uow.add(situation)
            uow.flush()
            for k in range(10):
                analyst = random.random() < 0.3
                uow.add(
                    LevelChange(
                        situation_id=situation.id,
                        to_level=level,
                        reasons=["benchmark"],
                        changed_by="user:1" if analyst else "rule:level-fusion",
                        override=analyst,
                        at=now - timedelta(days=470 - 30 * k),  # the last 200 days ago
                    )
                )
            for _ in range(60):
                uow.add(
                    Signal(
                        indicator_id=random.choice(indicators),
                        country_iso3=iso3,
                        observed_on=(now - timedelta(days=random.randint(0, 500))).date(),
                        confidence=0.9,
                        status="confirmed",
                        asserted_by="user:1",
                    )
                )
        uow.commit()
    return store


def _best(work: Callable[[], object], runs: int = 20) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _queries(store: Store, work: Callable[[], object]) -> int:
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    engine = store.engine
    event.listen(engine, "before_cursor_execute", counted)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--situations", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = _store(Path(folder), args.situations)
        with store.uow() as uow:
            rows = module.watchlist(uow)
            ours = _best(lambda: module.watchlist(uow))
            queries = _queries(store, lambda: module.watchlist(uow))
            few = [s for s in uow.situations.all()][: max(1, args.situations // 4)]
            queries_few = _queries(store, lambda: module._rows(uow, few, 90, 180))
            kept = module.reviews_due
            module.reviews_due = lambda *_args, **_kw: {}  # type: ignore[assignment]
            try:
                baseline = _best(lambda: module.watchlist(uow))
            finally:
                module.reviews_due = kept
        store.dispose()
    due = sum(r["review_due"] for r in rows)
    print(f"{args.situations} situations, {due} due for review")
    print(f"{'figure':<34}{'ours':>10}{'baseline':>10}{'ratio':>8}")
    print(
        f"{'watchlist, best of 20 (ms)':<34}{ours * 1000:>10.1f}{baseline * 1000:>10.1f}"
        f"{ours / baseline:>8.2f}"
    )
    print(f"{'queries, all situations':<34}{queries:>10}")
    print(f"{'queries, a quarter of them':<34}{queries_few:>10}")


if __name__ == "__main__":
    main()
