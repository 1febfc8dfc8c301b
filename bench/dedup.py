"""De-duplication benchmark: the pairs linked between the real ACLED and UCDP GED files.

Imports the shared ACLED Asia 2015-2016 legacy file and GED 19.1 Myanmar/Bangladesh into two
fresh SQLite stores, one in each order (GED first, then ACLED first), and prints:

  * how many pairs each order links, how many it shares with the other order, and in how many
    of those both orders keep the same event as the original (the count must not depend on
    which file came first);
  * every pair linked (either order), with both events' actors, tolls, distance and score, so
    that each link can be judged by eye: there is no labelled truth for these files, so
    precision is read off the table ("same killing" or not) rather than computed.

    .venv/bin/python bench/dedup.py [--keep DIR]

Not part of the test suite; about half a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data" / "events"
FILES = {
    "ged": SHARED / "ged" / "ged191_myanmar_bangladesh_1989-2018.csv",
    "acled": SHARED / "acled" / "acled_asia_2015-2016_legacy.csv",
}


def linked_pairs(order: tuple[str, ...], work: Path) -> tuple[dict, float]:
    """{(acled id, ged id): (original dataset, row of details)} after importing in `order`."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from tocsin.ingest.dedup import km
    from tocsin.ingest.pipeline import import_file
    from tocsin.store.engine import make_engine
    from tocsin.store.migrate import upgrade
    from tocsin.store.models import Event
    from tocsin.store.uow import Store

    db = work / f"{'-'.join(order)}.sqlite"
    db.unlink(missing_ok=True)
    store = Store(make_engine(f"sqlite:///{db}"))
    upgrade(store.engine)
    t = time.perf_counter()
    for dataset in order:
        import_file(store, dataset, FILES[dataset])
    seconds = time.perf_counter() - t
    copy, original = aliased(Event), aliased(Event)
    out = {}
    with store.uow() as uow:
        for c, o in uow.session.execute(
            select(copy, original).join(original, copy.duplicate_of_id == original.id)
        ):
            a, g = (c, o) if c.dataset == "acled" else (o, c)
            distance = (
                km((a.latitude, a.longitude), (g.latitude, g.longitude))
                if a.latitude is not None and g.latitude is not None
                else float("nan")
            )
            out[(a.source_event_id, g.source_event_id)] = (
                o.dataset,
                f"| {a.source_event_id} | {g.source_event_id} | {a.event_date} | {a.admin1} "
                f"| {a.actor1} / {a.actor2} | {g.actor1} / {g.actor2} "
                f"| {a.fatalities} / {g.fatalities} | {distance:.1f} | {c.duplicate_score} |",
            )
    store.dispose()
    return out, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="tocsin-dedup-"))
    work.mkdir(parents=True, exist_ok=True)
    ged_first, s1 = linked_pairs(("ged", "acled"), work)
    acled_first, s2 = linked_pairs(("acled", "ged"), work)
    both = ged_first.keys() & acled_first.keys()
    same_original = sum(ged_first[k][0] == acled_first[k][0] for k in both)
    print("| order | pairs linked | also linked in the other order | same original kept |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| GED, then ACLED ({s1:.1f} s) | {len(ged_first)} | {len(both)} | {same_original} |")
    print(f"| ACLED, then GED ({s2:.1f} s) | {len(acled_first)} | {len(both)} | {same_original} |")
    print(
        "\n| ACLED | GED | date | admin1 | ACLED actors | GED sides | deaths ACLED / GED "
        "| km | score |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | ---: | ---: |")
    for key in sorted(ged_first.keys() | acled_first.keys()):
        row = (ged_first.get(key) or acled_first[key])[1]
        where = (
            ""
            if key in both
            else (" (GED first only)" if key in ged_first else " (ACLED first only)")
        )
        print(row + where)


if __name__ == "__main__":
    main()
