"""Every word the pages show has a translation in every language offered, with the same
placeholders: a page must never fall back to English halfway through a sentence, nor crash
filling in a value the translation dropped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from tocsin.domain.wording import DEFAULT, LANGUAGES, LOCALES

ROOT = Path(__file__).resolve().parents[3]
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "_problem": (2,), "_field_error": (2,)}
_PERCENT = re.compile(r"%\((\w+)\)s")
_BRACES = re.compile(r"\{(\w+)\}")


def _written() -> set[str]:
    """The messages the code and the templates hold now, found as `make catalogs` finds them."""
    method_map = [("tocsin/**.py", "python"), ("tocsin/web/templates/**.html", "jinja2")]
    found = extract_from_dir(str(ROOT), method_map, keywords=KEYWORDS)
    return {message if isinstance(message, str) else message[0] for _, _, message, *_ in found}


@pytest.fixture(scope="module")
def written() -> set[str]:
    messages = _written()
    assert len(messages) > 100  # the extraction found the pages' words
    return messages


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {DEFAULT}))
def test_every_message_is_translated_with_its_placeholders(language, written):
    with (LOCALES / f"{language}.po").open("rb") as po:
        catalog = read_po(po, locale=language)
    missing = sorted(m for m in written if not (catalog.get(m) and catalog.get(m).string))
    assert missing == [], f"{language}.po lacks: {missing[:5]} (run `make catalogs`)"
    for message in catalog:
        if not message.id:
            continue
        for pattern in (_PERCENT, _BRACES):
            assert sorted(pattern.findall(message.id)) == sorted(pattern.findall(message.string)), (
                f"{language}: placeholders differ in {message.id!r}"
            )
        assert "%" not in _PERCENT.sub("", message.string), (
            f"{language}: a bare % in {message.id!r}"
        )


def test_the_template_lists_what_the_code_holds(written):
    """The .pot the translators work from is the code's, not an older one."""
    with (LOCALES / "tocsin.pot").open("rb") as pot:
        template = {m.id for m in read_po(pot) if m.id}
    assert template == written, "run `make catalogs` after changing the pages' words"
