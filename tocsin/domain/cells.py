"""Cells of the CSV files people open in a spreadsheet.

A text cell that begins with "=", "+", "-" or "@" is run as a formula by Excel, LibreOffice
and Google Sheets: a note or a place name written as ``=HYPERLINK("http://...")`` in an
imported file would become a live link or a call-out in an analyst's or a partner's copy of an
export. Such text is written with a leading apostrophe, which spreadsheets read as "this is
text" (the OWASP advice for CSV injection). Numbers are never changed: a longitude of -1.5
stays a number.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """A value as a CSV cell: empty for None, 1/0 for booleans, text kept as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) and not _number(value) else value
    return str(value)


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
