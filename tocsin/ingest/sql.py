"""Small SQL helpers for importers' DuckDB expressions, and the macros they rely on.

The macros keep each importer's mapping one readable line per field: blank text is NULL,
numbers that do not parse are NULL (the pipeline turns that into a reject, with the raw text).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

MACROS = (
    # Blank or whitespace-only text is missing; ACLED also writes the literal NA.
    "CREATE OR REPLACE MACRO t_text(x) AS nullif(nullif(trim(x), ''), 'NA')",
    "CREATE OR REPLACE MACRO t_num(x) AS try_cast(t_text(x) AS DOUBLE)",
    # A whole number, also when a spreadsheet wrote it as 3.0; 2.5 is not a count.
    "CREATE OR REPLACE MACRO t_int(x) AS CASE WHEN t_num(x) = trunc(t_num(x)) "
    "AND abs(t_num(x)) < 2147483648 THEN t_num(x)::INTEGER END",
)


def install_macros(con: duckdb.DuckDBPyConnection) -> None:
    for statement in MACROS:
        con.execute(statement)


def ident(name: str) -> str:
    """A quoted identifier, safe for any header text."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def text(column: str) -> str:
    return f"t_text({ident(column)})"


def num(column: str) -> str:
    return f"t_num({ident(column)})"


def whole(column: str) -> str:
    return f"t_int({ident(column)})"


def case_map(expression: str, mapping: dict[str, str], default: str = "NULL") -> str:
    """CASE over a text expression: {'Riots/Protests': 'Protests', ...} -> SQL."""
    arms = " ".join(f"WHEN {literal(k)} THEN {literal(v)}" for k, v in mapping.items())
    return f"(CASE {expression} {arms} ELSE {default} END)" if mapping else default


def one_of(expression: str, values: Iterable[str]) -> str:
    return f"({expression} IN ({', '.join(literal(v) for v in values)}))"
