"""Reading delimited files: the header (in Python, to check the format before any work) and
the DuckDB `read_csv` clause that streams the body.

The clause sets the dialect and every column explicitly (`auto_detect=false`): sniffing a
sample guesses wrongly on small or odd files, and an explicit VARCHAR schema means a value is
never mangled by type inference before the importer looks at it. Structurally broken rows (too
many or too few fields, an unterminated quote) are not dropped silently: `store_rejects` keeps
them, with their line, and the pipeline reports them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from tocsin.domain.reasons import Reason
from tocsin.domain.wording import N_
from tocsin.ingest.base import WrongFormat
from tocsin.ingest.sql import ident, literal

DUCKDB_ENCODINGS = {"utf-8": "utf-8", "utf8": "utf-8", "latin-1": "latin-1", "utf-16": "utf-16"}


def first_line(path: Path, encoding: str = "utf-8") -> str:
    try:
        with path.open("r", encoding=encoding, newline="") as handle:
            return handle.readline().lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise WrongFormat(
            N_("{name}: not {encoding} text ({reason}); pass the file's encoding"),
            name=path.name,
            encoding=encoding,
            reason=exc.reason,
        ) from None
    except OSError as exc:
        raise WrongFormat(
            N_("{name}: cannot read ({reason})"), name=path.name, reason=exc.strerror
        ) from None


def read_header(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[str]:
    line = first_line(path, encoding)
    if not line.strip():
        raise WrongFormat(N_("{name}: the file is empty or has no header row"), name=path.name)
    return next(csv.reader(io.StringIO(line), delimiter=delimiter))


def require_columns(
    path: Path, header: Iterable[str], required: Iterable[str], what: Reason
) -> None:
    """Refuse a file that lacks a column the importer needs; ``what`` names the format in
    words that are translated ("an ACLED export")."""
    header = list(header)
    missing = [c for c in required if c not in set(header)]
    if missing:
        raise WrongFormat(
            N_("{name}: not {what}: these columns are missing: {missing} (found: {found})"),
            name=path.name,
            what=what,
            missing=", ".join(missing),
            found=", ".join(header[:8]) + ("..." if len(header) > 8 else ""),
        )


def csv_clause(
    path: Path,
    columns: list[str],
    *,
    header: bool = True,
    delimiter: str = ",",
    quoted: bool = True,
    encoding: str = "utf-8",
) -> str:
    """A DuckDB read_csv(...) clause yielding every column as VARCHAR, in file order."""
    enc = DUCKDB_ENCODINGS.get(encoding.lower())
    if enc is None:
        raise WrongFormat(
            N_("encoding {encoding!r} not supported; use utf-8, latin-1 or utf-16"),
            encoding=encoding,
        )
    schema = ", ".join(f"{literal(c)}: 'VARCHAR'" for c in columns)
    quote = "'\"'" if quoted else "''"
    return (
        f"read_csv({literal(str(path))}, header={str(header).lower()}, auto_detect=false, "
        f"columns={{{schema}}}, delim={literal(delimiter)}, quote={quote}, escape={quote}, "
        f"encoding={literal(enc)}, store_rejects=true)"
    )


def dedupe_header(header: list[str]) -> list[str]:
    """Header names as DuckDB will expose them: blanks named, repeats suffixed."""
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(header):
        name = name.strip() or f"column{i}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


def count_lines(path: Path, chunk: int = 1 << 22) -> int:
    """Physical lines, for the progress bar's total (a quick pass that also warms the cache)."""
    total = 0
    last = b"\n"
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            total += block.count(b"\n")
            last = block[-1:]
    return total + (0 if last == b"\n" else 1)


__all__ = ["count_lines", "csv_clause", "dedupe_header", "ident", "read_header"]
