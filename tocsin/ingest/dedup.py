"""Probable duplicates across datasets, and the analyst's word on them.

The same killing can be in ACLED, in UCDP GED and in a partner's spreadsheet. Counting it three
times would inflate every panel, so after each import the new events are compared with events of
*other* datasets in the same country on the same day:

* place: both points within 25 km (ACLED and GED code to the nearest named place, so the same
  event is often a few km apart), or the same place name when a point is missing;
* actors: overlap of the actors' words, after folding state forces into one word (only as
  ACLED and GED name them: "Military Forces of ...", "Police Forces of ...", "Government of
  ..."; the Arakan Army and the Islamic State are not state forces) and dropping bracketed
  notes. Two events that both name a perpetrator and share none of its words are two events,
  however close and equal in toll: place and toll alone would link them (0.4 + 0.3 > 0.65);
* fatalities: equal, or within a quarter of the larger count (estimates differ by source).

The score is 0.4 place + 0.3 actors + 0.3 fatalities; pairs at 0.65 or more are linked, each
event with at most one event of each other dataset. The event kept as the original follows a
fixed rule, so that two stores holding the same files count the same tolls whatever order they
were imported in: GED, then ACLED (GED's best estimate is reviewed against all its sources),
then reports, analysts' files and GDELT; ties by dataset name and source id, never by row id.
The other gets `duplicate_of_id` and `duplicate_status = 'probable'`. Panels count only
originals. An analyst can confirm a link, split it or link a pair the linker missed
(`decide_duplicate`, which refreshes the panels of both events); the linker never undoes a
decision.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Connection, and_, func, select, update

from tocsin.domain.errors import InvalidInput, NotFound
from tocsin.ingest.panel_lock import PanelsUnavailable
from tocsin.ingest.panels import PanelStore
from tocsin.store.base import table_of
from tocsin.store.models import Event
from tocsin.store.uow import Store, UnitOfWork

log = logging.getLogger("tocsin.ingest")

EVENTS = table_of(Event)
PRIORITY = {"ged": 0, "acled": 1, "report": 2, "csv": 3, "gdelt": 4}
MAX_KM = 25.0
THRESHOLD = 0.65
#: State forces as ACLED ("Military Forces of Myanmar (2011-2016)", "Police Forces of Burkina
#: Faso (2015-) Gendarmerie") and GED ("Government of Myanmar (Burma)") name them; the rest of
#: the name is the country. A word such as "army" or "state" alone is no sign: Kachin
#: Independence Army, United Wa State Army, Islamic State.
_STATE_FORCES = re.compile(r"^\s*(?:(?:military|police)\s+forces|government)\s+of\s+(.*)$")
STATE = "state-forces"  # the folded word; a hyphen never comes out of a name's words
#: Words that name no one in particular ("Unidentified Armed Group", a partner's "Unknown
#: gunmen"): an event with nothing else names no actor, and is not held apart for it.
_DROP = {
    "of",
    "the",
    "and",
    "unidentified",
    "unknown",
    "gunmen",
    "assailants",
    "armed",
    "group",
    "militia",
    "forces",
    "army",
}
#: Words for whoever was there rather than a group: sharing them says nothing about who acted.
_ANYONE = {"civilians", "protesters", "rioters"}
_COLUMNS = (
    EVENTS.c.id,
    EVENTS.c.dataset,
    EVENTS.c.source_event_id,
    EVENTS.c.event_date,
    EVENTS.c.latitude,
    EVENTS.c.longitude,
    EVENTS.c.place_name,
    EVENTS.c.actor1,
    EVENTS.c.actor2,
    EVENTS.c.fatalities,
    EVENTS.c.duplicate_of_id,
    EVENTS.c.duplicate_status,
    EVENTS.c.import_job_id,
)


def actor_words(*names: str | None) -> frozenset[str]:
    words: set[str] = set()
    for name in names:
        if not name:
            continue
        text = re.sub(r"\([^)]*\)", " ", name.casefold())
        state = _STATE_FORCES.match(text)
        if state:
            words.add(STATE)
            text = state.group(1)
        words |= set(re.findall(r"[a-z]+", text)) - _DROP
    return frozenset(words)


def actors_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both events name who acted and share none of it: two events, not one told twice."""
    if a and b and not a & b:
        return True
    acting_a, acting_b = a - _ANYONE, b - _ANYONE
    return bool(acting_a and acting_b and not acting_a & acting_b)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class _Ev:
    id: int
    dataset: str
    source_event_id: str
    day: date
    point: tuple[float, float] | None
    place: str | None
    actors: frozenset[str]
    fatalities: int | None
    duplicate_of: int | None
    status: str | None

    @classmethod
    def of(cls, row) -> _Ev:  # type: ignore[no-untyped-def]
        point = (row.latitude, row.longitude) if row.latitude is not None else None
        return cls(
            row.id,
            row.dataset,
            row.source_event_id,
            row.event_date,
            point,
            (row.place_name or "").casefold() or None,
            actor_words(row.actor1, row.actor2),
            row.fatalities,
            row.duplicate_of_id,
            row.duplicate_status,
        )


def similarity(a: _Ev, b: _Ev) -> float:
    if a.point and b.point:
        distance = km(a.point, b.point)
        if distance > MAX_KM:
            return 0.0
        place = 1.0 - distance / MAX_KM / 2
    elif a.place and a.place == b.place:
        place = 0.75
    else:
        return 0.0
    if actors_differ(a.actors, b.actors):
        return 0.0
    union = a.actors | b.actors
    actors = len(a.actors & b.actors) / len(union) if union else 0.5
    if a.fatalities is None or b.fatalities is None:
        deaths = 0.5
    else:
        gap = abs(a.fatalities - b.fatalities)
        deaths = (
            1.0
            if gap <= max(0.25 * max(a.fatalities, b.fatalities), 0)
            else max(0.0, 1.0 - gap / max(a.fatalities, b.fatalities, 1))
        )
    return 0.4 * place + 0.3 * actors + 0.3 * deaths


def _rank(e: _Ev) -> tuple[int, str, str]:
    """Lower is kept as the original: a fixed order of datasets, then a key that does not
    depend on import order (a row id does)."""
    return (PRIORITY.get(e.dataset, 3), e.dataset, e.source_event_id)


def link_duplicates(
    conn: Connection, dataset: str, job_id: int, touched: set[tuple[str, str]]
) -> int:
    """Link this job's events to probable duplicates in other datasets; returns links made."""
    # Nothing to compare with, and no link can exist, while the store holds one dataset only
    # (the common first import): one cheap look instead of a scan per country.
    if (
        conn.execute(select(EVENTS.c.id).where(EVENTS.c.dataset != dataset).limit(1)).first()
        is None
    ):
        return 0
    conn.execute(
        update(EVENTS)
        .where(EVENTS.c.import_job_id == job_id, EVENTS.c.duplicate_status == "probable")
        .values(duplicate_of_id=None, duplicate_status=None, duplicate_score=None)
    )
    months: dict[str, list[str]] = defaultdict(list)
    for iso3, month in touched:
        months[iso3].append(month)
    linked = 0
    for iso3, keys in months.items():
        low = date.fromisoformat(min(keys) + "-01")
        high = (date.fromisoformat(max(keys) + "-01") + timedelta(days=32)).replace(day=1)
        in_range = and_(
            EVENTS.c.country_iso3 == iso3, EVENTS.c.event_date >= low, EVENTS.c.event_date < high
        )
        others = [
            _Ev.of(r)
            for r in conn.execute(select(*_COLUMNS).where(in_range, EVENTS.c.dataset != dataset))
        ]
        if not others:
            continue
        by_day: dict[date, list[_Ev]] = defaultdict(list)
        for other in others:
            by_day[other.day].append(other)
        taken = _paired_with(conn, in_range, dataset)
        mine = conn.execute(select(*_COLUMNS).where(in_range, EVENTS.c.import_job_id == job_id))
        for row in mine:
            event = _Ev.of(row)
            if event.status in ("split", "confirmed") or event.day not in by_day:
                continue
            linked += _link_best(conn, event, by_day[event.day], taken)
    return linked


def _paired_with(conn: Connection, in_range: ColumnElement[bool], dataset: str) -> set[int]:
    """Events of other datasets already linked to one of `dataset`'s: one dataset records an
    event once, so each may stand for at most one of its events (two GED killings of the same
    day and toll are two killings, not both the one ACLED row)."""
    mine = select(EVENTS.c.id).where(in_range, EVENTS.c.dataset == dataset)
    originals = select(EVENTS.c.duplicate_of_id).where(
        in_range, EVENTS.c.dataset == dataset, EVENTS.c.duplicate_of_id.is_not(None)
    )
    copies = select(EVENTS.c.id).where(
        in_range, EVENTS.c.dataset != dataset, EVENTS.c.duplicate_of_id.in_(mine)
    )
    return {i for (i,) in conn.execute(originals)} | {i for (i,) in conn.execute(copies)}


def _link_best(conn: Connection, event: _Ev, candidates: list[_Ev], taken: set[int]) -> int:
    best, score = None, 0.0
    for other in candidates:
        if other.duplicate_of is not None or other.status == "split" or other.id in taken:
            continue
        s = similarity(event, other)
        if s > score:
            best, score = other, s
    if best is None or score < THRESHOLD:
        return 0
    original, copy = (best, event) if _rank(best) <= _rank(event) else (event, best)
    # Events that pointed at the demoted original follow it to the new one (unless confirmed).
    conn.execute(
        update(EVENTS)
        .where(EVENTS.c.duplicate_of_id == copy.id, EVENTS.c.duplicate_status == "probable")
        .values(duplicate_of_id=original.id)
    )
    conn.execute(
        update(EVENTS)
        .where(EVENTS.c.id == copy.id)
        .values(
            duplicate_of_id=original.id,
            duplicate_status="probable",
            duplicate_score=round(score, 3),
        )
    )
    copy.duplicate_of = original.id
    taken.add(best.id)
    return 1


# --- the analyst's decisions (ORM, so each one is in the audit log) --------------------------


def confirm_duplicate(uow: UnitOfWork, event_id: int) -> Event:
    """The analyst agrees: the event stays linked, and the linker will not touch it again."""
    event = uow.session.get(Event, event_id)
    if event is None:
        raise NotFound(f"no event {event_id}")
    if event.duplicate_of_id is None:
        raise InvalidInput(f"event {event_id} is not linked to another event")
    event.duplicate_status = "confirmed"
    uow.commit()
    return event


def split_duplicate(uow: UnitOfWork, event_id: int) -> Event:
    """The analyst disagrees: the event counts on its own again, and is never re-linked."""
    event = uow.session.get(Event, event_id)
    if event is None:
        raise NotFound(f"no event {event_id}")
    event.duplicate_of_id = None
    event.duplicate_status = "split"
    event.duplicate_score = None
    uow.commit()
    return event


def mark_duplicate(uow: UnitOfWork, event_id: int, original_id: int) -> Event:
    """The analyst links two events the linker missed."""
    event, original = uow.session.get(Event, event_id), uow.session.get(Event, original_id)
    if event is None or original is None:
        raise NotFound(f"no event {event_id if event is None else original_id}")
    if original.duplicate_of_id is not None or event_id == original_id:
        raise InvalidInput("link to an original event, not to a duplicate or to itself")
    copies = uow.session.scalar(select(func.count()).where(Event.duplicate_of_id == event_id))
    if copies:
        # Its copies would point at a duplicate and drop out of every count with it.
        raise InvalidInput(
            f"event {event_id} is the original of {copies} other event(s): mark event "
            f"{original_id} as its duplicate instead, or split those first"
        )
    event.duplicate_of_id, event.duplicate_status = original_id, "confirmed"
    uow.commit()
    return event


@dataclass(frozen=True)
class Decided:
    """A duplicate decision as saved, and why the panels were not refreshed, if they were not."""

    event: Event
    warning: str | None = None


def decide_duplicate(
    store: Store,
    panels: PanelStore | None,
    actor: str,
    event_id: int,
    decision: str,
    original_id: int | None = None,
) -> Decided:
    """An analyst's `confirm`, `split` or `mark` (with `original_id`), then the panel months of
    every event it concerns recomputed, as an import does: a split event counts again, a
    marked one no longer does, and the escalation forecast and charts read the panels. The
    audit entry of the change is what tells the worker to forecast again. Panels another
    process holds too long leave the decision saved and a warning (`Decided.warning`)."""
    with store.uow(actor=actor) as uow:
        before = _cells(uow, event_id)
        if decision == "confirm":
            event = confirm_duplicate(uow, event_id)
        elif decision == "split":
            event = split_duplicate(uow, event_id)
        elif decision == "mark" and original_id is not None:
            event = mark_duplicate(uow, event_id, original_id)
        else:
            raise InvalidInput("decision: confirm, split, or mark with the original's id")
        cells = before | _cells(uow, event_id)
    if panels is not None:
        try:
            panels.refresh(store, cells)
        except PanelsUnavailable as exc:
            # The decision is saved; only the panels wait, as after an import.
            warning = f"panels not refreshed: run tocsin import panels ({exc})"
            log.warning("duplicate decision on event %s: %s", event_id, warning)
            return Decided(event, warning)
    return Decided(event)


def _cells(uow: UnitOfWork, event_id: int) -> set[tuple[str, str]]:
    """The (country, month) of an event and of the event it is linked to, if any."""
    event = uow.session.get(Event, event_id)
    if event is None:
        return set()
    both = [event, uow.session.get(Event, event.duplicate_of_id) if event.duplicate_of_id else None]
    return {(e.country_iso3, f"{e.event_date:%Y-%m}") for e in both if e is not None}
