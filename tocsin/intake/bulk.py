"""Bulk upload of reports from CSV: every row checked first, then all stored together."""

from __future__ import annotations

import csv
import io

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


def parse_reports_csv(content: bytes) -> tuple[list[tuple[int, ReportSubmission]], list[str]]:
    """The rows that are valid reports, and one message per row that is not."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("file: not UTF-8 text") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in reader.fieldnames or []]
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
    try:
        for line, row in enumerate(reader, start=2):
            if line - 1 > MAX_ROWS:
                raise InvalidInput(f"file: more than {MAX_ROWS} rows; split it")
            data = {k.strip(): v.strip() for k, v in row.items() if k and v and v.strip()}
            try:
                submissions.append((line, parse_submission(data)))
            except InvalidInput as exc:
                errors.append(f"line {line}: {exc}")
    except csv.Error as exc:  # a field over the csv module's limit, say
        near = reader.line_num + 1
        raise InvalidInput(f"file: not readable as CSV near line {near} ({exc})") from exc
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
