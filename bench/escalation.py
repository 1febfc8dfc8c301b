"""Dynamic escalation benchmark: Tocsin's model against persistence and trailing-mean baselines.

Imports each real file of ../shared/data (ACLED Burkina Faso 1997-2020, ACLED Asia 2015,
UCDP GED Myanmar + Bangladesh 1989-2018) into a throw-away SQLite store with the real
importers, builds the admin1-month panels, and rolls an expanding window forward month by
month (docs/escalation.md). Prints one table: our figures, both baselines, the ratio.

    .venv/bin/python bench/escalation.py [--json FILE]

Not part of the test suite; about 3 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402

from tocsin.cli.escalation import evaluation_table  # noqa: E402
from tocsin.risk.escalation.runs import evaluate_set, standard_sets  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    console = Console(width=150)
    results, started = [], time.perf_counter()
    for item in standard_sets(SHARED):
        began = time.perf_counter()
        results.append(evaluate_set(item))
        console.print(f"{item.name}: {time.perf_counter() - began:.0f} s")
    console.print(evaluation_table(results))
    console.print(f"total {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in results], indent=2))


if __name__ == "__main__":
    main()
