"""GDELT event exports: GDELT 2.0 15-minute files and GDELT 1.0 daily and back files.

Tab-separated, no header, no quoting. The layout is told by the number of columns
(GDELT Event Codebook V2.0; GDELT 1.0 Event Codebook):
  61  GDELT 2.0: each of the three geographies has an ADM2 code; DATEADDED is YYYYMMDDHHMMSS;
  58  GDELT 1.0 daily files: no ADM2 codes; DATEADDED is YYYYMMDD; SOURCEURL last;
  57  GDELT 1.0 back files (1979-2013): as 58, without SOURCEURL.

GDELT codes every reported interaction, most of them statements and meetings. By default only
material conflict (QuadClass 4: CAMEO root codes 14-20, protest to mass violence) that has a
place is taken; the rest is counted as skipped (`include_all` takes every row with a place).
The event is placed at its action geography (ActionGeo_*), whose country is a FIPS 10-4 code.
GDELT carries no fatality counts. GDELT asks users to cite the GDELT Project.
"""

from __future__ import annotations

from pathlib import Path

from tocsin.domain.wording import N_
from tocsin.ingest.base import Importer, ImportOptions, SourceQuery, WrongFormat
from tocsin.ingest.readers import csv_clause, first_line
from tocsin.ingest.registry import register
from tocsin.ingest.sql import case_map, ident

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_EVENT = [
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
]


def _geo(prefix: str, adm2: bool) -> list[str]:
    parts = [
        "Type",
        "FullName",
        "CountryCode",
        "ADM1Code",
        *(["ADM2Code"] if adm2 else []),
        "Lat",
        "Long",
        "FeatureID",
    ]
    return [f"{prefix}Geo_{p}" for p in parts]


def columns(count: int) -> list[str]:
    adm2 = count == 61
    names = [
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        *(f"Actor1{a}" for a in _ACTOR),
        *(f"Actor2{a}" for a in _ACTOR),
        *_EVENT,
        *_geo("Actor1", adm2),
        *_geo("Actor2", adm2),
        *_geo("Action", adm2),
        "DATEADDED",
    ]
    return names + ["SOURCEURL"] if count in (58, 61) else names


LAYOUTS = {61: "GDELT 2.0 event export", 58: "GDELT 1.0 daily export", 57: "GDELT 1.0 back file"}

# CAMEO root codes (CAMEO Conflict and Mediation Event Observations Codebook 1.1b3).
CAMEO_ROOTS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}
# Bombings (183x) and aerial weapons (195) are remote violence; other assaults (abduction,
# torture, assassination) and mass violence (expulsion, mass killing, ethnic cleansing) are
# one-sided; fighting is armed conflict.
CIVILIAN_TYPES = ("CVL", "REF")


@register
class GdeltImporter(Importer):
    dataset = "gdelt"
    title = "GDELT event export (2.0 or 1.0)"
    version = "1"

    def open(self, path: Path, options: ImportOptions) -> SourceQuery:
        line = first_line(path, options.encoding).rstrip("\r\n")
        count = line.count("\t") + 1 if line else 0
        if count not in LAYOUTS:
            raise WrongFormat(
                N_(
                    "{name}: not a GDELT event export: {count} tab-separated columns on the "
                    "first line, expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0)"
                ),
                name=path.name,
                count=count,
            )
        names = columns(count)

        def col(name: str) -> str:
            return f"t_text({ident(name)})"

        root = col("EventRootCode")
        code = col("EventCode")
        geo_type = f"t_int({ident('ActionGeo_Type')})"
        parts = f"string_split({col('ActionGeo_FullName')}, ', ')"
        target_civilians = " OR ".join(
            f"{col(f'Actor2Type{i}Code')} IN {CIVILIAN_TYPES}" for i in (1, 2, 3)
        )
        civilians = (
            f"coalesce({root} = '20' OR ({root} IN ('18', '19') AND ({target_civilians})), false)"
        )
        fields = {
            "source_event_id": col("GLOBALEVENTID"),
            "event_date": f"try_strptime({col('SQLDATE')}, '%Y%m%d')::DATE",
            "date_precision": "1",
            "country": f"'fips:' || {col('ActionGeo_CountryCode')}",
            # FullName is "place, region, country" for a city (types 3, 4), "region, country"
            # for a first-order region (types 2, 5).
            # "(general)" marks an unknown region ("Minsk, Belarus (general), Belarus").
            "admin1": f"nullif(regexp_replace(CASE WHEN {geo_type} IN (2, 5) THEN {parts}[1] "
            f"WHEN {geo_type} IN (3, 4) AND len({parts}) >= 3 THEN {parts}[-2] END, "
            "'^.*\\(general\\)$', ''), '')",
            "admin2": "NULL::VARCHAR",
            "place_name": f"(CASE WHEN {geo_type} IN (3, 4) THEN {parts}[1] END)",
            "latitude": f"t_num({ident('ActionGeo_Lat')})",
            "longitude": f"t_num({ident('ActionGeo_Long')})",
            "event_type": case_map(root, CAMEO_ROOTS),
            "sub_event_type": code,
            "violence_type": f"(CASE WHEN {code} LIKE '183%' OR {code} LIKE '195%' "
            "THEN 'remote_violence' "
            f"WHEN {root} IN ('18', '20') THEN 'violence_against_civilians' "
            f"WHEN {root} = '19' THEN 'armed_conflict' "
            f"WHEN {root} = '14' THEN 'protest' "
            f"WHEN {root} IN ('15', '16', '17') THEN 'coercion' END)",
            "actor1": col("Actor1Name"),
            "actor2": col("Actor2Name"),
            "target_group": f"(CASE WHEN {civilians} THEN coalesce({col('Actor2EthnicCode')}, "
            f"{col('Actor2Religion1Code')}) END)",
            "civilian_targeting": civilians,
            "fatalities": "NULL::INTEGER",
            "fatalities_low": "NULL::INTEGER",
            "fatalities_high": "NULL::INTEGER",
            "notes": col("SOURCEURL") if "SOURCEURL" in names else "NULL::VARCHAR",
        }
        located = f"{col('ActionGeo_CountryCode')} IS NOT NULL"
        scope = located if options.include_all else f"{located} AND {col('QuadClass')} = '4'"
        return SourceQuery(
            from_clause=csv_clause(
                path, names, header=False, delimiter="\t", quoted=False, encoding=options.encoding
            ),
            raw_columns=names,
            fields=fields,
            raw={
                "event_date": col("SQLDATE"),
                "latitude": col("ActionGeo_Lat"),
                "longitude": col("ActionGeo_Long"),
            },
            scope=scope,
            scope_note="without a place"
            if options.include_all
            else "not material conflict (QuadClass 4) or without a place",
            first_line=1,
            physical_lines=False,
        )
