"""Analysts' own files: CSV (or TSV), XLSX or GeoJSON, read through a saved column mapping.

Every event gets dataset "csv" and the id "<source>:<id>" (the mapping's `source` keeps
partners' numbering apart). A file without an id column gets "<source>:<hash of the row>": a
re-import of the same file is still a no-op, but an edited row then counts as a new event.
Rows with a place name and no point are geocoded offline; see `places`.
"""

from __future__ import annotations

from pathlib import Path

from tocsin.domain.errors import InvalidInput
from tocsin.domain.reasons import Reason
from tocsin.domain.wording import N_
from tocsin.ingest import tabular
from tocsin.ingest.base import Importer, ImportOptions, SourceQuery
from tocsin.ingest.mapping import ColumnMapping, load_mapping
from tocsin.ingest.readers import csv_clause, dedupe_header, read_header, require_columns
from tocsin.ingest.registry import register
from tocsin.ingest.sql import case_map, ident, literal

ISO_FORMATS = ["%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]


@register
class CustomImporter(Importer):
    dataset = "csv"
    title = "CSV, XLSX or GeoJSON with a column mapping"
    version = "1"

    def open(self, path: Path, options: ImportOptions) -> SourceQuery:
        if options.mapping is None:
            raise InvalidInput(N_("a column mapping file is needed (--mapping FILE)"))
        mapping = load_mapping(options.mapping)
        suffix = path.suffix.lower()
        table, cleanup, record_lines = path, None, False
        if suffix in (".xlsx", ".xlsm"):
            table, record_lines = tabular.xlsx_to_csv(path, mapping.sheet), True
        elif suffix in (".geojson", ".json"):
            table, record_lines = tabular.geojson_to_csv(path), True
        if table is not path:
            cleanup = table.unlink
        delimiter = "\t" if suffix in (".tsv", ".tab") else ","
        encoding = "utf-8" if table is not path else options.encoding
        try:
            header = dedupe_header(read_header(table, encoding, delimiter))
            require_columns(
                path,
                header,
                mapping.columns.values(),
                Reason(
                    N_("the layout the mapping {mapping} describes"), mapping=options.mapping.name
                ),
            )
            query = self._query(table, header, mapping, delimiter, encoding)
        except BaseException:
            if cleanup:
                cleanup()
            raise
        query.cleanup = cleanup
        if record_lines:
            query.physical_lines = False
            query.first_line = 1 if suffix in (".geojson", ".json") else 2
        return query

    def _query(
        self, table: Path, header: list[str], mapping: ColumnMapping, delimiter: str, encoding: str
    ) -> SourceQuery:
        cols = mapping.columns

        def text(name: str) -> str:
            return f"t_text({ident(cols[name])})" if name in cols else "NULL::VARCHAR"

        def number(name: str, kind: str) -> str:
            macro = "t_num" if kind == "DOUBLE" else "t_int"
            return f"{macro}({ident(cols[name])})" if name in cols else f"NULL::{kind}"

        formats = [*mapping.date_formats, *ISO_FORMATS]
        raw_hash = (
            "md5(concat_ws(chr(31), "
            + ", ".join(f"coalesce({ident(c)}, '')" for c in header)
            + "))"
        )
        source_id = f"{literal(mapping.source + ':')} || " + (
            f"{text('source_event_id')}" if "source_event_id" in cols else raw_hash
        )
        if mapping.country_code:
            country = literal("auto:" + mapping.country_code)
        else:
            country = f"'auto:' || {text('country')}"
        civilians = (
            f"coalesce(lower({text('civilian_targeting')}) IN "
            f"({', '.join(literal(v) for v in mapping.civilian_values)}), false)"
            if "civilian_targeting" in cols
            else "false"
        )
        fields = {
            "source_event_id": source_id,
            "event_date": f"try_strptime({text('event_date')}, {formats!r})::DATE",
            "date_precision": number("date_precision", "INTEGER"),
            "country": country,
            "admin1": text("admin1"),
            "admin2": text("admin2"),
            "place_name": text("place_name"),
            "latitude": number("latitude", "DOUBLE"),
            "longitude": number("longitude", "DOUBLE"),
            "event_type": text("event_type"),
            "sub_event_type": text("sub_event_type"),
            "violence_type": case_map(text("event_type"), mapping.violence_types),
            "actor1": text("actor1"),
            "actor2": text("actor2"),
            "target_group": text("target_group"),
            "civilian_targeting": civilians,
            "fatalities": number("fatalities", "INTEGER"),
            "fatalities_low": number("fatalities_low", "INTEGER"),
            "fatalities_high": number("fatalities_high", "INTEGER"),
            "notes": text("notes"),
        }
        raw = {
            name: text(name)
            for name in (
                "event_date",
                "fatalities",
                "fatalities_low",
                "fatalities_high",
                "latitude",
                "longitude",
            )
        }
        return SourceQuery(
            from_clause=csv_clause(table, header, delimiter=delimiter, encoding=encoding),
            raw_columns=header,
            fields=fields,
            raw=raw,
            salt=mapping.salt,
            unique_ids="source_event_id" in cols,
        )
