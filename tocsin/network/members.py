"""The coalition's member organisations, imported from the list the coalition keeps.

The list belongs to the coalition (one office per row: ``name, city, country, iso3``), so it is
imported from its file with ``tocsin import members FILE`` rather than shipped with the package.
Every row is checked before any is stored: a list with one bad row adds nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from tocsin.domain.errors import InvalidInput
from tocsin.store.models import Organization
from tocsin.store.uow import UnitOfWork

COLUMNS = ("name", "city", "country", "iso3")
#: Problems named in one error message; the rest are counted.
SHOWN = 10


@dataclass(frozen=True)
class MemberOffice:
    name: str
    city: str | None
    iso3: str | None


def read_members(path: Path, known_iso3: Collection[str]) -> list[MemberOffice]:
    """The offices listed in ``path``; raises naming every bad row and column."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InvalidInput(
                    f"{path.name}: missing column(s) {', '.join(missing)}; "
                    f"a member list has the columns {', '.join(COLUMNS)}"
                )
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name}: not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise InvalidInput(f"{path.name}: not readable as CSV ({exc})") from None
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot be read ({exc.strerror})") from None
    offices, problems = [], []
    for line, row in enumerate(rows, start=2):
        name = (row.get("name") or "").strip()
        iso3 = (row.get("iso3") or "").strip().upper() or None
        if not name:
            problems.append(f"line {line}, column name: empty")
        elif len(name) > 300:
            problems.append(f"line {line}, column name: longer than 300 characters")
        if iso3 is not None and iso3 not in known_iso3:
            problems.append(f"line {line}, column iso3: unknown country code {iso3!r}")
        offices.append(
            MemberOffice(name=name, city=(row.get("city") or "").strip() or None, iso3=iso3)
        )
    if problems:
        more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
        raise InvalidInput(f"{path.name}: nothing imported; " + "; ".join(problems[:SHOWN]) + more)
    if not offices:
        raise InvalidInput(f"{path.name}: no member listed")
    return offices


def import_members(uow: UnitOfWork, path: Path) -> int:
    """Adds the offices of ``path`` not already in the network; returns how many were added."""
    regions = {c.iso3: c.region for c in uow.reference.countries()}
    if not regions:
        raise InvalidInput("the store has no countries yet: run `tocsin init` first")
    offices = read_members(path, regions.keys())
    existing = {(o.name, o.city) for o in uow.network.organizations()}
    added = 0
    for office in offices:
        if (office.name, office.city) in existing:
            continue
        uow.add(
            Organization(
                name=office.name,
                city=office.city,
                country_iso3=office.iso3,
                region=regions.get(office.iso3) if office.iso3 else None,
                member=True,
                activities=[],
            )
        )
        existing.add((office.name, office.city))
        added += 1
    return added
