"""ACLED (Armed Conflict Location & Event Data) CSV exports, in all three generations.

* current export (2021 on): lower-case columns, `civilian_targeting`, `iso` numeric code,
  dates as "28 December 2022";
* 2020 API export: lower-case, with `data_id` and `iso3`, no `civilian_targeting`;
* legacy export (to 2018): upper-case columns, `GWNO` (Gleditsch-Ward number), `ALLY_ACTOR_*`,
  dates as "01-January-2015", and the old event types with no sub-event types.

Columns are found by name, case-insensitively, never by position. Old event types are mapped
onto the six types of the 2019 codebook (ACLED Codebook 2019, "Event types"); where the old
type carries the new sub-event type ("Battle-Government regains territory") it is kept.
"Riots/Protests" was one category: a row is a riot when rioters (interaction code 5) take part,
else a protest, following the actor codes of the codebook ("Rioters" 5, "Protesters" 6).

`civilian_targeting` came with the 2022 codebook; for files without it, civilians are taken to be
targeted in violence against civilians, and in explosions/remote violence and mob violence
whose second actor is civilians (interaction code 7) -- on the Benin export, which has the
column, this rule agrees on every row.
"""

from __future__ import annotations

from pathlib import Path

from tocsin.domain.reasons import Reason
from tocsin.domain.wording import N_
from tocsin.ingest.base import Importer, ImportOptions, SourceQuery
from tocsin.ingest.readers import csv_clause, dedupe_header, read_header, require_columns
from tocsin.ingest.registry import register
from tocsin.ingest.sql import case_map, ident, literal

# Old type -> (current type, current sub-event type or None when the old type does not say).
LEGACY_TYPES: dict[str, tuple[str, str | None]] = {
    "Battle-No change of territory": ("Battles", "Armed clash"),
    "Battle-Government regains territory": ("Battles", "Government regains territory"),
    "Battle-Non-state actor overtakes territory": (
        "Battles",
        "Non-state actor overtakes territory",
    ),
    "Battle-Non-state actors overtake territory": (
        "Battles",
        "Non-state actor overtakes territory",
    ),
    "Remote violence": ("Explosions/Remote violence", None),
    "Violence Against Civilians": ("Violence against civilians", None),
    "Strategic development": ("Strategic developments", None),
    "Non-violent transfer of territory": (
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    "Headquarters or base established": (
        "Strategic developments",
        "Headquarters or base established",
    ),
    "Non-violent activity by a conflict actor": ("Strategic developments", None),
}
RIOTS_PROTESTS = "Riots/Protests"
#: Legacy type that held mob violence against civilians, lower-cased (exports vary the case).
MOB_VIOLENCE_LEGACY = "violence against civilians"
#: ACLED actor code of rioters.
RIOTERS = 5

VIOLENCE_TYPES = {
    "Battles": "armed_conflict",
    "Explosions/Remote violence": "remote_violence",
    "Violence against civilians": "violence_against_civilians",
    "Riots": "riot",
    "Protests": "protest",
    "Strategic developments": "strategic",
}

REQUIRED = ("event_id_cnty", "event_date", "event_type", "fatalities")
AN_ACLED_EXPORT = Reason(N_("an ACLED export"))
DATE_FORMATS = ["%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%d-%b-%Y", "%d/%m/%Y"]


@register
class AcledImporter(Importer):
    dataset = "acled"
    title = "ACLED CSV export"
    version = "1"

    def open(self, path: Path, options: ImportOptions) -> SourceQuery:
        header = dedupe_header(read_header(path, options.encoding))
        by_lower = {name.lower(): name for name in header}
        require_columns(path, by_lower, REQUIRED, AN_ACLED_EXPORT)
        if not ({"iso", "iso3", "country", "gwno"} & by_lower.keys()):
            require_columns(path, by_lower, ("country",), AN_ACLED_EXPORT)

        def col(*names: str) -> str:
            for name in names:
                if name in by_lower:
                    return f"t_text({ident(by_lower[name])})"
            return "NULL::VARCHAR"

        def num(name: str) -> str:
            return f"t_num({ident(by_lower[name])})" if name in by_lower else "NULL::DOUBLE"

        raw_type = col("event_type")
        rioters = (
            f"({RIOTERS} IN (t_int({ident(by_lower['inter1'])}), "
            f"t_int({ident(by_lower['inter2'])})))"
            if {"inter1", "inter2"} <= by_lower.keys()
            else "false"
        )
        # Before 2019 rioters attacking civilians were "Violence against civilians"; the current
        # codebook calls that mob violence, a riot. Only the legacy generation (no sub-event
        # column) needs the rewrite.
        mob = (
            f"(lower({raw_type}) = {literal(MOB_VIOLENCE_LEGACY)} "
            f"AND t_int({ident(by_lower['inter1'])}) = {RIOTERS})"
            if "inter1" in by_lower and "sub_event_type" not in by_lower
            else "false"
        )
        event_type = (
            f"(CASE WHEN {raw_type} = {literal(RIOTS_PROTESTS)} "
            f"THEN CASE WHEN {rioters} THEN 'Riots' ELSE 'Protests' END "
            f"WHEN {mob} THEN 'Riots' "
            f"ELSE {case_map(raw_type, {k: v[0] for k, v in LEGACY_TYPES.items()}, raw_type)} END)"
        )
        legacy_sub = (
            f"(CASE WHEN {mob} THEN 'Mob violence' ELSE "
            f"{case_map(raw_type, {k: v[1] for k, v in LEGACY_TYPES.items() if v[1]})} END)"
        )
        sub_type = col("sub_event_type") if "sub_event_type" in by_lower else legacy_sub
        inter2 = f"t_int({ident(by_lower['inter2'])})" if "inter2" in by_lower else "NULL"
        if "civilian_targeting" in by_lower:
            civilians = f"({col('civilian_targeting')} IS NOT NULL)"
        else:
            civilians = (
                f"coalesce({event_type} = 'Violence against civilians' OR ({inter2} = 7 AND "
                f"({event_type} = 'Explosions/Remote violence' OR "
                f"coalesce({sub_type}, '') = 'Mob violence')), false)"
            )
        country = " || '|' || ".join(
            f"coalesce('{tag}:' || {col(name)}, '')"
            for name, tag in (("iso3", "iso3"), ("iso", "num"), ("country", "name"), ("gwno", "gw"))
            if name in by_lower
        )
        precision = (
            f"t_int({ident(by_lower['time_precision'])})"
            if "time_precision" in by_lower
            else "NULL"
        )
        target = col("assoc_actor_2", "ally_actor_2")
        fields = {
            "source_event_id": col("event_id_cnty"),
            "event_date": f"try_strptime({col('event_date')}, {DATE_FORMATS!r})::DATE",
            # ACLED time_precision: 1 day, 2 week, 3 month -- the same scale as ours.
            "date_precision": f"(CASE WHEN {precision} IN (1, 2, 3) THEN {precision} END)",
            "country": f"nullif({country}, '')",
            "admin1": col("admin1"),
            "admin2": col("admin2"),
            "place_name": col("location"),
            "latitude": num("latitude"),
            "longitude": num("longitude"),
            "event_type": event_type,
            "sub_event_type": sub_type,
            "violence_type": case_map(event_type, VIOLENCE_TYPES),
            "actor1": col("actor1"),
            "actor2": col("actor2"),
            # Associated actors of targeted civilians name the group (ethnic, religious,
            # political) the violence was aimed at.
            "target_group": f"(CASE WHEN {civilians} THEN {target} END)",
            "civilian_targeting": civilians,
            "fatalities": f"t_int({ident(by_lower['fatalities'])})",
            "fatalities_low": "NULL::INTEGER",
            "fatalities_high": "NULL::INTEGER",
            "notes": col("notes"),
        }
        raw = {
            "event_date": col("event_date"),
            "fatalities": col("fatalities"),
            "latitude": col("latitude"),
            "longitude": col("longitude"),
        }
        return SourceQuery(
            from_clause=csv_clause(path, header, encoding=options.encoding),
            raw_columns=header,
            fields=fields,
            raw=raw,
        )
