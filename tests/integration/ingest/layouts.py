"""Small files written in exactly the published layouts, for the importers' tests.

Column lists are copied from the codebooks (UCDP GED Codebook 20.1+; GDELT Event Codebook
V2.0 and GDELT 1.0), independently of the importers' own lists.
"""

from __future__ import annotations

import csv
from pathlib import Path

GED_20_COLUMNS = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
    "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,"
    "side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,"
    "source_date,source_headline,source_original,where_prec,where_coordinates,"
    "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,"
    "country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,"
    "deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob"
).split(",")

GDELT_2_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
GDELT_1_COLUMNS = [c for c in GDELT_2_COLUMNS if not c.endswith("ADM2Code")]  # 58

ACLED_CURRENT = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp"
).split(",")


def write_ged20(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.DictWriter(handle, GED_20_COLUMNS)
        out.writeheader()
        for row in rows:
            out.writerow({c: row.get(c, "") for c in GED_20_COLUMNS})
    return path


def write_gdelt(path: Path, columns: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write("\t".join(row.get(c, "") for c in columns) + "\n")
    return path


def write_acled(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.DictWriter(handle, ACLED_CURRENT)
        out.writeheader()
        for row in rows:
            out.writerow({c: row.get(c, "") for c in ACLED_CURRENT})
    return path


def acled_row(event_id: str, **values: str) -> dict[str, str]:
    """A plausible current-format ACLED row in Benin, overridable field by field."""
    row = {
        "event_id_cnty": event_id,
        "event_date": "27 December 2022",
        "year": "2022",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Benin)",
        "inter1": "3",
        "actor2": "Civilians (Benin)",
        "inter2": "7",
        "interaction": "37",
        "civilian_targeting": "Civilian targeting",
        "iso": "204",
        "region": "Western Africa",
        "country": "Benin",
        "admin1": "Alibori",
        "admin2": "Malanville",
        "location": "Malanville",
        "latitude": "11.8683",
        "longitude": "3.3833",
        "geo_precision": "1",
        "source": "Test",
        "source_scale": "Local",
        "notes": "A test event.",
        "fatalities": "1",
        "timestamp": "1675102875",
    }
    row.update(values)
    return row
