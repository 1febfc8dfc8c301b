"""Month panels for escalation: read from the DuckDB panels, made dense, or built from files.

The ingest panels hold only months that had events. Escalation needs every month (a quiet
month is a zero, not a gap), so each place gets a row for every month of its country's own
coverage: from the first to the last month in which the country has coded events (media
reports alone do not extend it). A month with no events inside that span is a true zero for
ACLED and UCDP GED, which record the whole country; a month after it is unknown, not quiet,
so a country whose data ends earlier than another's is never padded to the other's end. A
country with media reports only has no coverage and no rows.

Admin1 names are reconciled per country as in the ingest panels (`reconcile_admin1`), so a panel
file built before the reconciliation reads the same. Events with no known region keep a row
with admin1 "": they count in the rest of the country, and `is_place` keeps them from being
trained on, scored or forecast as an area of their own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd
from sqlalchemy import func, select

from tocsin.ingest.admin1_names import reconcile_admin1
from tocsin.ingest.panels import MEDIA, PanelStore
from tocsin.store.base import table_of
from tocsin.store.models import Event
from tocsin.store.uow import Store

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
#: A country's last month is left out as partial when, at the country's own rate of events
#: over the year before, this many events or more were to be expected in the month's days
#: after its last one (the chance of none is then under 1 in 100).
PARTIAL_EXPECTED = 5.0


def unit_keys(level: str) -> list[str]:
    if level not in LEVELS:
        raise ValueError(f"no level {level!r}; known: {', '.join(LEVELS)}")
    return LEVELS[level]


def is_place(panel: pd.DataFrame, level: str) -> pd.Series:
    """Rows of a real place: every row but the admin1 rows of events with no known region."""
    if level == "admin1":
        return panel["admin1"] != ""
    return pd.Series(True, index=panel.index)


def _counts(panel: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    missing = [c for c in (*keys, "month") if c not in panel.columns]
    if missing:
        raise ValueError(f"panel lacks column(s) {', '.join(missing)}")
    frame = panel.copy()
    frame["month"] = pd.to_datetime(frame["month"]).dt.to_period("M").dt.to_timestamp()
    for column in COUNTS:
        frame[column] = frame[column].fillna(0) if column in frame else 0
    return frame[[*keys, "month", *COUNTS]]


def _one_row_per_area(frame: pd.DataFrame) -> pd.DataFrame:
    """Spellings of one admin1 area merged into one place (summed month by month)."""
    frame = frame.assign(admin1=reconcile_admin1(frame, "events"))
    return frame.groupby(["country_iso3", "admin1", "month"], as_index=False)[list(COUNTS)].sum()


def coverage(frame: pd.DataFrame) -> pd.DataFrame:
    """Each country's first and last month with coded events (`first`, `last`). A country
    with media reports only is not covered: two GDELT days three years apart would otherwise
    make three years of quiet months to train on."""
    coded = frame[[c for c in COUNTS if c != "media_events"]].sum(axis=1) > 0
    return frame[coded].groupby("country_iso3")["month"].agg(first="min", last="max")


def _grid(frame: pd.DataFrame, keys: list[str], span: pd.DataFrame) -> pd.DataFrame:
    pieces = []
    for unit, _ in frame.groupby(keys, sort=True):
        unit = unit if isinstance(unit, tuple) else (unit,)
        first, last = span.loc[unit[0], "first"], span.loc[unit[0], "last"]
        grid = pd.DataFrame({"month": pd.date_range(first, last, freq="MS")})
        for key, value in zip(keys, unit, strict=True):
            grid[key] = value
        pieces.append(grid)
    return pd.concat(pieces, ignore_index=True)


def densify(panel: pd.DataFrame, level: str, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Every place, every month of its country's coverage (`coverage`), missing counts as 0;
    months after `until` left out (a country whose data runs on past `until` is covered up to
    it); sorted by place then month."""
    keys = unit_keys(level)
    frame = _counts(panel, keys)
    if level == "admin1":
        frame = _one_row_per_area(frame)
    span = coverage(frame)
    frame = frame[frame["country_iso3"].isin(span.index)]
    if until is not None:
        frame = frame[frame["month"] <= pd.Timestamp(until)]
        span["last"] = span["last"].clip(upper=pd.Timestamp(until))
    if frame.empty:
        return frame[[*keys, "month", *COUNTS]].reset_index(drop=True)
    grid = _grid(frame, keys, span)
    dense = grid.merge(frame, on=[*keys, "month"], how="left")
    dense[list(COUNTS)] = dense[list(COUNTS)].fillna(0).astype("float64")
    return dense.sort_values([*keys, "month"]).reset_index(drop=True)[[*keys, "month", *COUNTS]]


def last_days(store: Store) -> dict[str, date]:
    """Each country's last day with coded events (duplicates and media reports left out)."""
    events = table_of(Event)
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(events.c.country_iso3, func.max(events.c.event_date))
            .where(events.c.duplicate_of_id.is_(None), events.c.dataset.not_in(MEDIA))
            .group_by(events.c.country_iso3)
        ).all()
    return {iso3: pd.Timestamp(day).date() for iso3, day in rows if iso3 and day is not None}


def partial_months(country: pd.DataFrame, ends: dict[str, date]) -> dict[str, date]:
    """Countries whose events end inside their last month of the panel and too early for it
    to be complete, by the day they end: the days left in that month would have held
    `PARTIAL_EXPECTED` events at the country's pace over the (up to) twelve months before.
    An export taken on 3 December counts three days as December; read as a whole month it
    is a sudden lull, and the forecast would be for a quarter after a month nobody has seen."""
    partial = {}
    for iso3, rows in country.groupby("country_iso3"):
        last = rows["month"].max()
        day = ends.get(str(iso3))
        if day is None or pd.Timestamp(day).to_period("M") != last.to_period("M"):
            continue  # the panel ends before the data do (`as_of`): its last month is whole
        year = rows[(rows["month"] < last) & (rows["month"] >= last - pd.DateOffset(months=12))]
        if year.empty:
            continue  # no month before it to know the country's pace by
        rate = year["events"].sum() / (last - year["month"].min()).days
        if rate * (last + pd.offsets.MonthEnd(0) - pd.Timestamp(day)).days >= PARTIAL_EXPECTED:
            partial[str(iso3)] = day
    return partial


def without_partial(dense: pd.DataFrame, partial: dict[str, date]) -> pd.DataFrame:
    """The panel without each country's partial last month: unknown, not quiet."""
    if not partial or dense.empty:
        return dense
    months = {
        iso3: pd.Timestamp(day).to_period("M").to_timestamp() for iso3, day in partial.items()
    }
    cut = dense["country_iso3"].map(months)
    return dense[~(dense["month"] == cut)].reset_index(drop=True)


def read_dense(panels: PanelStore, level: str, until: pd.Timestamp | None = None) -> pd.DataFrame:
    return densify(panels.read(PANEL_OF_LEVEL[level]), level, until)


def panels_from_files(files: Iterable[tuple[str, Path]], workdir: Path | None = None) -> dict:
    """Import event files ((dataset, path) pairs) into a throw-away SQLite store with the real
    importers and return its dense panels by level -- how the evaluation reads the published
    files exactly as a deployment would see them, a partial last month left out as a
    forecast leaves it out."""
    from tocsin.ingest.pipeline import import_file
    from tocsin.reference.load import load_reference
    from tocsin.store.engine import make_engine
    from tocsin.store.migrate import upgrade

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
            dense = {level: read_dense(panels, level) for level in LEVELS}
            partial = partial_months(dense["country"], last_days(store))
            return {level: without_partial(frame, partial) for level, frame in dense.items()}
        finally:
            engine.dispose()
