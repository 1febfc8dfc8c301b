"""Every word the pages show has a translation in every language offered, with the same
placeholders: a page must never fall back to English halfway through a sentence, nor crash
filling in a value the translation dropped. A counted phrase has every form its language's
numbers take (French two, Arabic six), each with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from tocsin.domain.wording import DEFAULT, LANGUAGES, LOCALES

ROOT = Path(__file__).resolve().parents[3]
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "N_": None,
    "N_plural": (1, 2),
    "_problem": (2,),
    "_field_error": (2,),
}
# The forms each language's numbers take, as its catalog's Plural-Forms header says.
FORMS = {"fr": 2, "es": 2, "pt": 2, "ar": 6}
_PERCENT = re.compile(r"%\((\w+)\)s")
_BRACES = re.compile(r"\{(\w+)\}")


Message = str | tuple[str, str]


def _written() -> set[Message]:
    """The messages the code and the templates hold now, found as `make catalogs` finds them: a
    counted phrase as its (singular, plural)."""
    method_map = [("tocsin/**.py", "python"), ("tocsin/web/templates/**.html", "jinja2")]
    found = extract_from_dir(str(ROOT), method_map, keywords=KEYWORDS)
    return {message if isinstance(message, str) else tuple(message) for _, _, message, *_ in found}


def _key(message: Message) -> str:
    return message if isinstance(message, str) else message[0]


def _placeholders(text: str) -> list[list[str]]:
    return [sorted(pattern.findall(text)) for pattern in (_PERCENT, _BRACES)]


@pytest.fixture(scope="module")
def written() -> set[Message]:
    messages = _written()
    assert len(messages) > 100  # the extraction found the pages' words
    return messages


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {DEFAULT}))
def test_every_message_is_translated_with_its_placeholders(language, written):
    with (LOCALES / f"{language}.po").open("rb") as po:
        catalog = read_po(po, locale=language)
    missing = sorted(
        _key(m) for m in written if not (catalog.get(_key(m)) and catalog.get(_key(m)).string)
    )
    assert missing == [], f"{language}.po lacks: {missing[:5]} (run `make catalogs`)"
    assert catalog.num_plurals == FORMS[language]
    for message in catalog:
        if not message.id:
            continue
        assert not message.fuzzy, f"{language}: {message.id!r} is fuzzy, so never shown"
        ids = message.id if message.pluralizable else (message.id,)
        forms = message.string if message.pluralizable else (message.string,)
        if message.pluralizable:
            assert len(forms) == catalog.num_plurals and all(forms), (
                f"{language}: {message.id[0]!r} lacks some of its {catalog.num_plurals} forms"
            )
            assert _placeholders(ids[0]) == _placeholders(ids[1]), (
                f"placeholders differ between the singular and plural of {ids[0]!r}"
            )
        for form in forms:
            assert _placeholders(ids[0]) == _placeholders(form), (
                f"{language}: placeholders differ in {ids[0]!r}: {form!r}"
            )
            assert "%" not in _PERCENT.sub("", form), f"{language}: a bare % in {ids[0]!r}"


def test_the_template_lists_what_the_code_holds(written):
    """The .pot the translators work from is the code's, not an older one."""
    with (LOCALES / "tocsin.pot").open("rb") as pot:
        template = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(pot) if m.id}
    assert template == written, "run `make catalogs` after changing the pages' words"
