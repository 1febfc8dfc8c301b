"""The words imported Events share, whatever dataset they came from.

Each dataset has its own typology (ACLED event types, UCDP types of violence, CAMEO codes).
An Event keeps the source's own category in `event_type`/`sub_event_type` and a coarse,
cross-source `violence_type` from the list below, which is what panels count by.
"""

from __future__ import annotations

from enum import StrEnum


class ViolenceType(StrEnum):
    ARMED_CONFLICT = "armed_conflict"  # fighting between organised armed actors
    REMOTE_VIOLENCE = "remote_violence"  # bombs, shelling, air and drone strikes
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians"  # one-sided violence
    RIOT = "riot"
    PROTEST = "protest"
    COERCION = "coercion"  # threats, arrests, force posture short of fighting (CAMEO 15-17)
    STRATEGIC = "strategic"  # non-violent but significant (ACLED strategic developments)


VIOLENCE_TYPES: tuple[str, ...] = tuple(v.value for v in ViolenceType)


class DatePrecision:
    """How exactly the date is known, on one scale for every dataset.

    ACLED `time_precision` is 1 (day), 2 (week), 3 (month); UCDP GED `date_prec` is 1 (day),
    2 (2-6 days), 3 (week), 4 (month), 5 (year) -- both map onto this scale in their importers.
    """

    DAY = 1
    WEEK = 2
    MONTH = 3
    YEAR = 4


# The order of the columns an importer's query yields, before the pipeline resolves the
# country and numbers the line. Kept in one place so every importer and writer agree.
MAPPED_FIELDS: tuple[str, ...] = (
    "source_event_id",
    "event_date",
    "date_precision",
    "country",
    "admin1",
    "admin2",
    "place_name",
    "latitude",
    "longitude",
    "event_type",
    "sub_event_type",
    "violence_type",
    "actor1",
    "actor2",
    "target_group",
    "civilian_targeting",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "notes",
)

# What the writer stores per row: the mapped fields (country resolved to ISO alpha-3),
# then the row hash and the line of the source file.
EVENT_COLUMNS: tuple[str, ...] = (
    *("country_iso3" if f == "country" else f for f in MAPPED_FIELDS),
    "row_hash",
    "source_line",
)

# Event column widths (tocsin.store.models.events); text is cut to fit so one long value
# never fails a whole batch on PostgreSQL, which enforces them.
WIDTHS: dict[str, int] = {
    "admin1": 120,
    "admin2": 120,
    "place_name": 200,
    "event_type": 60,
    "sub_event_type": 80,
    "violence_type": 40,
    "actor1": 300,
    "actor2": 300,
    "target_group": 200,
}
SOURCE_ID_WIDTH = 64
