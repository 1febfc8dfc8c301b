"""Labelled texts from ACLED exports: each event's `notes` with its event type.

ACLED exports come in three generations of columns (see :mod:`tocsin.ingest.acled`); columns are
found by name, case-insensitively. Old event types are mapped onto the current six with the
importer's own table, so coding and import agree. "Riots/Protests" was one category until 2019:
a row is a riot when rioters (actor code 5) take part, else a protest; and rioters attacking
civilians, then "Violence against civilians", are mob violence, a riot - the codebook's actor
codes, the same rules as the importer's.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tocsin.coding.event_rules import EVENT_TYPES, PROTESTS, RIOTS
from tocsin.domain.errors import InvalidInput
from tocsin.ingest.acled import LEGACY_TYPES, MOB_VIOLENCE_LEGACY, RIOTERS, RIOTS_PROTESTS

DATE_FORMATS = ("%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%d-%b-%Y", "%d/%m/%Y")


@dataclass(frozen=True)
class LabelledNote:
    text: str
    event_type: str
    event_date: date | None
    source: str  # the file it came from, for splits by file
    civilian_targeting: bool | None = None
    sub_event_type: str | None = None  # current exports only; legacy rows have none
    country: str | None = None  # the event's country as the export names it


def current_type(
    raw_type: str, inter1: str = "", inter2: str = "", *, legacy: bool = False
) -> str | None:
    """The 2019+ event type of an exported row, or None when it is not one of the six.

    ``legacy`` marks a pre-2019 export (no sub-event types), where rioters attacking civilians
    were still "Violence against civilians"; the current codebook makes that a riot.
    """
    raw_type = raw_type.strip()
    rioters = str(RIOTERS)
    if raw_type == RIOTS_PROTESTS:
        return RIOTS if rioters in (inter1.strip(), inter2.strip()) else PROTESTS
    if legacy and raw_type.lower() == MOB_VIOLENCE_LEGACY and inter1.strip() == rioters:
        return RIOTS
    if raw_type in LEGACY_TYPES:
        return LEGACY_TYPES[raw_type][0]
    return raw_type if raw_type in EVENT_TYPES else None


def _parse_date(value: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def read_notes(path: Path) -> Iterator[LabelledNote]:
    """Every row of an ACLED export with non-empty notes and a known event type."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        lower = {name.lower(): name for name in reader.fieldnames or ()}
        for needed in ("notes", "event_type"):
            if needed not in lower:
                raise InvalidInput(f"{path}: not an ACLED export (no column {needed!r})")

        legacy = "sub_event_type" not in lower

        def get(row: dict[str, str], name: str) -> str:
            key = lower.get(name)
            return (row.get(key) or "") if key else ""

        for row in reader:
            text = get(row, "notes").strip()
            label = current_type(
                get(row, "event_type"), get(row, "inter1"), get(row, "inter2"), legacy=legacy
            )
            if not text or label is None:
                continue
            targeting = get(row, "civilian_targeting").strip()
            yield LabelledNote(
                text=text,
                event_type=label,
                event_date=_parse_date(get(row, "event_date")),
                source=Path(path).name,
                civilian_targeting=(targeting not in ("", "NA"))
                if "civilian_targeting" in lower
                else None,
                sub_event_type=get(row, "sub_event_type").strip() or None,
                country=get(row, "country").strip() or None,
            )
