"""Turn an importer's SourceQuery into the one SELECT the pipeline streams.

Row by row DuckDB yields the mapped fields (in `vocabulary.MAPPED_FIELDS` order), then:
  row_hash    md5 of the importer's name and version, the mapping's salt and every raw value
              (columns in name order, so a reordered release does not look changed);
  newlines    how many line breaks sit inside quoted values, so the pipeline can keep the
              physical line number of each record;
  problem     why the row cannot be taken, as 'field<US>reason<US>raw value', or NULL (a NUL
              character in any text is one reason: PostgreSQL cannot store it);
  in_scope    False for rows the importer leaves out on purpose (counted as skipped).
The checks here are the ones DuckDB can make on a column; the country and the point-in-country
test need Python tables and happen in the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

from tocsin.ingest.base import Importer, SourceQuery
from tocsin.ingest.sql import ident, literal
from tocsin.ingest.vocabulary import MAPPED_FIELDS, SOURCE_ID_WIDTH, WIDTHS

SEP = "\x1f"
_US = "chr(31)"
_NUL = "chr(0)"
#: Mapped fields that are not text: their raw text is checked instead (see `build_select`).
_NOT_TEXT = ("date_precision", "civilian_targeting")
NUL_REASON = "holds a NUL character"


def _nul_arms(raw: dict[str, str], msg: Callable[..., str]) -> list[tuple[str, str]]:
    """A NUL character in any text the row gives: PostgreSQL cannot store one, so the row is
    refused here, by field, before any other check shows the value (the reject shows it
    without the NUL). The tagged country is shown as nothing."""
    arms = []
    for name in MAPPED_FIELDS:
        if name in raw or name in _NOT_TEXT:
            continue
        shown = "''" if name == "country" else f"replace({name}, {_NUL}, '')"
        arms.append((f"contains(CAST({name} AS VARCHAR), {_NUL})", msg(name, NUL_REASON, shown)))
    for name, column in raw.items():
        shown = f"replace(CAST({column} AS VARCHAR), {_NUL}, '')"
        arms.append((f"contains(CAST({column} AS VARCHAR), {_NUL})", msg(name, NUL_REASON, shown)))
    return arms


def _problem(raw: dict[str, str]) -> str:
    def msg(field: str, reason: str, value: str = "''") -> str:
        return f"{literal(field)} || {_US} || {literal(reason)} || {_US} || coalesce({value}, '')"

    arms = _nul_arms(raw, msg)
    arms += [
        ("source_event_id IS NULL", msg("source_event_id", "missing source event id")),
        (
            f"length(source_event_id) > {SOURCE_ID_WIDTH}",
            msg("source_event_id", f"longer than {SOURCE_ID_WIDTH} characters", "source_event_id"),
        ),
        (
            "event_date IS NULL",
            msg("event_date", "impossible or unreadable date", raw["event_date"]),
        ),
        (
            "event_date > current_date + 1",
            msg("event_date", "date in the future", raw["event_date"]),
        ),
        (
            "event_date < DATE '1900-01-01'",
            msg("event_date", "date before 1900", raw["event_date"]),
        ),
    ]
    for name in ("fatalities", "fatalities_low", "fatalities_high"):
        arms += [
            (
                f"{raw[name]} IS NOT NULL AND {name} IS NULL",
                msg(name, "not a whole number", raw[name]),
            ),
            (f"{name} < 0", msg(name, "negative fatality count", raw[name])),
        ]
    arms += [
        (
            "fatalities_low > fatalities_high",
            msg("fatalities_low", "low estimate above the high estimate", raw["fatalities_low"]),
        ),
        (
            f"{raw['latitude']} IS NOT NULL AND latitude IS NULL",
            msg("latitude", "not a number", raw["latitude"]),
        ),
        (
            f"{raw['longitude']} IS NOT NULL AND longitude IS NULL",
            msg("longitude", "not a number", raw["longitude"]),
        ),
        ("abs(latitude) > 90", msg("latitude", "outside -90..90", raw["latitude"])),
        ("abs(longitude) > 180", msg("longitude", "outside -180..180", raw["longitude"])),
        (
            "(latitude IS NULL) <> (longitude IS NULL)",
            msg("longitude", "a point needs both latitude and longitude", raw["longitude"]),
        ),
        ("country IS NULL", msg("country", "no country given")),
    ]
    return "CASE " + " ".join(f"WHEN {c} THEN {m}" for c, m in arms) + " END"


def build_select(importer: Importer, source: SourceQuery, offset: int = 0) -> str:
    """The streaming SELECT; `offset` skips records a resumed job already committed."""
    missing = [f for f in MAPPED_FIELDS if f not in source.fields]
    if missing:
        raise ValueError(f"importer {importer.dataset} maps no {', '.join(missing)}")
    raw_concat = ", ".join(f"coalesce({ident(c)}, '')" for c in sorted(source.raw_columns))
    salt = literal(f"{importer.dataset}:{importer.version}:{source.salt}{SEP}")
    checked = (
        "event_date",
        "fatalities",
        "fatalities_low",
        "fatalities_high",
        "latitude",
        "longitude",
    )
    raw = {name: f"__raw_{name}" for name in checked}
    mapped = [f"{source.fields[f]} AS {f}" for f in MAPPED_FIELDS]
    mapped += [f"{source.raw.get(name, 'NULL::VARCHAR')} AS {raw[name]}" for name in checked]
    mapped += [
        f"md5({salt} || __raw) AS row_hash",
        "length(__raw) - length(replace(__raw, chr(10), '')) AS newlines"
        if source.physical_lines
        else "0 AS newlines",
        f"{source.scope or 'true'} AS in_scope",
    ]
    outputs = []
    for f in MAPPED_FIELDS:
        if f == "source_event_id":  # shown on the reject of a row refused for a NUL in it
            outputs.append(f"replace({f}, {_NUL}, '') AS {f}")
        elif f == "event_date":
            outputs.append("strftime(event_date, '%Y-%m-%d') AS event_date")
        elif f in WIDTHS:
            outputs.append(f"left({f}, {WIDTHS[f]}) AS {f}")
        else:
            outputs.append(f)
    outputs += ["row_hash", "newlines", f"{_problem(raw)} AS problem", "in_scope"]
    return (
        f"SELECT {', '.join(outputs)}\n"
        f"FROM (SELECT {', '.join(mapped)}\n"
        f"      FROM (SELECT *, concat_ws(chr(31), {raw_concat}) AS __raw "
        f"FROM {source.from_clause}))" + (f"\nOFFSET {int(offset)}" if offset else "")
    )


# Positions in each streamed row.
POS = {
    name: i
    for i, name in enumerate((*MAPPED_FIELDS, "row_hash", "newlines", "problem", "in_scope"))
}
