"""Keyword rules for ACLED's six event types: the coder used before any model is trained.

Each type has cue phrases with weights (:mod:`tocsin.coding.event_cues`, in English, French,
Spanish, Portuguese, Arabic, Swahili, Amharic, Burmese and Tigrinya); a report's type is the
one with the highest total, and its first cue is the span. The cues paraphrase the
definitions of the ACLED Codebook (2019 and later): battles are armed clashes between
organised armed groups; explosions/remote violence are attacks where the attacker is not on
the scene (bombs, IEDs, shelling, air and drone strikes); violence against civilians is
organised violence against unarmed people; riots are violent demonstrations and mob
violence; protests are peaceful demonstrations; strategic developments are non-violent but
significant events (arrests, looting, agreements, displacement, recruitment). They are
transparent and fast, give a trained model inputs that do not depend on the language, and
serve as the "keyword rules" baseline of the benchmark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tocsin.coding.event_cues import (
    BATTLES,
    CUES_BY_LANGUAGE,
    EVENT_TYPES,
    EXPLOSIONS,
    JOINED,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VAC,
)
from tocsin.coding.text import AFFIXED_SCRIPTS, fold, phrase_regex, without_arabic_marks

__all__ = ["BATTLES", "EVENT_TYPES", "EXPLOSIONS", "PROTESTS", "RIOTS", "STRATEGIC", "VAC"]


def _merged() -> dict[str, dict[str, float]]:
    """Type -> folded cue -> weight, over every language (a cue two languages share keeps
    the larger weight)."""
    merged: dict[str, dict[str, float]] = {label: {} for label in EVENT_TYPES}
    for cues in CUES_BY_LANGUAGE.values():
        for label, weights in cues.items():
            for cue, weight in weights.items():
                key = " ".join(fold(cue).split())
                merged[label][key] = max(weight, merged[label].get(key, 0.0))
    return merged


CUES = _merged()
# When two types tie, the more specific ACLED type wins (the codebook's own precedence:
# a bombing of civilians is an explosion, a mob killing is a riot).
PRECEDENCE = (EXPLOSIONS, VAC, RIOTS, BATTLES, PROTESTS, STRATEGIC)


def _alternation(cues: set[str]) -> str:
    longest_first = sorted(cues, key=len, reverse=True)
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in longest_first)


def _patterns(label: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Whole words for the languages written with spaces between words; any position, in a
    pattern of its own, for those whose articles are joined to the word. The second runs only
    on a text written partly in their scripts: tried at every position of an English report,
    its thousands of alternatives cost more than the rest of the coder."""
    joined = {
        " ".join(fold(c).split())
        for language in JOINED
        for c in CUES_BY_LANGUAGE[language].get(label, {})
    }
    spaced = set(CUES[label]) - joined
    words = re.compile(rf"(?<!\w)(?:{_alternation(spaced)})(?!\w)")
    if not joined:
        return words, None
    # Arabic: vowel marks and tatweel may sit between the letters
    longest_first = sorted(joined, key=len, reverse=True)
    return words, re.compile("|".join(phrase_regex(c) for c in longest_first))


_PATTERNS = {label: _patterns(label) for label in EVENT_TYPES}


@dataclass(frozen=True)
class RuleVerdict:
    label: str
    confidence: float
    span: tuple[int, int] | None
    scores: dict[str, float]
    spans: dict[str, tuple[int, int]]


@lru_cache(maxsize=512)
def _cue_matches(text: str) -> tuple[tuple[str, float, int, int], ...]:
    """(type, weight, start, end) of every cue found in the text."""
    folded = fold(text)
    affixed = AFFIXED_SCRIPTS.search(folded) is not None
    found = []
    for label, (words, joined) in _PATTERNS.items():
        patterns = (words, joined) if joined is not None and affixed else (words,)
        for pattern in patterns:
            for match in pattern.finditer(folded):
                key = " ".join(without_arabic_marks(match.group()).split())
                found.append((label, CUES[label].get(key, 1.0), match.start(), match.end()))
    return tuple(found)


def _totals(
    matches: Sequence[tuple[str, float, int, int]],
) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    scores = dict.fromkeys(EVENT_TYPES, 0.0)
    spans: dict[str, tuple[int, int]] = {}
    for label, weight, start, end in matches:
        scores[label] += weight
        if label not in spans or start < spans[label][0]:
            spans[label] = (start, end)
    return scores, spans


@lru_cache(maxsize=512)
def rule_scores(text: str) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """Total cue weight per type, and each type's first cue span.

    Kept for the last few hundred texts: the trained coder reads the scores as inputs and
    then the spans, so a batch asks twice. Callers must not change the returned dicts.
    These are the trained model's inputs as it was trained on them; the month and actor
    checks of :func:`apply_rules` are left out, so a trained model reads what it learned."""
    return _totals(_cue_matches(text))


# "March" the month, not a march: with a day or a year, after a word of time, or capitalised
# inside a sentence ("a state of emergency since March").
_MONTH_BEFORE = re.compile(
    r"(?:\b(?:since|in|on|until|till|by|from|of|early|late|mid|last|next|this|during|"
    r"before|after|end of|beginning of)|\d{1,2}(?:st|nd|rd|th)?)[\s-]+$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(r"[\s,]+\d{1,4}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'«“(]\s*)$")


def _month_march(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() != "march":
        return False
    before = text[max(0, start - 20) : start]
    return bool(
        _MONTH_BEFORE.search(before)
        or _MONTH_AFTER.match(text, end)
        or (text[start].isupper() and not _SENTENCE_START.search(before))
    )


#: The weight of a cue that is only an actor's name (event_cues: "0.5 an actor that only
#: leans"), and the most a type found by such cues alone is given: an actor says who, not
#: what happened, so at most even odds, never the certainty of an only cue.
ACTOR_WEIGHT = 0.5
ACTOR_ONLY_CONFIDENCE = 0.5


def apply_rules(text: str) -> RuleVerdict:
    matches = [m for m in _cue_matches(text) if not _month_march(text, m[2], m[3])]
    scores, spans = _totals(matches)
    best = max(PRECEDENCE, key=lambda label: (scores[label], -PRECEDENCE.index(label)))
    total = sum(scores.values())
    if total == 0:
        return RuleVerdict(STRATEGIC, 0.2, None, scores, spans)
    confidence = scores[best] / total
    if max(w for label, w, _, _ in matches if label == best) <= ACTOR_WEIGHT:
        confidence = min(confidence, ACTOR_ONLY_CONFIDENCE)
    return RuleVerdict(best, round(confidence, 4), spans.get(best), scores, spans)
