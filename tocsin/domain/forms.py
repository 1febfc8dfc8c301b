"""Survey forms: an administrator's custom fields, versioned, and the rules for answers.

Like a Ushahidi survey, a form adds fields to the core of a report (title, text, country, date,
place). A form is never edited in place: saving a change makes a new version, so every stored
answer can be read against the exact questions the reporter saw.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import CORE_FIELDS
from tocsin.domain.wording import N_

KINDS = ("text", "textarea", "choice", "multichoice", "date", "location", "number", "file")
#: A form's title, as the store's column holds it.
TITLE_LIMIT = 200
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# A custom field may not shadow a core report field or a form's own machinery.
RESERVED = set(CORE_FIELDS) | {
    "anonymous",
    "csrf_token",
    "website",
    "form_key",
    "form_version",
    "rendered_at",
    "attachments",
    # The API's multipart parts: the report's JSON and its general attachments.
    "report",
    "files",
}


# "Today" where the reporter is: the earliest time zone (UTC+14) is a day ahead of UTC for part
# of every day. The same rule as the core date of a report.
EARLIEST_ZONE = timedelta(hours=14)
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")


class FormProblems(InvalidInput):
    """Answers refused, each problem by the name of its field, so a page can show it there."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def read_number(raw: Any, example: str = "2.5", coordinate: bool = False) -> float:
    """A number as a person writes it: a decimal comma ("3,5") is a decimal point. "1,000" is
    refused, not guessed: a thousands separator or a decimal comma, it could be 1000 or 1. A
    coordinate has no thousands, so its comma is always a decimal one."""
    if isinstance(raw, bool):
        raise ValueError(f"must be a number such as {example}")
    if isinstance(raw, int | float):
        number = float(raw)
    else:
        text = str(raw).strip()
        if _THOUSANDS.match(text) and not coordinate:
            raise ValueError(
                f"write {text} without a thousands separator ({text.replace(',', '')}), "
                f"or with a decimal point ({text.replace(',', '.')})"
            )
        if _DECIMAL_COMMA.match(text):
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"must be a number such as {example}") from None
    if not math.isfinite(number):  # "nan", "inf", "1e400": no JSON number can hold them
        raise ValueError("must be a finite number")
    return number


def _bound(raw: dict[str, Any], key: str, name: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(f"form field {name}: {key}: a number")
    return float(value)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> FieldSpec:
        if not isinstance(raw, dict):
            raise InvalidInput("form field: each field is a table of name, label, kind, ...")
        name = str(raw.get("name", ""))
        kind = str(raw.get("kind", ""))
        if not _NAME.match(name) or name in RESERVED:
            raise InvalidInput(
                N_("form field {name!r}: a lower-case name not used by the core report"),
                name=name,
            )
        if kind not in KINDS:
            raise InvalidInput(
                N_("form field {name}: kind must be one of {kinds}"),
                name=name,
                kinds=", ".join(KINDS),
            )
        listed = raw.get("choices") or ()
        if not isinstance(listed, list | tuple) or not all(
            isinstance(c, str | int | float) for c in listed
        ):
            raise InvalidInput(f"form field {name}: choices: a list of texts")
        choices = tuple(str(c) for c in listed)
        if kind in ("choice", "multichoice") and not choices:
            raise InvalidInput(
                N_("form field {name}: a {kind} field needs choices"), name=name, kind=kind
            )
        minimum, maximum = _bound(raw, "minimum", name), _bound(raw, "maximum", name)
        if minimum is not None and maximum is not None and minimum > maximum:
            raise InvalidInput(N_("form field {name}: minimum is above maximum"), name=name)
        return cls(
            name=name,
            label=str(raw.get("label") or name),
            kind=kind,
            required=bool(raw.get("required", False)),
            choices=choices,
            minimum=minimum,
            maximum=maximum,
            help=str(raw.get("help", "")),
        )

    @classmethod
    def define(cls, raw: dict[str, Any]) -> FieldSpec:
        """A field as an administrator defines it, held to stricter rules than a stored one
        is read with (a stored form stays readable whatever it was saved with).

        A choice is kept as a browser sends it back: spaces trimmed and runs of them made one,
        as an option's text is, so no listed choice is refused when picked; choices that are
        then the same are refused rather than silently merged. `required` is a JSON boolean:
        the text "false" would otherwise make a field required."""
        spec = cls.parse(raw)
        required = raw.get("required", False)
        if not isinstance(required, bool):
            given = json.dumps(required, default=str)
            raise InvalidInput(f"form field {spec.name}: required: true or false, not {given}")
        choices: list[str] = []
        for typed in spec.choices:
            choice = " ".join(typed.split())
            if not choice:
                raise InvalidInput(f"form field {spec.name}: choices: an empty choice")
            if choice in choices:
                raise InvalidInput(
                    f"form field {spec.name}: choices: {choice!r} is listed twice "
                    "(choices are compared with spaces trimmed and collapsed)"
                )
            choices.append(choice)
        return replace(spec, choices=tuple(choices))

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "kind": self.kind,
            "required": self.required,
            "choices": list(self.choices),
            "minimum": self.minimum,
            "maximum": self.maximum,
            "help": self.help,
        }


@dataclass(frozen=True)
class FormSpec:
    key: str
    title: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)

    @classmethod
    def parse(cls, key: str, title: str, fields: list[dict[str, Any]]) -> FormSpec:
        """A form as an administrator saves it (the API or the admin page)."""
        if not re.match(r"^[a-z0-9][a-z0-9-]{1,59}$", key):
            raise InvalidInput(N_("form key: lower-case letters, digits and dashes"))
        if not isinstance(fields, list):
            raise InvalidInput("form: fields: a list of field definitions")
        if len(title.strip()) > TITLE_LIMIT:
            raise InvalidInput(N_("form title: at most {limit} characters"), limit=TITLE_LIMIT)
        specs = tuple(FieldSpec.define(f) for f in fields)
        names = [f.name for f in specs]
        if len(names) != len(set(names)):
            raise InvalidInput(N_("form: two fields have the same name"))
        return cls(key=key, title=title.strip() or key, fields=specs)


def _answer(spec: FieldSpec, raw: Any) -> Any:
    if spec.kind in ("text", "textarea"):
        value = str(raw).strip()
        limit = 200 if spec.kind == "text" else 10_000
        if len(value) > limit:
            raise ValueError(f"at most {limit} characters")
        return value
    if spec.kind == "choice":
        chosen = _listed(spec, raw)
        if chosen is None:
            raise ValueError(f"must be one of {', '.join(repr(c) for c in spec.choices)}")
        return chosen
    if spec.kind == "multichoice":
        values = raw if isinstance(raw, list) else [raw]
        picked = [_listed(spec, v) for v in values]
        bad = [v for v, p in zip(values, picked, strict=True) if p is None]
        if bad:
            raise ValueError(f"unknown choice {bad[0]!r}")
        return picked
    if spec.kind == "date":
        try:
            day = date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValueError("must be a date such as 2026-03-01") from None
        if day > (datetime.now(UTC) + EARLIEST_ZONE).date():
            raise ValueError("cannot be in the future")
        if day.year < 1900:
            raise ValueError("is before 1900")
        return day.isoformat()
    if spec.kind == "number":
        number = read_number(raw)
        if spec.minimum is not None and number < spec.minimum:
            raise ValueError(f"at least {spec.minimum}")
        if spec.maximum is not None and number > spec.maximum:
            raise ValueError(f"at most {spec.maximum}")
        return number
    if spec.kind == "location":
        return _location(raw)
    if spec.kind == "file":
        return [str(v) for v in (raw if isinstance(raw, list) else [raw])]
    raise ValueError("unknown field kind")


def _listed(spec: FieldSpec, raw: Any) -> str | None:
    """The listed choice picked, as the form lists it. A form saved before choices were
    tidied may list "militia " or "armed  group": a browser or a page that trims what it
    sends still picks them, so spaces are compared trimmed and collapsed."""
    text = str(raw)
    if text in spec.choices:
        return text
    tidy = " ".join(text.split())
    return next((c for c in spec.choices if " ".join(c.split()) == tidy), None)


def _location(raw: Any) -> dict[str, Any]:
    """A point, a point with a place name, or a place name alone: a reporter who knows only
    the name of the camp has still said where."""
    if not isinstance(raw, dict):
        raise ValueError("give a latitude and a longitude, or a place name")
    name = str(raw.get("name") or "").strip() or None
    given = [str(raw.get(k) if raw.get(k) is not None else "").strip() for k in ("lat", "lon")]
    if not any(given):
        if name is None:
            raise ValueError("give a latitude and a longitude, or a place name")
        return {"lat": None, "lon": None, "name": name}
    if not all(given):
        raise ValueError("give both a latitude and a longitude, or neither")
    lat = _coordinate(raw["lat"], "latitude", "14.1", 90)
    lon = _coordinate(raw["lon"], "longitude", "-1.6", 180)
    return {"lat": lat, "lon": lon, "name": name}


def _coordinate(raw: Any, what: str, example: str, limit: float) -> float:
    try:
        value = read_number(raw, example, coordinate=True)
    except ValueError:
        raise ValueError(f"{what} must be a number such as {example}") from None
    if not -limit <= value <= limit:
        raise ValueError(f"{what} must be between -{limit:g} and {limit:g}")
    return value


def _present(raw: Any) -> bool:
    if raw is None:
        return False
    if isinstance(raw, str | list | dict):
        return bool(raw) and any(
            v not in ("", None) for v in (raw.values() if isinstance(raw, dict) else [raw])
        )
    return True


def validate_answers(form: FormSpec, raw: dict[str, Any]) -> dict[str, Any]:
    """Answers checked against the form; every problem named at once, by field label."""
    answers: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for spec in form.fields:
        value = raw.get(spec.name)
        if not _present(value):
            if spec.required:
                problems[spec.name] = f"{spec.label}: required"
            continue
        try:
            answers[spec.name] = _answer(spec, value)
        except (ValueError, TypeError, KeyError) as exc:
            problems[spec.name] = f"{spec.label}: {exc}"
    unknown = sorted(set(raw) - {f.name for f in form.fields})
    if unknown:
        problems[""] = f"unknown field(s): {', '.join(unknown)}"
    if problems:
        raise FormProblems(problems)
    return answers
