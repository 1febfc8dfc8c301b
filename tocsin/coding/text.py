"""Sentences and words of a report, with character offsets into the original text.

Every suggestion a coder makes points back at the characters that triggered it, so an analyst
can see the evidence before confirming. That only works if nothing here rewrites the text:
all splitting returns ``(start, end)`` offsets into the string as submitted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# A sentence ends at . ! ? and their Arabic, Ethiopic and Burmese equivalents, or at a line
# break. Abbreviations like "Mr." split a sentence too early; for coding that costs little
# because each piece is still scored on its own.
_SENTENCE_END = re.compile(r"[.!?؟።፧။\n]+[\"'”’)\]]*(?=\s|$)|\n+")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str, max_chars: int = 600) -> list[Sentence]:
    """Sentences with offsets; over-long runs are cut so the sentence model sees them whole.

    ``max_chars`` bounds a piece at roughly the 128 word pieces the sentence model reads well;
    a longer piece would be silently truncated by the model.
    """
    pieces: list[Sentence] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(text):
        pieces.extend(_trimmed(text, cursor, match.end(), max_chars))
        cursor = match.end()
    pieces.extend(_trimmed(text, cursor, len(text), max_chars))
    return pieces


def _trimmed(text: str, start: int, end: int, max_chars: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max_chars:
        cut = text.rfind(" ", start, start + max_chars)
        cut = cut if cut > start else start + max_chars
        yield Sentence(text[start:cut], start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(text[start:end], start, end)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """Words with offsets (letters and digits, keeping inner hyphens and apostrophes)."""
    for match in _WORD.finditer(text):
        yield match.group(), match.start(), match.end()


# Hausa's hooked letters, which many writers type as the plain ones ("ƙauye", "kauye").
_HOOKS = {"ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y"}


def fold(text: str) -> str:
    """Lower case without accents or hooks, same length as the input so offsets stay valid.

    Accents are dropped only where a character decomposes to one base letter; everything else
    (Arabic, Ethiopic, Burmese, emoji) passes through unchanged.
    """
    if text.isascii():  # most reports: nothing to fold but the case
        return text.lower()
    out = []
    for char in text:
        lower = char.lower()
        # Turkish "İ" lowers to two characters ("i" and a combining dot): the whole text
        # lowered at once would shift every offset after it (a Turkish place name, "İdlib").
        lower = lower[0] if len(lower) != 1 else lower
        if lower.isascii():
            out.append(lower)
        else:
            out.append(_HOOKS.get(lower) or unicodedata.normalize("NFD", lower)[0])
    return "".join(out)


# Arabic vowel marks, shadda, sukun and the tatweel (kashida) are optional in writing and
# rarely in keywords; a text that carries them ("إِبَادَة", "إبـادة") must still match "إبادة".
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_MARKS = "[\u064b-\u065f\u0670\u0640]*"


def without_arabic_marks(text: str) -> str:
    """The text with Arabic vowel marks and tatweel removed (offsets change: for lookups only)."""
    return re.sub(_ARABIC_MARKS[:-1], "", text)


def phrase_regex(phrase: str) -> str:
    """A folded phrase as a regex: its characters literally, any run of whitespace or hyphens
    for a space, and optional Arabic marks after each Arabic letter."""
    out = []
    for char in phrase:
        out.append(r"[\s\-]+" if char == " " else re.escape(char))
        if _ARABIC_LETTER.match(char):
            out.append(_ARABIC_MARKS)
    return "".join(out)


def phrase_pattern(
    phrases: Iterable[str], word_boundaries: bool = True, inflect: bool = False
) -> re.Pattern[str]:
    """One regex matching any phrase, longest first, on folded text.

    Spaces inside a phrase match any run of whitespace or hyphens, so "ethnic cleansing"
    also finds "ethnic-cleansing". Scripts written without spaces between affixes (Ethiopic,
    Burmese) are matched without word boundaries. ``inflect`` also accepts a plain English
    ending (-s, -es, -d, -ed, -ing) so "massacre" finds "massacred".
    """
    parts = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(phrase_regex(p) for p in parts)
    if not body:
        return re.compile(r"(?!x)x")
    suffix = "(?:s|es|d|ed|ing)?" if inflect else ""
    if word_boundaries:
        return re.compile(rf"(?<!\w)(?:{body}){suffix}(?!\w)")
    return re.compile(rf"(?:{body})")


# Arabic, Ethiopic and Burmese write articles, prepositions and affixes joined to the word, so
# a keyword in these scripts is found anywhere, not between word boundaries.
AFFIXED_SCRIPTS = re.compile(r"[\u0600-\u06ff\u1200-\u137f\u1000-\u109f]")


def mixed_phrase_pattern(phrases: Iterable[str], inflect: bool = False) -> re.Pattern[str]:
    """Like :func:`phrase_pattern` for phrases in several scripts at once: whole words for the
    scripts written with spaces between words, any position for the affixed ones."""
    phrases = list(phrases)
    spaced = [p for p in phrases if not AFFIXED_SCRIPTS.search(p)]
    affixed = [p for p in phrases if AFFIXED_SCRIPTS.search(p)]
    if not affixed:
        return phrase_pattern(spaced, inflect=inflect)
    if not spaced:
        return phrase_pattern(affixed, word_boundaries=False)
    both = (phrase_pattern(spaced, inflect=inflect), phrase_pattern(affixed, word_boundaries=False))
    return re.compile("|".join(p.pattern for p in both))


# Word-start guards that most cue expressions open with. Python's regex engine tries every
# alternative at every position of the text; an alternation of a hundred expressions that each
# open with a guard costs a hundred look-behinds a character. Runs of alternatives with the same
# guard share one, which matches the same text in the same order, several times faster.
_GUARDS = (r"(?<!\w)", r"\b")


def _top_level_bar(expression: str) -> bool:
    """Whether the expression has an alternative outside any group, so that taking its first
    guard off would also take it off the other alternatives."""
    depth, in_class, escaped = 0, False, False
    for char in expression:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def alternation(expressions: tuple[str, ...]) -> str:
    """The expressions as one alternation, in order, consecutive ones that open with the same
    word-start guard grouped under it."""
    runs: list[tuple[str, list[str]]] = []
    for expression in expressions:
        guard = next((g for g in _GUARDS if expression.startswith(g)), "")
        if guard and _top_level_bar(expression[len(guard):]):
            guard = ""
        rest = expression[len(guard):]
        if guard and runs and runs[-1][0] == guard:
            runs[-1][1].append(rest)
        else:
            runs.append((guard, [rest]))
    return "|".join(
        guard + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")" for guard, rests in runs
    )
