"""Country-month and admin1-month panels of Events, kept in a DuckDB file in the data folder.

The relational store stays the system of record; the panel file is derived and can be rebuilt
at any time (`PanelStore.rebuild`). After an import only the country-months it touched are
recomputed: the store does an indexed day-level GROUP BY for those countries and months (a few
thousand rows, whatever the number of events), DuckDB rolls the days up into months and
replaces those rows of the panel. (DuckDB's SQLite and PostgreSQL scanners are extensions that
are downloaded at run time, which an offline deployment cannot do; reading through SQLAlchemy
works on both stores.)

What is counted: events that are not linked as duplicates, from every dataset except GDELT,
whose machine-coded news reports are not comparable with coded events; they are counted
separately as `media_events`. Measures per row: events, fatalities (best estimate), events and
fatalities where civilians were targeted, their share, and events by violence type.

Admin1 names are reconciled per country as the panel is built (`tocsin.ingest.admin1_names`;
the stored Events keep the names their dataset gave): the generic word for the kind of area
goes ("Shan State" -> "Shan"), former and variant names in the shipped table take the name in
use ("Rangoon" -> "Yangon", "Karen State" -> "Kayin"), and spellings that differ only in case,
accents or hyphens are one area. Events with no admin1 count in the country row; in the admin1
panel their rows have admin1 "" (region unknown).
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd
from sqlalchemy import and_, case, func, select

from tocsin.ingest.admin1_names import reconcile_admin1
from tocsin.ingest.panel_lock import panels_turn
from tocsin.ingest.vocabulary import VIOLENCE_TYPES
from tocsin.store.base import table_of
from tocsin.store.models import Event
from tocsin.store.uow import Store

EVENTS = table_of(Event)
MEDIA = ("gdelt",)
PANELS = {"country_month": ["country_iso3"], "admin1_month": ["country_iso3", "admin1"]}
_MEASURES = (
    [
        "events INTEGER",
        "fatalities INTEGER",
        "civilian_events INTEGER",
        "civilian_fatalities INTEGER",
        "civilian_share DOUBLE",
    ]
    + [f"events_{v} INTEGER" for v in VIOLENCE_TYPES]
    + ["media_events INTEGER"]
)


def _month_range(months: list[str]) -> tuple[date, date]:
    low = date.fromisoformat(min(months) + "-01")
    high = (date.fromisoformat(max(months) + "-01") + timedelta(days=32)).replace(day=1)
    return low, high


class PanelStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> PanelStore:
        return cls(Path(data_dir) / "panels.duckdb")

    def _connect(self) -> duckdb.DuckDBPyConnection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(self.path))
        for name, keys in PANELS.items():
            key_cols = ", ".join(f"{k} VARCHAR" for k in keys)
            con.execute(
                f"CREATE TABLE IF NOT EXISTS {name} ({key_cols}, month DATE, "
                f"{', '.join(_MEASURES)}, PRIMARY KEY ({', '.join(keys)}, month))"
            )
        return con

    def refresh(self, store: Store, touched: set[tuple[str, str]]) -> int:
        """Recompute the given (country, 'YYYY-MM') cells; returns country-month rows written.
        Waits for another process's turn on the file (`panel_lock`)."""
        with panels_turn(store.engine, self.path):
            return self._refresh(store, touched)

    def _refresh(self, store: Store, touched: set[tuple[str, str]]) -> int:
        by_country: dict[str, list[str]] = defaultdict(list)
        for iso3, month in touched:
            by_country[iso3].append(month)
        con = self._connect()
        written = 0
        try:
            con.execute("BEGIN")
            for iso3, months in by_country.items():
                low, high = _month_range(months)
                days = self._days(store, iso3, low, high)
                for name in PANELS:
                    con.execute(
                        f"DELETE FROM {name} WHERE country_iso3 = ? AND month >= ? AND month < ?",
                        [iso3, low, high],
                    )
                if days.empty:
                    continue
                con.register("days", days)
                for name, keys in PANELS.items():
                    con.execute(f"INSERT INTO {name} {self._rollup(keys)}")
                written += con.execute(
                    "SELECT count(DISTINCT date_trunc('month', day)) FROM days"
                ).fetchall()[0][0]
                con.unregister("days")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            con.close()
        return written

    def rebuild(self, store: Store) -> int:
        """Every panel row recomputed from the store's events, in one turn on the file. They
        are built in a fresh file that then replaces the old one, which is never opened: a
        file DuckDB calls corrupt (a disk that filled, a copy taken mid-write) would
        otherwise refuse the very rebuild that the error message asks for."""
        with panels_turn(store.engine, self.path):
            fresh = PanelStore(self.path.with_name(self.path.name + ".rebuilding"))
            fresh._remove()
            try:
                written = fresh._rebuild(store)
                self._remove()  # the old file's log must not be replayed onto the new one
                fresh.path.replace(self.path)
            finally:
                fresh._remove()
            return written

    def _remove(self) -> None:
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            path.unlink(missing_ok=True)

    def copy_to(self, store: Store, target: Path) -> PanelStore:
        """A copy of the panels (built first if there are none) to read at leisure: a forecast
        reads them for a while, and should not hold other processes' refreshes back."""
        with panels_turn(store.engine, self.path):
            if not self.path.exists():
                self._rebuild(store)
            con = self._connect()
            try:
                con.execute("CHECKPOINT")  # everything in the file itself, none in its log
            finally:
                con.close()
            shutil.copyfile(self.path, target)
        return PanelStore(target)

    def _rebuild(self, store: Store) -> int:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(
                    EVENTS.c.country_iso3,
                    func.min(EVENTS.c.event_date),
                    func.max(EVENTS.c.event_date),
                ).group_by(EVENTS.c.country_iso3)
            ).all()
        con = self._connect()
        try:
            for name in PANELS:
                con.execute(f"DELETE FROM {name}")
        finally:
            con.close()
        touched = {(iso3, str(d)[:7]) for iso3, lo, hi in rows for d in (lo, hi)}
        return self._refresh(store, touched)

    @staticmethod
    def _days(store: Store, iso3: str, low: date, high: date) -> pd.DataFrame:
        fatal = func.coalesce(EVENTS.c.fatalities, 0)
        query = (
            select(
                EVENTS.c.country_iso3,
                func.coalesce(EVENTS.c.admin1, "").label("admin1"),
                EVENTS.c.event_date.label("day"),
                case((EVENTS.c.dataset.in_(MEDIA), True), else_=False).label("media"),
                func.coalesce(EVENTS.c.violence_type, "").label("violence_type"),
                EVENTS.c.civilian_targeting.label("civilians"),
                func.count().label("n"),
                func.sum(fatal).label("deaths"),
            )
            .where(
                and_(
                    EVENTS.c.country_iso3 == iso3,
                    EVENTS.c.event_date >= low,
                    EVENTS.c.event_date < high,
                    EVENTS.c.duplicate_of_id.is_(None),
                )
            )
            .group_by(
                EVENTS.c.country_iso3,
                "admin1",
                EVENTS.c.event_date,
                "media",
                "violence_type",
                EVENTS.c.civilian_targeting,
            )
        )
        with store.engine.connect() as conn:
            rows = conn.execute(query).all()
        frame = pd.DataFrame(
            rows,
            columns=[
                "country_iso3",
                "admin1",
                "day",
                "media",
                "violence_type",
                "civilians",
                "n",
                "deaths",
            ],
        )
        if not frame.empty:
            frame["day"] = pd.to_datetime(frame["day"])
            frame["civilians"] = frame["civilians"].astype(bool)
            frame["media"] = frame["media"].astype(bool)
            frame["n"] = frame["n"].astype("int64")
            frame["deaths"] = frame["deaths"].astype("int64")
            frame["admin1"] = reconcile_admin1(frame, "n")
        return frame

    @staticmethod
    def _rollup(keys: list[str]) -> str:
        core = "NOT media"
        by_type = ", ".join(
            f"coalesce(sum(n) FILTER (WHERE {core} AND violence_type = '{v}'), 0)"
            for v in VIOLENCE_TYPES
        )
        return (
            f"SELECT {', '.join(keys)}, date_trunc('month', day)::DATE AS month, "
            f"coalesce(sum(n) FILTER (WHERE {core}), 0), "
            f"coalesce(sum(deaths) FILTER (WHERE {core}), 0), "
            f"coalesce(sum(n) FILTER (WHERE {core} AND civilians), 0), "
            f"coalesce(sum(deaths) FILTER (WHERE {core} AND civilians), 0), "
            f"coalesce(sum(n) FILTER (WHERE {core} AND civilians), 0) "
            f"/ nullif(sum(n) FILTER (WHERE {core}), 0), "
            f"{by_type}, coalesce(sum(n) FILTER (WHERE media), 0) "
            f"FROM days GROUP BY ALL"
        )

    def read(
        self,
        panel: str = "country_month",
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> pd.DataFrame:
        """A panel as a DataFrame, ordered by place and month: input to escalation detection
        and charts."""
        if panel not in PANELS:
            raise ValueError(f"no panel {panel!r}; known: {', '.join(PANELS)}")
        con = self._connect()
        try:
            where = ["true"]
            params: list[str | date] = []
            if country:
                where.append("country_iso3 = ?")
                params.append(country.upper())
            if since:
                where.append("month >= ?")
                params.append(since)
            if until:
                where.append("month <= ?")
                params.append(until)
            order = ", ".join([*PANELS[panel], "month"])
            return con.execute(
                f"SELECT * FROM {panel} WHERE {' AND '.join(where)} ORDER BY {order}", params
            ).df()
        finally:
            con.close()
