"""Spreadsheets and GeoJSON, turned into a temporary CSV for the CSV path.

XLSX is read row by row (openpyxl's read-only mode, constant memory); a "line" is then the
sheet's row number. GeoJSON is a single document, so it is parsed whole -- fine for an analyst's
file, and large datasets come as CSV anyway; a "line" is then the feature's position (1-based).
Each feature's properties become columns, and a Point geometry becomes `longitude` and
`latitude` unless the properties already have those names.
"""

from __future__ import annotations

import csv
import json
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tocsin.domain.wording import N_
from tocsin.ingest.base import WrongFormat


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(sep=" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _temp_csv() -> tuple[Any, Path]:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed by the caller)
        "w", suffix=".csv", prefix="tocsin-", delete=False, newline="", encoding="utf-8"
    )
    return handle, Path(handle.name)


def xlsx_to_csv(path: Path, sheet: str | None) -> Path:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise WrongFormat(
            N_("{name}: not an XLSX workbook ({reason})"), name=path.name, reason=exc
        ) from None
    try:
        if sheet and sheet not in book.sheetnames:
            raise WrongFormat(
                N_("{name}: no sheet {sheet!r}; sheets: {sheets}"),
                name=path.name,
                sheet=sheet,
                sheets=", ".join(book.sheetnames),
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        handle, target = _temp_csv()
        with handle:
            out = csv.writer(handle)
            for row in ws.iter_rows(values_only=True):
                out.writerow([_cell(v) for v in row])
        return target
    finally:
        book.close()


def geojson_to_csv(path: Path) -> Path:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise WrongFormat(
            N_("{name}: not GeoJSON ({reason})"), name=path.name, reason=exc
        ) from None
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        raise WrongFormat(N_("{name}: not a GeoJSON FeatureCollection"), name=path.name)
    names: dict[str, None] = {}
    for feature in features:
        names.update(dict.fromkeys((feature or {}).get("properties") or {}))
    point_names = [n for n in ("longitude", "latitude") if n not in names]
    header = [*names, *point_names]
    handle, target = _temp_csv()
    with handle:
        out = csv.writer(handle)
        out.writerow(header)
        for feature in features:
            props = (feature or {}).get("properties") or {}
            geometry = (feature or {}).get("geometry") or {}
            coords = geometry.get("coordinates") if geometry.get("type") == "Point" else None
            point = [_cell(c) for c in coords[:2]] if coords else ["", ""]
            values = [_cell(props.get(n)) for n in names]
            out.writerow(values + point[: len(point_names)] if point_names else values)
    return target
