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
def rule_scores(text: str) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """Total cue weight per type, and each type's first cue span.

    Kept for the last few hundred texts: the trained coder reads the scores as inputs and
    then the spans, so a batch asks twice. Callers must not change the returned dicts."""
    folded = fold(text)
    affixed = AFFIXED_SCRIPTS.search(folded) is not None
    scores: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}
    for label, (words, joined) in _PATTERNS.items():
        total = 0.0
        patterns = (words, joined) if joined is not None and affixed else (words,)
        for pattern in patterns:
            for match in pattern.finditer(folded):
                key = " ".join(without_arabic_marks(match.group()).split())
                total += CUES[label].get(key, 1.0)
                if label not in spans or match.start() < spans[label][0]:
                    spans[label] = match.span()
        scores[label] = total
    return scores, spans


def apply_rules(text: str) -> RuleVerdict:
    scores, spans = rule_scores(text)
    best = max(PRECEDENCE, key=lambda label: (scores[label], -PRECEDENCE.index(label)))
    total = sum(scores.values())
    if total == 0:
        return RuleVerdict(STRATEGIC, 0.2, None, scores, spans)
    return RuleVerdict(best, round(scores[best] / total, 4), spans.get(best), scores, spans)
