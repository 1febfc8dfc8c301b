"""The coalition's member organisations, imported from the list the coalition keeps.

The list belongs to the coalition (one office per row: ``name, city, country, iso3``), so it is
imported from its file with ``tocsin import members FILE`` rather than shipped with the package.
Every row is checked before any is stored: a list with one bad row adds nothing. The list is
the coalition's word, so importing it again adds the new offices and corrects the stored ones.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from tocsin.domain.errors import InvalidInput
from tocsin.store.models import Organization
from tocsin.store.uow import UnitOfWork

COLUMNS = ("name", "city", "country", "iso3")
#: Problems named in one error message; the rest are counted.
SHOWN = 10
#: The longest name and city the store holds.
NAME_LIMIT, CITY_LIMIT = 300, 120

Resolve = Callable[[str], "str | None"]


@dataclass(frozen=True)
class MemberOffice:
    name: str
    city: str | None
    iso3: str | None
    line: int = 0

    @property
    def key(self) -> tuple[str, str]:
        """One office whatever the letter case: "Lyon" and "lyon" are the same city."""
        return office_key(self.name, self.city)


def office_key(name: str, city: str | None) -> tuple[str, str]:
    return (name.casefold(), (city or "").casefold())


@dataclass(frozen=True)
class MembersImported:
    """What an import of the list did, office by office: every office of the file is in
    exactly one of added, updated and unchanged; `repeated` counts lines that listed an
    office again."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    repeated: int = 0

    def summary(self) -> str:
        said = (
            f"{self.added} member office(s) added to the network, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )
        if self.repeated:
            said += f"; {self.repeated} line(s) listed an office again and were left out"
        return said


def _rows(path: Path) -> tuple[dict[str, int], list[tuple[int, list[str]]]]:
    """The position of each column (header names in any letter case) and the lines."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [h.strip().casefold() for h in next(reader, [])]
            rows = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name}: not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise InvalidInput(f"{path.name}: not readable as CSV ({exc})") from None
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot be read ({exc.strerror})") from None
    missing = [c for c in COLUMNS if c not in header]
    if missing and len(header) == 1 and ";" in header[0]:
        raise InvalidInput(
            f"{path.name}: columns are separated by ';'; a member list separates them with "
            f"commas ({', '.join(COLUMNS)}): save it again as CSV with commas"
        )
    if missing:
        raise InvalidInput(
            f"{path.name}: missing column(s) {', '.join(missing)}; "
            f"a member list has the columns {', '.join(COLUMNS)}"
        )
    return {c: header.index(c) for c in COLUMNS}, rows


def read_members(
    path: Path, known_iso3: Collection[str], resolve: Resolve | None = None
) -> tuple[list[MemberOffice], int]:
    """The offices listed in ``path``, each once, and how many lines listed one again;
    raises naming every bad row and column.

    A row's country is read too (``resolve`` turns a name into ISO alpha-3): it must be the
    country ``iso3`` gives, and stands for it when ``iso3`` is blank."""
    columns, rows = _rows(path)
    width = max(columns.values()) + 1
    offices: dict[tuple[str, str], MemberOffice] = {}
    problems: list[str] = []
    for line, row in rows:
        if len(row) < width:
            problems.append(
                f"line {line}: {len(row)} cell(s) where the header has {width} columns "
                f"({', '.join(COLUMNS)})"
            )
            continue
        cell = {c: row[i].strip() for c, i in columns.items()}
        office, problem = _office(line, cell, known_iso3, resolve)
        if problem:
            problems.append(problem)
            continue
        first = offices.setdefault(office.key, office)
        if first is not office and first.iso3 != office.iso3:
            problems.append(f"line {line}: the office of line {first.line} with another country")
    if problems:
        more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
        raise InvalidInput(f"{path.name}: nothing imported; " + "; ".join(problems[:SHOWN]) + more)
    if not rows:
        raise InvalidInput(f"{path.name}: no member listed")
    return list(offices.values()), len(rows) - len(offices)


def _office(
    line: int, cell: dict[str, str], known_iso3: Collection[str], resolve: Resolve | None
) -> tuple[MemberOffice, str | None]:
    """One row as an office, or the first thing wrong with it."""
    name, city, country = cell["name"], cell["city"] or None, cell["country"]
    iso3 = cell["iso3"].upper() or None
    wrong = None
    if not name:
        wrong = f"line {line}, column name: empty"
    elif len(name) > NAME_LIMIT:
        wrong = f"line {line}, column name: longer than {NAME_LIMIT} characters"
    elif city and len(city) > CITY_LIMIT:
        wrong = f"line {line}, column city: longer than {CITY_LIMIT} characters"
    elif iso3 is not None and iso3 not in known_iso3:
        wrong = f"line {line}, column iso3: unknown country code {iso3!r}"
    elif country and resolve is not None:
        named = resolve(country)
        if named is None:
            wrong = f"line {line}, column country: unknown country {country!r}"
        elif iso3 is not None and named != iso3:
            wrong = f"line {line}: country {country!r} is {named}, not {iso3} as column iso3 says"
        iso3 = iso3 or named
    return MemberOffice(name=name, city=city, iso3=iso3, line=line), wrong


def import_members(uow: UnitOfWork, path: Path) -> MembersImported:
    """Adds the offices of ``path`` not yet in the network and brings those that differ from
    the file (the spelling of the name or city, the country) up to date: the list is the
    coalition's, so the file is right. Each change goes through the ORM, so the audit log
    keeps the old value."""
    regions = {c.iso3: c.region for c in uow.reference.countries()}
    if not regions:
        raise InvalidInput("the store has no countries yet: run `tocsin init` first")
    resolved: dict[str, str | None] = {}

    def resolve(text: str) -> str | None:
        if text not in resolved:
            resolved[text] = uow.reference.resolve_country(text)
        return resolved[text]

    offices, repeated = read_members(path, regions.keys(), resolve)
    existing = {office_key(o.name, o.city): o for o in uow.network.organizations()}
    added = updated = unchanged = 0
    for office in offices:
        region = regions.get(office.iso3) if office.iso3 else None
        stored = existing.get(office.key)
        if stored is None:
            uow.add(
                Organization(
                    name=office.name,
                    city=office.city,
                    country_iso3=office.iso3,
                    region=region,
                    member=True,
                    activities=[],
                )
            )
            added += 1
        elif (stored.name, stored.city, stored.country_iso3) == (
            office.name,
            office.city,
            office.iso3,
        ):
            unchanged += 1
        else:
            stored.name, stored.city = office.name, office.city
            stored.country_iso3, stored.region = office.iso3, region
            updated += 1
    return MembersImported(added, updated, unchanged, repeated)
