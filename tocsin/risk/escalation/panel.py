"""Month panels for escalation: read from the DuckDB panels, made dense, or built from files.

The ingest panels hold only months that had events. Escalation needs every month (a quiet
month is a zero, not a gap), so each place gets a row for every month from the first month its
country has data to the last month of the panel. A month with no events in a country whose
dataset covers it is a true zero for ACLED and UCDP GED, which record the whole country.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from tocsin.ingest.panels import PanelStore

# The panel measures escalation reads; all are counts, so a missing month is zero.
COUNTS = (
    "events",
    "fatalities",
    "civilian_events",
    "civilian_fatalities",
    "events_armed_conflict",
    "events_remote_violence",
    "events_violence_against_civilians",
    "events_riot",
    "events_protest",
    "media_events",
)
LEVELS = {"country": ["country_iso3"], "admin1": ["country_iso3", "admin1"]}
PANEL_OF_LEVEL = {"country": "country_month", "admin1": "admin1_month"}


def unit_keys(level: str) -> list[str]:
    if level not in LEVELS:
        raise ValueError(f"no level {level!r}; known: {', '.join(LEVELS)}")
    return LEVELS[level]


def densify(panel: pd.DataFrame, level: str, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Every place, every month from its country's first month to `until` (default: the last
    month in the panel), missing counts as 0; sorted by place then month."""
    keys = unit_keys(level)
    missing = [c for c in (*keys, "month") if c not in panel.columns]
    if missing:
        raise ValueError(f"panel lacks column(s) {', '.join(missing)}")
    frame = panel.copy()
    frame["month"] = pd.to_datetime(frame["month"]).dt.to_period("M").dt.to_timestamp()
    for column in COUNTS:
        frame[column] = frame[column].fillna(0) if column in frame else 0
    if level == "admin1":
        frame["admin1"] = frame["admin1"].fillna("").astype(str)
    if frame.empty:
        return frame[[*keys, "month", *COUNTS]]
    last = pd.Timestamp(until) if until is not None else frame["month"].max()
    starts = frame.groupby("country_iso3")["month"].min()
    pieces = []
    for unit, _ in frame.groupby(keys, sort=True):
        unit = unit if isinstance(unit, tuple) else (unit,)
        months = pd.date_range(starts[unit[0]], last, freq="MS")
        grid = pd.DataFrame({"month": months})
        for key, value in zip(keys, unit, strict=True):
            grid[key] = value
        pieces.append(grid)
    grid = pd.concat(pieces, ignore_index=True)
    dense = grid.merge(frame[[*keys, "month", *COUNTS]], on=[*keys, "month"], how="left")
    dense[list(COUNTS)] = dense[list(COUNTS)].fillna(0).astype("float64")
    return dense.sort_values([*keys, "month"]).reset_index(drop=True)[[*keys, "month", *COUNTS]]


def read_dense(panels: PanelStore, level: str) -> pd.DataFrame:
    return densify(panels.read(PANEL_OF_LEVEL[level]), level)


def panels_from_files(files: Iterable[tuple[str, Path]], workdir: Path | None = None) -> dict:
    """Import event files ((dataset, path) pairs) into a throw-away SQLite store with the real
    importers and return its dense panels by level -- how the evaluation reads the published
    files exactly as a deployment would see them."""
    from tocsin.ingest.pipeline import import_file
    from tocsin.reference.load import load_reference
    from tocsin.store.engine import make_engine
    from tocsin.store.migrate import upgrade
    from tocsin.store.uow import Store

    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'events.sqlite'}")
        try:
            upgrade(engine)
            store = Store(engine)
            with store.uow(actor="escalation:evaluate") as uow:
                load_reference(uow)
            panels = PanelStore(Path(tmp) / "panels.duckdb")
            for dataset, path in files:
                import_file(store, dataset, Path(path), actor="escalation:evaluate")
            panels.rebuild(store)
            return {level: read_dense(panels, level) for level in LEVELS}
        finally:
            engine.dispose()
