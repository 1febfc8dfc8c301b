"""Survey forms: an administrator's custom fields, versioned, and the rules for answers.

Like a Ushahidi survey, a form adds fields to the core of a report (title, text, country, date,
place). A form is never edited in place: saving a change makes a new version, so every stored
answer can be read against the exact questions the reporter saw.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import CORE_FIELDS

KINDS = ("text", "textarea", "choice", "multichoice", "date", "location", "number", "file")
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
                f"form field {name!r}: a lower-case name not used by the core report"
            )
        if kind not in KINDS:
            raise InvalidInput(f"form field {name}: kind must be one of {', '.join(KINDS)}")
        listed = raw.get("choices") or ()
        if not isinstance(listed, list | tuple) or not all(
            isinstance(c, str | int | float) for c in listed
        ):
            raise InvalidInput(f"form field {name}: choices: a list of texts")
        choices = tuple(str(c) for c in listed)
        if kind in ("choice", "multichoice") and not choices:
            raise InvalidInput(f"form field {name}: a {kind} field needs choices")
        minimum, maximum = _bound(raw, "minimum", name), _bound(raw, "maximum", name)
        if minimum is not None and maximum is not None and minimum > maximum:
            raise InvalidInput(f"form field {name}: minimum is above maximum")
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
        if not re.match(r"^[a-z0-9][a-z0-9-]{1,59}$", key):
            raise InvalidInput("form key: lower-case letters, digits and dashes")
        if not isinstance(fields, list):
            raise InvalidInput("form: fields: a list of field definitions")
        specs = tuple(FieldSpec.parse(f) for f in fields)
        names = [f.name for f in specs]
        if len(names) != len(set(names)):
            raise InvalidInput("form: two fields have the same name")
        return cls(key=key, title=title.strip() or key, fields=specs)


def _answer(spec: FieldSpec, raw: Any) -> Any:
    if spec.kind in ("text", "textarea"):
        value = str(raw).strip()
        limit = 200 if spec.kind == "text" else 10_000
        if len(value) > limit:
            raise ValueError(f"at most {limit} characters")
        return value
    if spec.kind == "choice":
        if str(raw) not in spec.choices:
            raise ValueError(f"must be one of {', '.join(spec.choices)}")
        return str(raw)
    if spec.kind == "multichoice":
        values = raw if isinstance(raw, list) else [raw]
        bad = [v for v in values if str(v) not in spec.choices]
        if bad:
            raise ValueError(f"unknown choice {bad[0]!r}")
        return [str(v) for v in values]
    if spec.kind == "date":
        return date.fromisoformat(str(raw)).isoformat()
    if spec.kind == "number":
        number = float(raw)
        if not math.isfinite(number):  # "nan", "inf", "1e400": no JSON number can hold them
            raise ValueError("must be a finite number")
        if spec.minimum is not None and number < spec.minimum:
            raise ValueError(f"at least {spec.minimum}")
        if spec.maximum is not None and number > spec.maximum:
            raise ValueError(f"at most {spec.maximum}")
        return number
    if spec.kind == "location":
        if not isinstance(raw, dict) or "lat" not in raw or "lon" not in raw:
            raise ValueError("give a latitude and a longitude")
        lat, lon = float(raw["lat"]), float(raw["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError("latitude must be within ±90 and longitude within ±180")
        return {"lat": lat, "lon": lon, "name": str(raw.get("name") or "").strip() or None}
    if spec.kind == "file":
        return [str(v) for v in (raw if isinstance(raw, list) else [raw])]
    raise ValueError("unknown field kind")


def _present(raw: Any) -> bool:
    if raw is None:
        return False
    if isinstance(raw, str | list | dict):
        return bool(raw) and raw != {"lat": "", "lon": ""}
    return True


def validate_answers(form: FormSpec, raw: dict[str, Any]) -> dict[str, Any]:
    """Answers checked against the form; every problem named at once, by field label."""
    answers: dict[str, Any] = {}
    problems: list[str] = []
    for spec in form.fields:
        value = raw.get(spec.name)
        if not _present(value):
            if spec.required:
                problems.append(f"{spec.label}: required")
            continue
        try:
            answers[spec.name] = _answer(spec, value)
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(f"{spec.label}: {exc}")
    unknown = sorted(set(raw) - {f.name for f in form.fields})
    if unknown:
        problems.append(f"unknown field(s): {', '.join(unknown)}")
    if problems:
        raise InvalidInput("; ".join(problems))
    return answers
