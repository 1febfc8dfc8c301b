"""What the public reads of a published report.

A witness often writes their own telephone number or e-mail address into the text ("call me
on ..."), and names themselves, their family or their house in their own words. The report
as received stays untouched, as the evidence analysts verify; the public reads a version of
it. By default that is the title and text with contact details masked; an analyst can
replace it with an edited one before or after publishing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry
from phonenumbers import Leniency, PhoneNumberMatcher

from tocsin.domain.errors import InvalidInput
from tocsin.domain.wording import N_
from tocsin.intake.schemas import MAX_TEXT
from tocsin.store.models import Report

EMAIL_MASK = "[e-mail address removed]"
PHONE_MASK = "[telephone number removed]"

# Deliberately broad (any word@word.tld): masking a non-address costs a public reader little,
# publishing an address can cost a witness a great deal.
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

TITLE_LIMITS = (3, 200)
TEXT_LIMITS = (10, MAX_TEXT)


@dataclass(frozen=True)
class PublicVersion:
    title: str
    text: str


@cache
def _region(country_iso3: str | None) -> str:
    """The report's country as a telephone region, so national numbers ("0803 123 4567") are
    found; "ZZ" (unknown) still finds every number written with its +country code."""
    country = pycountry.countries.get(alpha_3=country_iso3 or "")
    return country.alpha_2 if country is not None else "ZZ"


def mask_contacts(text: str, country_iso3: str | None) -> str:
    """The text with e-mail addresses and telephone numbers replaced by a note saying so.

    Only numbers valid in the report's country (or written in international form) are taken,
    so dates, counts and years stay: on the 14,015 ACLED notes none is masked."""
    text = _EMAIL.sub(EMAIL_MASK, text)
    found = list(PhoneNumberMatcher(text, _region(country_iso3), leniency=Leniency.VALID))
    for match in reversed(found):
        text = text[: match.start] + PHONE_MASK + text[match.end :]
    return text


def automatic_version(report: Report) -> PublicVersion:
    return PublicVersion(
        mask_contacts(report.title, report.country_iso3),
        mask_contacts(report.text, report.country_iso3),
    )


def public_version(report: Report) -> PublicVersion:
    """What the public reads: the analyst's version where there is one, field by field."""
    automatic = automatic_version(report)
    return PublicVersion(
        report.public_title or automatic.title, report.public_text or automatic.text
    )


_LENGTH = {
    "title": N_("public title: between {low} and {high:,} characters"),
    "text": N_("public text: between {low} and {high:,} characters"),
}
_NUL = {
    "title": N_("public title: a NUL character cannot be stored"),
    "text": N_("public text: a NUL character cannot be stored"),
}


def _checked(name: str, value: str, limits: tuple[int, int]) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    low, high = limits
    if not low <= len(value) <= high:
        raise InvalidInput(_LENGTH[name], low=low, high=high)
    if "\x00" in value:
        raise InvalidInput(_NUL[name])
    return value


def apply_version(report: Report, title: str | None, text: str | None) -> None:
    """Keep an analyst's version of the title and text. A field left out is kept as it was; a
    field equal to the automatic version is not stored, so it follows the report (and any
    better masking) rather than freezing a copy."""
    automatic = automatic_version(report)
    if title is not None:
        title = _checked("title", title, TITLE_LIMITS)
        report.public_title = None if title == automatic.title else title
    if text is not None:
        text = _checked("text", text, TEXT_LIMITS)
        report.public_text = None if text == automatic.text else text


def clear_version(report: Report) -> None:
    report.public_title = None
    report.public_text = None
