"""The reasons of a level change, told in their reader's language.

The rule writes its reasons with figures in them ("3 verified signals in the last 90 days
across risk factors 2, 9"). They are kept as English text, which the API, the CSV files and the
feed's English entries give as they always have; beside it is kept what they were made of: a
template, marked for the catalogs, and its named values. A page or a mail then tells a reason
in its reader's language, the values placed where that language puts them. An analyst's own
words have no template: they are shown as written, in every language.

A value is either text placed as it stands (a figure, a date, a model's name, a place), a
`Reason` itself, when it is a word that is translated too ("three months"), or a `Country`,
named as its reader's language names it ("Bénin").

A counted reason ("14 verified signals ...") is kept with its plural and its count as well, so
that a reader's language takes the form its numbers call for ("14 signaux vérifiés", Arabic's
six forms). Its English text is stored in the form for its count, which the API and the
exports give; one stored when the rule wrote "signal(s)" keeps that text there, and pages,
mails and feeds tell it in the new words (`tocsin.domain.counted_phrases`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from gettext import NullTranslations
from typing import Any

from tocsin.domain.counted_phrases import REWORDED
from tocsin.domain.wording import DEFAULT, as_written, situation_name_in, translations

Told = Callable[[str], str]
# ngettext: a counted phrase's singular and plural and its count -> the form for that count.
Counted = Callable[[str, str, int], str]


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

    def named_in(self, language: str) -> str:
        """Its name in ``language`` (a refusal naming it, say: `tocsin.domain.errors.Named`)."""
        return situation_name_in(language, self.iso3, str(self))


class Reason(str):
    """A reason's English text, which it is (it compares, stores and prints as that text),
    with the template and values it was composed of."""

    template: str
    values: dict[str, str]
    plural: str | None = None
    number: int | None = None

    def __new__(cls, template: str, /, **values: str) -> Reason:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    @classmethod
    def counted(cls, phrase: tuple[str, str], /, count: int, **values: str) -> Reason:
        """A reason that counts something, ``phrase`` marked with ``N_plural``: its English
        text takes the singular for 1 and the plural otherwise, ``{count}`` being the count."""
        singular, plural = phrase
        values = {"count": str(count), **values}
        text = (singular if count == 1 else plural).format(**values)
        made = super().__new__(cls, text)
        made.template, made.plural, made.number, made.values = singular, plural, count, values
        return made

    def told_in(self, told: Told, counted: Counted | None = None) -> str:
        """This reason in the language of ``told`` (a value of a refusal, say); a counted one
        takes its form from ``counted``, by default from ``told``'s catalog (`told_reasons`)."""
        return told_reasons([self], [self.parts()], told, counted=counted)[0]

    def parts(self) -> dict[str, Any]:
        """What is stored to tell it again: ``{"template": ..., "values": {...}}``, and for a
        counted one its ``"plural"`` and ``"count"``."""
        counting = {"plural": self.plural, "count": self.number} if self.plural is not None else {}
        return {
            "template": self.template,
            **counting,
            "values": {
                name: value.parts() if isinstance(value, Reason | Country) else str(value)
                for name, value in self.values.items()
            },
        }


def parts_of(reasons: Iterable[str]) -> list[dict[str, Any] | None]:
    """The stored parts of each reason, None for one written as it stands (an analyst's)."""
    return [r.parts() if isinstance(r, Reason) else None for r in reasons]


def _value(value: Any, told: Told, counted: Counted, language: str) -> str:
    if not isinstance(value, dict):
        return str(value)
    if "country" in value:
        return situation_name_in(language, str(value["country"]), str(value["name"]))
    return _tell(value, told, counted, language)


def _phrase(parts: dict[str, Any], told: Told, counted: Counted) -> str:
    """The template in the reader's language, in the form its count calls for. A phrase
    since reworded is told in its new words (`REWORDED`). A counted phrase kept before its
    plural was (its count only among its values) is looked up as the counted entry the
    catalogs now hold for it, failing which as a phrase that is not counted (a gettext alone
    would give a counted entry's singular whatever the count)."""
    template = str(parts["template"])
    count = str(parts.get("count", (parts.get("values") or {}).get("count", "")))
    if template in REWORDED and count.isdigit():
        return counted(*REWORDED[template], int(count))
    if "plural" in parts:
        return counted(template, str(parts["plural"]), int(parts["count"]))
    if count.isdigit() and (form := counted(template, template, int(count))) != template:
        return form
    return told(template)


def _tell(parts: dict[str, Any], told: Told, counted: Counted, language: str = DEFAULT) -> str:
    values = {
        name: _value(value, told, counted, language)
        for name, value in (parts.get("values") or {}).items()
    }
    phrase = _phrase(parts, told, counted)
    return phrase.format(**values) if values else phrase


def _counting(told: Told, language: str) -> Counted:
    """The ngettext that goes with ``told``: its catalog's when it is a catalog's gettext (a
    mail's), else ``language``'s (a page's, whose gettext follows the request)."""
    catalog = getattr(told, "__self__", None)
    if isinstance(catalog, NullTranslations):
        return catalog.ngettext
    return translations(language).ngettext


def told_reasons(
    reasons: Sequence[str],
    parts: Sequence[dict[str, Any] | None] | None,
    told: Told = as_written,
    language: str = DEFAULT,
    counted: Counted | None = None,
) -> list[str]:
    """The reasons in the language of ``told``, a country in them named in ``language``, a
    counted phrase in the form ``counted`` gives (by default, ``told``'s own). A reason kept
    without its parts (an analyst's words, a change recorded before they were kept) is shown
    as stored; so is one whose translation cannot be filled in (a mistyped place in a catalog
    must not take a page or a mail down)."""
    if not parts or len(parts) != len(reasons):
        return list(reasons)
    counted = counted or _counting(told, language)
    out = []
    for text, made_of in zip(reasons, parts, strict=True):
        if not isinstance(made_of, dict) or "template" not in made_of:
            out.append(text)
            continue
        try:
            out.append(_tell(made_of, told, counted, language))
        except (KeyError, IndexError, ValueError, TypeError):
            out.append(text)
    return out
