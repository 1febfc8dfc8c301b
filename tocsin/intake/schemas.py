"""What a report submission must look like, checked at the edge before anything is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pycountry
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tocsin.coding.event_cues import EVENT_TYPES
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reasons import Country
from tocsin.domain.wording import N_, situation_name_in
from tocsin.ingest import gazetteer
from tocsin.reference.countries import country_name, resolve_country

MAX_TEXT = 20_000
MAX_NOTE = 5_000  # an analyst's note on a verification or a rejection
RELIABILITY_GRADES = "ABCDEF"  # a source's reliability, Admiralty code
CREDIBILITY_GRADES = "123456"  # an information's credibility, Admiralty code
ONE_OF = N_("must be one of {choices}")
EARLIEST_ZONE = timedelta(hours=14)


def known_country(text: str) -> str | None:
    """The ISO code of a country the store holds, given as a code or a name: those of ISO
    3166 and the few it adds under user-assigned codes (Kosovo, the demo's)."""
    from tocsin.reference.load import DE_FACTO_COUNTRIES, FICTIONAL_COUNTRIES

    found = resolve_country(text)
    if found is not None:
        return found
    folded = text.strip().casefold()
    for country in DE_FACTO_COUNTRIES + FICTIONAL_COUNTRIES:
        if folded in (country.iso3.casefold(), country.iso2.casefold(), country.name.casefold()):
            return country.iso3
    return None


def point_problem(iso3: str, latitude: float, longitude: float) -> str | None:
    """Why a point cannot be in its country, or None: the imports' check (the gazetteer's box
    of the country), which catches swapped latitude and longitude, a wrong sign or the wrong
    country."""
    box = gazetteer.country_box(iso3)
    if box is None or gazetteer.inside(box, latitude, longitude):
        return None
    return OUTSIDE.format(latitude=latitude, longitude=longitude, country=country_name(iso3))


OUTSIDE = N_(
    "the point ({latitude}, {longitude}) lies outside {country}'s borders; "
    "are latitude and longitude swapped?"
)
OUTSIDE_AT = N_(
    "{where}: the point ({latitude}, {longitude}) lies outside {country}'s borders; "
    "are latitude and longitude swapped?"
)


def point_refusal(
    iso3: str, latitude: float, longitude: float, where: str = "latitude"
) -> InvalidInput | None:
    """`point_problem` as a refusal naming the field (``where``), which a page tells in its
    reader's language."""
    if point_problem(iso3, latitude, longitude) is None:
        return None
    return InvalidInput(
        OUTSIDE_AT,
        where=where,
        latitude=latitude,
        longitude=longitude,
        country=Country(iso3, country_name(iso3)),
    )


def _same(message: str) -> str:
    return message


def _problem(kind: str, template: str, **values: Any) -> PydanticCustomError:
    """A problem whose wording a page can give in the reader's language: the template (a
    catalog entry) travels with the values it is filled with."""
    return PydanticCustomError(kind, template, {**values, "template": template})


def _field_error(field: str, template: str, **values: Any) -> PydanticCustomError:
    """A rule on the whole submission, told as a problem of the field it names."""
    return _problem("field_rule", template, field=field, **values)


class ReportSubmission(BaseModel):
    """A report as a monitor, a partner tool or a member of the public sends it."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    title: str = Field(min_length=3, max_length=200)
    text: str = Field(min_length=10, max_length=MAX_TEXT)
    country: str = Field(min_length=2, max_length=100, description="ISO 3166 code or name")
    occurred_on: date | None = None
    admin1: str | None = Field(default=None, max_length=120)
    place_name: str | None = Field(default=None, max_length=200)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    source: str | None = Field(default=None, max_length=200)
    reporter_name: str | None = Field(default=None, max_length=200)
    reporter_contact: str | None = Field(default=None, max_length=254)
    anonymous: bool = True

    @field_validator("title", "text", mode="before")
    @classmethod
    def _one_line_break(cls, value: object) -> object:
        # A line break is one character whatever the sender's system (CRLF from a browser or
        # Windows): a text is measured and stored the same from every channel.
        if isinstance(value, str):
            return value.replace("\r\n", "\n").replace("\r", "\n")
        return value

    @field_validator("country")
    @classmethod
    def _is_a_country(cls, value: str) -> str:
        # Checked with the other fields, so that one answer names every bad field; the text as
        # sent is kept (the store resolves it again when the report is written).
        if known_country(value) is None:
            raise _problem("unknown_country", "unknown country '{value}'", value=value)
        return value

    @field_validator("occurred_on")
    @classmethod
    def _not_in_future(cls, value: date | None) -> date | None:
        if value is None:
            return value
        # "Today" where the reporter is: the earliest time zone (UTC+14) is a day ahead of
        # UTC for part of every day, and a witness there reports today's events.
        if value > (datetime.now(UTC) + EARLIEST_ZONE).date():
            raise ValueError("cannot be in the future")
        if value.year < 1900:
            raise ValueError("is before 1900")
        return value

    @model_validator(mode="after")
    def _point_is_whole(self) -> ReportSubmission:
        if (self.latitude is None) != (self.longitude is None):
            raise _field_error(
                "latitude", "latitude and longitude go together: give both or neither"
            )
        iso3 = known_country(self.country)
        if iso3 and self.latitude is not None and self.longitude is not None:
            if point_problem(iso3, self.latitude, self.longitude):
                raise _field_error(
                    "latitude",
                    OUTSIDE,
                    latitude=self.latitude,
                    longitude=self.longitude,
                    country=country_name(iso3),
                    country_iso3=iso3,
                )
        if self.anonymous:
            # An anonymous reporter's name is not kept, even if a form sent one by mistake.
            self.reporter_name = None
        return self


class Verification(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    note: str | None = Field(default=None, max_length=MAX_NOTE)
    reliability: str | None = Field(default=None, pattern="^[A-F]$")
    credibility: str | None = Field(default=None, pattern="^[1-6]$")
    event_type: str | None = Field(default=None, max_length=60)
    fatalities: int | None = Field(default=None, ge=0, le=1_000_000)
    civilian_targeting: bool = False
    indicators: list[str] = Field(default_factory=list, max_length=50)
    # The analyst's answer to the incitement suggestion (None: not decided) and the group it
    # targets; and the report's language when the detector got it wrong (ISO 639-1).
    incitement: bool | None = None
    incitement_target: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, pattern="^[a-z]{2}$")
    # Where it happened, when the analyst settles it (a place the coder found in the text, or
    # another): replaces the report's place before it becomes an Event.
    place_name: str | None = Field(default=None, max_length=200)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)

    @field_validator("reliability", "credibility", mode="before")
    @classmethod
    def _is_a_grade(cls, value: object, info: ValidationInfo) -> object:
        # Told as the grades an analyst picks from, not as the pattern that checks them.
        grades = RELIABILITY_GRADES if info.field_name == "reliability" else CREDIBILITY_GRADES
        if isinstance(value, str) and value.strip() and value.strip() not in grades:
            raise _problem("grade", ONE_OF, choices=", ".join(grades))
        return value

    @field_validator("event_type")
    @classmethod
    def _is_an_event_type(cls, value: str | None) -> str | None:
        # The coders' vocabulary (ACLED's six types): the Event is counted, charted and
        # learned from by type, so a type outside it would be counted nowhere.
        if value and value not in EVENT_TYPES:
            # The types are named as the page names them (``words``), in its language.
            raise _problem(
                "event_type", ONE_OF, choices=", ".join(EVENT_TYPES), words=tuple(EVENT_TYPES)
            )
        return value or None

    @field_validator("language", mode="before")
    @classmethod
    def _is_a_language(cls, value: object) -> object:
        # Any ISO 639-1 language, not only those the detector knows: an analyst may know the
        # report is in Hausa or Tigrinya when the detector cannot say.
        if not isinstance(value, str) or not value.strip():
            return value
        code = value.strip()
        if not re.fullmatch("[a-z]{2}", code) or pycountry.languages.get(alpha_2=code) is None:
            raise _problem(
                "language_code", "'{value}' is not an ISO 639-1 language code", value=code
            )
        return code

    @model_validator(mode="after")
    def _place_is_whole(self) -> Verification:
        if (self.latitude is None) != (self.longitude is None):
            raise _field_error(
                "latitude", "latitude and longitude go together: give both or neither"
            )
        if self.place_name and self.latitude is None:
            raise _field_error("latitude", "place_name needs latitude and longitude")
        return self


#: The verification's fields as the review page labels them, to name a refused one.
VERIFICATION_LABELS = {
    "note": N_("Note"),
    "reliability": N_("Source reliability"),
    "credibility": N_("Information credibility"),
    "event_type": N_("Event type"),
    "fatalities": N_("Fatalities"),
    "civilian_targeting": N_("Civilians were targeted"),
    "indicators": N_("Framework of Analysis indicators"),
    "incitement": N_("Incitement or dehumanising speech"),
    "incitement_target": N_("Targeted group"),
    "language": N_("Language"),
    "place_name": N_("Where it happened"),
    "latitude": N_("Where it happened"),
    "longitude": N_("Where it happened"),
}


class Rejection(BaseModel):
    """Why an analyst rejects a report; kept with it and in the audit log."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    note: str = Field(max_length=MAX_NOTE)


class PublicVersionEdit(BaseModel):
    """What the public reads of a report, as an analyst edits it. A field left out stays as
    it is; the report as received never changes."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, max_length=200)
    text: str | None = Field(default=None, max_length=MAX_TEXT)


NOT_JSON = "body: send JSON with Content-Type: application/json"
# What pydantic says when the body is not an object: text that was not read as JSON (no
# Content-Type: application/json), a list, a number, or nothing at all.
_NOT_AN_OBJECT = ("model_attributes_type", "model_type", "dict_type", "missing")


def _field_of(err: Any) -> str | None:
    """The field a rule on the whole submission names (see `_field_error`)."""
    return (err.get("ctx") or {}).get("field") if err.get("type") == "field_rule" else None


def error_message(exc: Exception, translate: Callable[[str], str] | None = None) -> str:
    """One line per bad field, naming it: what a person needs to fix the form. Given
    ``translate``, a page's: each problem in its reader's language, a parameter named as
    the page's address or form names it ("page", not "query.page"); the API keeps the
    validator's English."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    parts = []
    for err in errors():
        loc = tuple(err.get("loc", ()))
        parameter = loc[:1] in (("query",), ("path",), ("body",)) and len(loc) > 1
        if translate is not None and parameter and err.get("type") != "json_invalid":
            parts.append(f"{'.'.join(str(p) for p in loc[1:])}: {_plain(dict(err), translate)}")
            continue
        message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        if err.get("type") == "json_invalid":
            # FastAPI puts the character's offset where a field name would be.
            offset = loc[1] if len(loc) > 1 else "?"
            parts.append(f"body: not valid JSON (at character {offset})")
            continue
        if loc == ("body",) and err.get("type") in _NOT_AN_OBJECT:
            sent = err.get("input")
            read = sent is not None and not isinstance(sent, bytes | str)
            parts.append("body: a JSON object is expected" if read else NOT_JSON)
            continue
        # A JSON body's fields are named as in the body: "title", not "body.title".
        named = loc[1:] if loc[:1] == ("body",) else loc
        where = _field_of(err) or ".".join(str(p) for p in named)
        parts.append(f"{where or ('body' if loc[:1] == ('body',) else 'report')}: {message}")
    return "; ".join(parts)


def _plain(
    err: dict, translate: Callable[[str], str] = _same, language: str | None = None
) -> str:
    """A validation error as a person reads it, without the validator's vocabulary; a country
    it names, by its name in ``language`` when given."""
    ctx = err.get("ctx") or {}
    kind = err.get("type", "")
    if "template" in ctx:
        told = {**ctx}
        if "words" in ctx:
            told["choices"] = ", ".join(translate(word) for word in ctx["words"])
        if language is not None and "country_iso3" in ctx:
            told["country"] = situation_name_in(language, ctx["country_iso3"], ctx["country"])
        return translate(ctx["template"]).format(**told)
    if kind in ("string_too_short", "too_short"):
        return translate(N_("at least %(number)s characters")) % {"number": ctx.get("min_length")}
    if kind == "string_too_long":
        return translate(N_("at most %(number)s characters")) % {
            "number": f"{ctx.get('max_length', 0):,}"
        }
    if kind == "too_long":  # a list: the indicators ticked
        return translate(N_("at most %(number)s items")) % {"number": ctx.get("max_length")}
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return translate(N_("must be a whole number such as 12"))
    if kind in ("float_parsing", "float_type"):
        return translate(N_("must be a number such as 14.1"))
    if kind == "greater_than_equal":
        return translate(N_("must be at least %(number)s")) % {"number": ctx.get("ge")}
    if kind == "less_than_equal":
        return translate(N_("must be at most %(number)s")) % {"number": ctx.get("le")}
    if kind.startswith("date"):
        return translate(N_("must be a date such as 2026-03-01"))
    if kind == "missing":
        return translate(N_("required"))
    return translate(str(err.get("msg", "invalid")).removeprefix("Value error, "))


def field_problems(
    exc: ValidationError,
    labels: dict[str, str],
    translate: Callable[[str], str] = _same,
    language: str | None = None,
) -> dict[str, str]:
    """Each bad field of a form, by its name, with a message that names it by its label: what
    a page needs to show the message next to the field. A rule on the whole submission (the
    point is half given) is put on the first field it names. ``translate`` gives labels and
    messages in the reader's language, ``language`` the countries they name."""
    problems: dict[str, str] = {}
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        message = _plain(dict(err), translate, language)
        field = _field_of(err)
        loc = (field,) if field else loc
        where = str(loc[0]) if loc else next((k for k in labels if k in message), "")
        label = labels.get(where, where) if loc else labels.get(where, "Report")
        problems.setdefault(where, f"{translate(label)}: {message}")
    return problems


class FieldsRefused(InvalidInput):
    """A form's refused fields: in English, named as the API names them, for the API, the
    command line and the logs; named by their labels and told in a reader's language for a
    page (`told_in`)."""

    def __init__(self, exc: ValidationError, labels: dict[str, str]) -> None:
        super().__init__(error_message(exc))
        self._refused = exc
        self._labels = labels

    def told_in(self, translate: Callable[[str], str], language: str | None = None) -> str:
        problems = field_problems(self._refused, self._labels, translate, language)
        return "; ".join(problems.values())
