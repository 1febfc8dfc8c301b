"""The one small interface every importer implements, and what it hands the pipeline.

An importer does not loop over rows. It looks at the file (its header, its layout), refuses a
file in the wrong format with a message that names what is missing, and returns a
`SourceQuery`: a DuckDB FROM clause over the file's raw text, and one SQL expression per Event
field. DuckDB then parses and maps millions of rows in C++; the pipeline only numbers lines,
resolves countries, checks points against the country and hands batches to the writer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from tocsin.domain.errors import InvalidInput


class WrongFormat(InvalidInput):
    """The file is not in the format the importer reads (the message says why)."""


@dataclass(frozen=True)
class ImportOptions:
    encoding: str = "utf-8"
    mapping: Path | None = None  # the column mapping of the generic importer
    include_all: bool = False  # take rows an importer leaves out by default (GDELT)
    batch_size: int = 50_000


@dataclass
class SourceQuery:
    """What an importer makes of one file.

    `fields` maps every name in `vocabulary.MAPPED_FIELDS` to a SQL expression over the raw
    columns (typed: DATE for event_date, DOUBLE for coordinates, INTEGER for counts, BOOLEAN
    for civilian_targeting, VARCHAR for the rest). `country` yields tagged codes such as
    ``gw:775|name:Myanmar`` that `geography.resolve_tagged` turns into ISO alpha-3.
    `raw` gives the raw text behind the checked fields (event_date, fatalities, fatalities_low,
    fatalities_high, latitude, longitude) so that a reject shows what the file said.
    """

    from_clause: str
    raw_columns: list[str]
    fields: Mapping[str, str]
    raw: Mapping[str, str] = field(default_factory=dict)
    scope: str | None = None  # SQL boolean; rows outside it are counted as skipped
    scope_note: str = ""
    first_line: int = 2  # line of the first record: 2 under a header row, 1 without
    physical_lines: bool = True  # False when a "line" is a record (spreadsheet row, feature)
    salt: str = ""  # folded into the row hash: a changed mapping re-imports changed rows
    # An id given twice in the file is a data error, not an update: the later rows are
    # refused, naming the first one's line. Only where an importer asks (a partner's own file),
    # as remembering every id of a multi-million-row release would cost memory for nothing.
    unique_ids: bool = False
    cleanup: Callable[[], None] | None = None


class Importer(ABC):
    """One published format. Subclasses register themselves with `registry.register`."""

    dataset: ClassVar[str]  # the Event.dataset value, and the CLI command name
    title: ClassVar[str]
    # Bumped when the mapping changes, so that re-importing the same file updates its rows.
    version: ClassVar[str] = "1"

    @abstractmethod
    def open(self, path: Path, options: ImportOptions) -> SourceQuery:
        """Inspect the file and return the query that maps it; raise WrongFormat if it is not
        this format."""
