"""The reasons of a level change, told in their reader's language.

The rule writes its reasons with figures in them ("3 verified signal(s) in the last 90 days
across risk factors 2, 9"). They are kept as English text, which the API, the CSV files and the
feed's English entries give as they always have; beside it is kept what they were made of: a
template, marked for the catalogs, and its named values. A page or a mail then tells a reason
in its reader's language, the values placed where that language puts them. An analyst's own
words have no template: they are shown as written, in every language.

A value is either text placed as it stands (a figure, a date, a model's name, a place), a
`Reason` itself, when it is a word that is translated too ("three months"), or a `Country`,
named as its reader's language names it ("Bénin").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tocsin.domain.wording import DEFAULT, as_written, situation_name_in

Told = Callable[[str], str]


class Country(str):
    """A country named in a reason: its English name, which it is, and its ISO code, by
    which a reader's language names it."""

    iso3: str

    def __new__(cls, iso3: str, name: str) -> Country:
        made = super().__new__(cls, name)
        made.iso3 = iso3
        return made

    def parts(self) -> dict[str, Any]:
        return {"country": self.iso3, "name": str(self)}


class Reason(str):
    """A reason's English text, which it is (it compares, stores and prints as that text),
    with the template and values it was composed of."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, /, **values: str) -> Reason:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def told_in(self, told: Told) -> str:
        """This reason in the language of ``told`` (a value of a refusal, say)."""
        return told_reasons([self], [self.parts()], told)[0]

    def parts(self) -> dict[str, Any]:
        """What is stored to tell it again: ``{"template": ..., "values": {...}}``."""
        return {
            "template": self.template,
            "values": {
                name: value.parts() if isinstance(value, Reason | Country) else str(value)
                for name, value in self.values.items()
            },
        }


def parts_of(reasons: Iterable[str]) -> list[dict[str, Any] | None]:
    """The stored parts of each reason, None for one written as it stands (an analyst's)."""
    return [r.parts() if isinstance(r, Reason) else None for r in reasons]


def _value(value: Any, told: Told, language: str) -> str:
    if not isinstance(value, dict):
        return str(value)
    if "country" in value:
        return situation_name_in(language, str(value["country"]), str(value["name"]))
    return _tell(value, told, language)


def _tell(parts: dict[str, Any], told: Told, language: str = DEFAULT) -> str:
    values = {
        name: _value(value, told, language) for name, value in (parts.get("values") or {}).items()
    }
    template = str(parts["template"])
    return told(template).format(**values) if values else told(template)


def told_reasons(
    reasons: Sequence[str],
    parts: Sequence[dict[str, Any] | None] | None,
    told: Told = as_written,
    language: str = DEFAULT,
) -> list[str]:
    """The reasons in the language of ``told``, a country in them named in ``language``. A
    reason kept without its parts (an analyst's words, a change recorded before they were
    kept) is shown as stored; so is one whose translation cannot be filled in (a mistyped
    place in a catalog must not take a page or a mail down)."""
    if not parts or len(parts) != len(reasons):
        return list(reasons)
    out = []
    for text, made_of in zip(reasons, parts, strict=True):
        if not isinstance(made_of, dict) or "template" not in made_of:
            out.append(text)
            continue
        try:
            out.append(_tell(made_of, told, language))
        except (KeyError, IndexError, ValueError, TypeError):
            out.append(text)
    return out
