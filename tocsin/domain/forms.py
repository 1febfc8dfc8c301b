"""Survey forms: an administrator's custom fields, versioned, and the rules for answers.

Like a Ushahidi survey, a form adds fields to the core of a report (title, text, country, date,
place). A form is never edited in place: saving a change makes a new version, so every stored
answer can be read against the exact questions the reporter saw.

A form speaks its reporters' languages: its title, description, and each field's label, help
and choices may be given in any of the pages' languages beside the default words
(`labels`, `helps`, `choice_labels`; `titles`, `descriptions`). A reporter reads the words of
their page's language, the default words where a translation is missing. A choice's answer is
always stored as the default (canonical) choice, whatever language it was picked in, so that
one answer is counted as one in analysis and exports.
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
from tocsin.domain.wording import LANGUAGES, N_

KINDS = ("text", "textarea", "choice", "multichoice", "date", "location", "number", "file")
#: A form's title, as the store's column holds it.
TITLE_LIMIT = 200
#: A form's description, in any language.
DESCRIPTION_LIMIT = 2_000
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


class AnswerProblem(ValueError):
    """What is wrong with one answer, kept as its catalog message and values (`%(name)s`), so
    that a page can tell it in its reader's language."""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(template % values if values else template)
        self.template, self.values = template, values


class FormProblems(InvalidInput):
    """Answers refused, each problem by the name of its field, so a page can show it there.

    `parts` keeps each problem as (the label named, the check's message, its values): a page
    tells the message in its reader's language."""

    def __init__(
        self,
        problems: dict[str, str],
        parts: dict[str, tuple[str, str, dict[str, Any]]] | None = None,
    ) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems
        self.parts = parts or {}


def read_number(raw: Any, example: str = "2.5", coordinate: bool = False) -> float:
    """A number as a person writes it: a decimal comma ("3,5") is a decimal point. "1,000" is
    refused, not guessed: a thousands separator or a decimal comma, it could be 1000 or 1. A
    coordinate has no thousands, so its comma is always a decimal one."""
    if isinstance(raw, bool):
        raise AnswerProblem(N_("must be a number such as %(example)s"), example=example)
    if isinstance(raw, int | float):
        number = float(raw)
    else:
        text = str(raw).strip()
        if _THOUSANDS.match(text) and not coordinate:
            raise AnswerProblem(
                N_(
                    "write %(text)s without a thousands separator (%(whole)s), "
                    "or with a decimal point (%(decimal)s)"
                ),
                text=text,
                whole=text.replace(",", ""),
                decimal=text.replace(",", "."),
            )
        if _DECIMAL_COMMA.match(text):
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise AnswerProblem(
                N_("must be a number such as %(example)s"), example=example
            ) from None
    if not math.isfinite(number):  # "nan", "inf", "1e400": no JSON number can hold them
        raise AnswerProblem(N_("must be a finite number"))
    return number


def _bound(raw: dict[str, Any], key: str, name: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(N_("form field {name}: {key}: a number"), name=name, key=key)
    return float(value)


def words_in(raw: Any, where: str, limit: int | None = None) -> dict[str, str]:
    """One text in other languages, `{"fr": "...", "ar": "..."}`: each a page language, each
    a text that is not empty (an empty one would hide the default words)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InvalidInput(
            N_('{where}: a table of language and text, such as {{"fr": "..."}}'), where=where
        )
    words: dict[str, str] = {}
    for language, text in raw.items():
        _known_language(language, where)
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput(
                N_("{where}: {language}: a text, not empty"), where=where, language=language
            )
        if limit is not None and len(text.strip()) > limit:
            raise InvalidInput(
                N_("{where}: {language}: at most {limit} characters"),
                where=where,
                language=language,
                limit=limit,
            )
        words[language] = text.strip()
    return words


def _known_language(language: Any, where: str) -> None:
    if language not in LANGUAGES:
        raise InvalidInput(
            N_("{where}: unknown language {language!r} (one of {languages})"),
            where=where,
            language=language,
            languages=", ".join(LANGUAGES),
        )


def _choice_words(raw: Any, name: str, choices: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A choice list in other languages: per language, one text per choice, in the order of
    `choices`."""
    where = f"form field {name}: choice_labels"
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InvalidInput(
            N_('{where}: a table of language and list of choices, such as {{"fr": ["...", ...]}}'),
            where=where,
        )
    if raw and not choices:
        raise InvalidInput(
            N_("{where}: only a choice or multichoice field has choices"), where=where
        )
    words: dict[str, tuple[str, ...]] = {}
    for language, listed in raw.items():
        _known_language(language, where)
        if not isinstance(listed, list | tuple) or not all(
            isinstance(c, str | int | float) and not isinstance(c, bool) for c in listed
        ):
            raise InvalidInput(
                N_("{where}: {language}: a list of texts"), where=where, language=language
            )
        if len(listed) != len(choices):
            raise InvalidInput(
                N_(
                    "{where}: {language}: {given} choices for the {count} of choices, one for "
                    "each in the same order"
                ),
                where=where,
                language=language,
                given=len(listed),
                count=len(choices),
            )
        texts = tuple(" ".join(str(c).split()) for c in listed)
        if not all(texts):
            raise InvalidInput(
                N_("{where}: {language}: an empty choice"), where=where, language=language
            )
        words[language] = texts
    return words


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
    labels: dict[str, str] = field(default_factory=dict, hash=False)
    helps: dict[str, str] = field(default_factory=dict, hash=False)
    choice_labels: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> FieldSpec:
        if not isinstance(raw, dict):
            raise InvalidInput(N_("form field: each field is a table of name, label, kind, ..."))
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
            raise InvalidInput(N_("form field {name}: choices: a list of texts"), name=name)
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
            labels=words_in(raw.get("labels"), f"form field {name}: labels"),
            helps=words_in(raw.get("helps"), f"form field {name}: helps"),
            choice_labels=_choice_words(raw.get("choice_labels"), name, choices),
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
            raise InvalidInput(
                N_("form field {name}: required: true or false, not {given}"),
                name=spec.name,
                given=given,
            )
        choices: list[str] = []
        for typed in spec.choices:
            choice = " ".join(typed.split())
            if not choice:
                raise InvalidInput(
                    N_("form field {name}: choices: an empty choice"), name=spec.name
                )
            if choice in choices:
                raise InvalidInput(
                    N_(
                        "form field {name}: choices: {choice!r} is listed twice (choices are "
                        "compared with spaces trimmed and collapsed)"
                    ),
                    name=spec.name,
                    choice=choice,
                )
            choices.append(choice)
        spec = replace(spec, choices=tuple(choices))
        spec.check_choice_words()
        return spec

    def check_choice_words(self) -> None:
        """A translated choice names one choice only, so that an answer sent in its words is
        read back as that choice: twice in one language, or naming another choice in another
        language (or another choice's default words), it is refused."""
        named: dict[str, tuple[int, str]] = {c: (i, "default") for i, c in enumerate(self.choices)}
        for language, texts in self.choice_labels.items():
            seen: set[str] = set()
            for index, text in enumerate(texts):
                if text in seen:
                    raise InvalidInput(
                        N_(
                            "form field {name}: choice_labels: {language}: {text!r} is listed twice"
                        ),
                        name=self.name,
                        language=language,
                        text=text,
                    )
                seen.add(text)
                other, where = named.setdefault(text, (index, language))
                if other != index:
                    raise InvalidInput(
                        N_(
                            "form field {name}: choice_labels: {language}: {text!r} also names "
                            "the choice {choice!r} ({where})"
                        ),
                        name=self.name,
                        language=language,
                        text=text,
                        choice=self.choices[other],
                        where=where,
                    )

    def label_in(self, language: str | None) -> str:
        """The label a reader of that language sees: its translation, else the default."""
        return self.labels.get(language or "", self.label)

    def help_in(self, language: str | None) -> str:
        return self.helps.get(language or "", self.help)

    def choices_in(self, language: str | None) -> list[tuple[str, str]]:
        """Each choice as (the answer stored, the words shown in that language)."""
        shown = self.choice_labels.get(language or "", self.choices)
        return list(zip(self.choices, shown, strict=True))

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
            "labels": dict(self.labels),
            "helps": dict(self.helps),
            "choice_labels": {k: list(v) for k, v in self.choice_labels.items()},
        }


@dataclass(frozen=True)
class FormSpec:
    key: str
    title: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    titles: dict[str, str] = field(default_factory=dict, hash=False)
    description: str | None = None
    descriptions: dict[str, str] = field(default_factory=dict, hash=False)

    @classmethod
    def parse(
        cls,
        key: str,
        title: str,
        fields: list[dict[str, Any]],
        titles: Any = None,
        description: str | None = None,
        descriptions: Any = None,
    ) -> FormSpec:
        """A form as an administrator saves it (the API or the admin page)."""
        if not re.match(r"^[a-z0-9][a-z0-9-]{1,59}$", key):
            raise InvalidInput(N_("form key: lower-case letters, digits and dashes"))
        if not isinstance(fields, list):
            raise InvalidInput(N_("form: fields: a list of field definitions"))
        if len(title.strip()) > TITLE_LIMIT:
            raise InvalidInput(N_("form title: at most {limit} characters"), limit=TITLE_LIMIT)
        specs = tuple(FieldSpec.define(f) for f in fields)
        names = [f.name for f in specs]
        if len(names) != len(set(names)):
            raise InvalidInput(N_("form: two fields have the same name"))
        if description is not None and len(description.strip()) > DESCRIPTION_LIMIT:
            raise InvalidInput(
                N_("form description: at most {limit} characters"), limit=DESCRIPTION_LIMIT
            )
        return cls(
            key=key,
            title=title.strip() or key,
            fields=specs,
            titles=words_in(titles, "form titles", TITLE_LIMIT),
            description=(description or "").strip() or None,
            descriptions=words_in(descriptions, "form descriptions", DESCRIPTION_LIMIT),
        )

    def title_in(self, language: str | None) -> str:
        return self.titles.get(language or "", self.title)

    def description_in(self, language: str | None) -> str | None:
        return self.descriptions.get(language or "", self.description)


def _answer(spec: FieldSpec, raw: Any, language: str | None = None) -> Any:
    if spec.kind in ("text", "textarea"):
        value = str(raw).strip()
        limit = 200 if spec.kind == "text" else 10_000
        if len(value) > limit:
            raise AnswerProblem(N_("at most %(number)s characters"), number=f"{limit:,}")
        return value
    if spec.kind == "choice":
        chosen = _listed(spec, raw)
        if chosen is None:
            shown = ", ".join(repr(text) for _, text in spec.choices_in(language))
            raise AnswerProblem(N_("must be one of %(choices)s"), choices=shown)
        return chosen
    if spec.kind == "multichoice":
        values = raw if isinstance(raw, list) else [raw]
        picked = [_listed(spec, v) for v in values]
        bad = [v for v, p in zip(values, picked, strict=True) if p is None]
        if bad:
            raise AnswerProblem(N_("unknown choice %(choice)s"), choice=repr(bad[0]))
        return picked
    if spec.kind == "date":
        try:
            day = date.fromisoformat(str(raw).strip())
        except ValueError:
            raise AnswerProblem(N_("must be a date such as 2026-03-01")) from None
        if day > (datetime.now(UTC) + EARLIEST_ZONE).date():
            raise AnswerProblem(N_("cannot be in the future"))
        if day.year < 1900:
            raise AnswerProblem(N_("is before 1900"))
        return day.isoformat()
    if spec.kind == "number":
        number = read_number(raw)
        if spec.minimum is not None and number < spec.minimum:
            raise AnswerProblem(N_("must be at least %(number)s"), number=f"{spec.minimum:g}")
        if spec.maximum is not None and number > spec.maximum:
            raise AnswerProblem(N_("must be at most %(number)s"), number=f"{spec.maximum:g}")
        return number
    if spec.kind == "location":
        return _location(raw)
    if spec.kind == "file":
        return [str(v) for v in (raw if isinstance(raw, list) else [raw])]
    raise AnswerProblem(N_("unknown field kind"))


def _listed(spec: FieldSpec, raw: Any) -> str | None:
    """The listed choice picked, as the form lists it. A form saved before choices were
    tidied may list "militia " or "armed  group": a browser or a page that trims what it
    sends still picks them, so spaces are compared trimmed and collapsed. A choice sent in
    the words of one of its translations (a page without scripts, a partner app) is that
    choice: the answer kept is the default one, in whatever language it was picked."""
    text = str(raw)
    if text in spec.choices:
        return text
    tidy = " ".join(text.split())
    listed = next((c for c in spec.choices if " ".join(c.split()) == tidy), None)
    if listed is not None:
        return listed
    for texts in spec.choice_labels.values():
        if tidy in texts:
            return spec.choices[texts.index(tidy)]
    return None


#: A point's refusals, by its axis: each told whole in the reader's language.
_NOT_A_NUMBER = {
    "latitude": N_("latitude must be a number such as %(example)s"),
    "longitude": N_("longitude must be a number such as %(example)s"),
}
_OUT_OF_RANGE = {
    "latitude": N_("latitude must be between -%(limit)s and %(limit)s"),
    "longitude": N_("longitude must be between -%(limit)s and %(limit)s"),
}
_NO_PLACE = N_("give a latitude and a longitude, or a place name")


def _location(raw: Any) -> dict[str, Any]:
    """A point, a point with a place name, or a place name alone: a reporter who knows only
    the name of the camp has still said where."""
    if not isinstance(raw, dict):
        raise AnswerProblem(_NO_PLACE)
    name = str(raw.get("name") or "").strip() or None
    given = [str(raw.get(k) if raw.get(k) is not None else "").strip() for k in ("lat", "lon")]
    if not any(given):
        if name is None:
            raise AnswerProblem(_NO_PLACE)
        return {"lat": None, "lon": None, "name": name}
    if not all(given):
        raise AnswerProblem(N_("give both a latitude and a longitude, or neither"))
    lat = _coordinate(raw["lat"], "latitude", "14.1", 90)
    lon = _coordinate(raw["lon"], "longitude", "-1.6", 180)
    return {"lat": lat, "lon": lon, "name": name}


def _coordinate(raw: Any, axis: str, example: str, limit: float) -> float:
    try:
        value = read_number(raw, example, coordinate=True)
    except ValueError:
        raise AnswerProblem(_NOT_A_NUMBER[axis], example=example) from None
    if not -limit <= value <= limit:
        raise AnswerProblem(_OUT_OF_RANGE[axis], limit=f"{limit:g}")
    return value


def _present(raw: Any) -> bool:
    if raw is None:
        return False
    if isinstance(raw, str | list | dict):
        return bool(raw) and any(
            v not in ("", None) for v in (raw.values() if isinstance(raw, dict) else [raw])
        )
    return True


def validate_answers(
    form: FormSpec, raw: dict[str, Any], language: str | None = None
) -> dict[str, Any]:
    """Answers checked against the form; every problem named at once, by the field's label
    in the reader's `language` (the label they saw; the default one without)."""
    answers: dict[str, Any] = {}
    parts: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for spec in form.fields:
        value = raw.get(spec.name)
        label = spec.label_in(language)
        if not _present(value):
            if spec.required:
                parts[spec.name] = (label, N_("required"), {})
            continue
        try:
            answers[spec.name] = _answer(spec, value, language)
        except AnswerProblem as exc:
            parts[spec.name] = (label, exc.template, exc.values)
        except (ValueError, TypeError, KeyError) as exc:
            parts[spec.name] = (label, str(exc), {})
    unknown = sorted(set(raw) - {f.name for f in form.fields})
    if unknown:
        parts[""] = ("", N_("unknown field(s): %(names)s"), {"names": ", ".join(unknown)})
    if parts:
        problems = {
            name: (f"{label}: " if label else "") + (told % values if values else told)
            for name, (label, told, values) in parts.items()
        }
        raise FormProblems(problems, parts)
    return answers
