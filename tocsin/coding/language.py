"""Language of a report, offline.

Lingua (lingua-language-detector) is accurate on short texts and ships its models in the
wheel. It is restricted to the languages of the places Tocsin's users monitor, which makes it
faster and avoids confusing close relatives nobody writes in here. Lingua has no model for
Amharic or Burmese, so their scripts (Ethiopic, Myanmar) are recognised first by character
range; Ethiopic is reported as Amharic, the most common language in that script in the reports
Tocsin receives, though Tigrinya is written in it too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.registry import register

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"
LANGUAGE_NAMES = (
    "ENGLISH", "FRENCH", "SPANISH", "PORTUGUESE", "ARABIC", "SWAHILI", "SOMALI", "YORUBA",
    "RUSSIAN", "UKRAINIAN", "GERMAN", "ITALIAN", "TURKISH", "PERSIAN", "URDU", "HINDI",
    "BENGALI", "INDONESIAN", "CHINESE",
)
_SCRIPTS = (("am", re.compile(r"[\u1200-\u137f]")), ("my", re.compile(r"[\u1000-\u109f]")))
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 3


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGE_NAMES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and confidence, or ("und", 0.0) when there is too little text."""
    letters = _LETTER.findall(text)
    if len(letters) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    for code, script in _SCRIPTS:
        share = len(script.findall(text)) / len(letters)
        if share > 0.3:
            return code, round(min(1.0, share), 4)
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return UNDETERMINED, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), round(float(best.value), 4)


class LanguageCoder:
    name = "language"

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        out = []
        for report in batch.reports:
            code, confidence = detect_language(report.text)
            out.append([Suggestion(code, code, confidence, None)])
        return out


@register("language")
def _create() -> LanguageCoder:
    return LanguageCoder()
