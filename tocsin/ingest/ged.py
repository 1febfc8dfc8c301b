"""UCDP Georeferenced Event Dataset (GED), the published CSV of any version.

Columns are read by name: GED 19.1 has 42, GED 20.1 and later 49 (adding `relid`,
`code_status`, the `*_dset_id` columns and `where_description`, and moving `gwnoa`/`gwnob` and
`low`/`best`/`high`); both map the same way (UCDP GED Codebook, versions 19.1 and 20.1+).

* `type_of_violence`: 1 state-based, 2 non-state, 3 one-sided (violence by a government or an
  organised group against civilians) -- so one-sided events are civilian targeting;
* `best`, `low`, `high`: the best, lowest and highest fatality estimates;
* `date_prec`: 1 exact day, 2 two to six days, 3 a week, 4 a month, 5 a year -- mapped onto our
  day / week / month / year scale; the event is dated by `date_start`;
* `where_coordinates` names the place the point stands for; `adm_1` the first-order region;
* country by name, else by `country_id` (a Gleditsch-Ward number).

UCDP asks users to cite the GED (Sundberg and Melander 2013; Davies, Pettersson and Öberg).
"""

from __future__ import annotations

from pathlib import Path

from tocsin.domain.reasons import Reason
from tocsin.domain.wording import N_
from tocsin.ingest.base import Importer, ImportOptions, SourceQuery
from tocsin.ingest.readers import csv_clause, dedupe_header, read_header, require_columns
from tocsin.ingest.registry import register
from tocsin.ingest.sql import ident

REQUIRED = ("id", "type_of_violence", "date_start", "best", "latitude", "longitude")
A_GED_FILE = Reason(N_("a UCDP GED file"))
EVENT_TYPES = {1: "state-based", 2: "non-state", 3: "one-sided"}
PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 4}


@register
class GedImporter(Importer):
    dataset = "ged"
    title = "UCDP GED CSV"
    version = "1"

    def open(self, path: Path, options: ImportOptions) -> SourceQuery:
        header = dedupe_header(read_header(path, options.encoding))
        require_columns(path, header, REQUIRED, A_GED_FILE)
        present = set(header)
        if not ({"country", "country_id"} & present):
            require_columns(path, header, ("country",), A_GED_FILE)

        def col(name: str) -> str:
            return f"t_text({ident(name)})" if name in present else "NULL::VARCHAR"

        def whole(name: str) -> str:
            return f"t_int({ident(name)})" if name in present else "NULL::INTEGER"

        kind = whole("type_of_violence")
        prec = whole("date_prec")
        headline = col("source_headline")
        fields = {
            "source_event_id": col("id"),
            # GED 20.1+ writes "2019-01-01 00:00:00.000"; the day is the first ten characters.
            "event_date": f"try_strptime(left({col('date_start')}, 10), '%Y-%m-%d')::DATE",
            "date_precision": "(CASE "
            + " ".join(f"WHEN {prec} = {k} THEN {v}" for k, v in PRECISION.items())
            + " END)",
            "country": "nullif(concat_ws('|', 'name:' || "
            f"{col('country')}, 'gw:' || {col('country_id')}), '')",
            "admin1": col("adm_1"),
            "admin2": col("adm_2"),
            "place_name": col("where_coordinates"),
            "latitude": f"t_num({ident('latitude')})",
            "longitude": f"t_num({ident('longitude')})",
            "event_type": "(CASE "
            + " ".join(f"WHEN {kind} = {k} THEN '{v}'" for k, v in EVENT_TYPES.items())
            + " END)",
            "sub_event_type": "NULL::VARCHAR",
            "violence_type": f"(CASE WHEN {kind} IN (1, 2) THEN 'armed_conflict' "
            f"WHEN {kind} = 3 THEN 'violence_against_civilians' END)",
            "actor1": col("side_a"),
            "actor2": col("side_b"),
            "target_group": "NULL::VARCHAR",
            "civilian_targeting": f"coalesce({kind} = 3, false)",
            "fatalities": whole("best"),
            "fatalities_low": whole("low"),
            "fatalities_high": whole("high"),
            "notes": f"nullif(concat_ws('; ', {col('conflict_name')}, {headline}), '')",
        }
        raw = {
            "event_date": col("date_start"),
            "fatalities": col("best"),
            "fatalities_low": col("low"),
            "fatalities_high": col("high"),
            "latitude": col("latitude"),
            "longitude": col("longitude"),
        }
        return SourceQuery(
            from_clause=csv_clause(path, header, encoding=options.encoding),
            raw_columns=header,
            fields=fields,
            raw=raw,
        )
