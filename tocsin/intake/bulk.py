"""Bulk upload of reports from CSV: every row checked first, then all stored together."""

from __future__ import annotations

import csv
import io
from _csv import Reader
from collections.abc import Iterator

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import PLACE_AND_TIME, Channel
from tocsin.domain.roles import Permission, require
from tocsin.intake.schemas import ReportSubmission
from tocsin.intake.service import add_report, parse_submission
from tocsin.store.uow import UnitOfWork

COLUMNS = PLACE_AND_TIME  # a bulk file carries no reporter identity
MAX_ROWS = 10_000
MAX_ERRORS_SHOWN = 20


def _refuse(errors: list[str]) -> InvalidInput:
    shown = errors[:MAX_ERRORS_SHOWN]
    more = f" (and {len(errors) - len(shown)} more)" if len(errors) > len(shown) else ""
    return InvalidInput("nothing was imported: " + " | ".join(shown) + more)


def _records(reader: Reader) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on, blank lines skipped. A quoted text may span
    lines, and the reader counts the lines read so far, so a record starts on the line after
    the one the record before it ended on."""
    start = reader.line_num + 1
    try:
        for cells in reader:
            if cells:
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:  # a field over the csv module's limit, say
        raise InvalidInput(f"file: not readable as CSV near line {start} ({exc})") from exc


def _row(header: list[str], cells: list[str]) -> dict[str, str]:
    """A record's cells by column. Cells past the header's columns that hold something are
    refused: they are a text's unquoted comma or a column the header does not name, and would
    otherwise be lost. So is a cell holding a NUL character."""
    if any(cell.strip() for cell in cells[len(header) :]):
        raise InvalidInput("more cells than the header has columns")
    for column, cell in zip(header, cells, strict=False):
        if "\x00" in cell:  # PostgreSQL cannot store one, and no report needs it
            raise InvalidInput(f"{column}: holds a NUL character")
    return {
        column: cell.strip() for column, cell in zip(header, cells, strict=False) if cell.strip()
    }


def parse_reports_csv(content: bytes) -> tuple[list[tuple[int, ReportSubmission]], list[str]]:
    """The rows that are valid reports, and one message per row that is not."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("file: not UTF-8 text") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise InvalidInput(f"file: the header is not readable as CSV ({exc})") from exc
    missing = [c for c in ("title", "text", "country") if c not in header]
    if missing:
        raise InvalidInput(f"file: missing column(s) {', '.join(missing)}")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise InvalidInput(
            f"file: unknown column(s) {', '.join(unknown)}; allowed: " + ", ".join(COLUMNS)
        )
    submissions, errors = [], []
    for count, (line, cells) in enumerate(_records(reader), start=1):
        if count > MAX_ROWS:
            raise InvalidInput(f"file: more than {MAX_ROWS} rows; split it")
        try:
            submissions.append((line, parse_submission(_row(header, cells))))
        except InvalidInput as exc:
            errors.append(f"line {line}: {exc}")
    if not submissions and not errors:
        raise InvalidInput("file: no rows")
    return submissions, errors


def import_reports_csv(uow: UnitOfWork, content: bytes, principal: Principal) -> list[str]:
    """All rows become reports in one transaction, or none do."""
    require(principal.role, Permission.REVIEW_REPORTS)
    submissions, errors = parse_reports_csv(content)
    errors += [
        f"line {line}: country: unknown country {s.country!r}"
        for line, s in submissions
        if uow.reference.resolve_country(s.country) is None
    ]
    if errors:
        raise _refuse(sorted(errors, key=lambda e: int(e.split(":")[0].removeprefix("line "))))
    references = []
    for line, submission in submissions:
        try:
            references.append(add_report(uow, submission, principal, Channel.UPLOAD).reference)
        except InvalidInput as exc:
            raise InvalidInput(f"nothing was imported: line {line}: {exc}") from exc
    uow.commit()
    return references
