"""Language of a report, offline.

Lingua (lingua-language-detector) is accurate on short texts and ships its models in the
wheel. It is restricted to the languages of the places Tocsin's users monitor, which makes it
faster and avoids confusing close relatives nobody writes in here. Lingua has no model for
Amharic, Tigrinya, Burmese, Hausa or Kinyarwanda, so their scripts (Ethiopic, Myanmar) are
recognised first by character range, and Hausa and Kinyarwanda, written in Latin letters, by
their function words, Hausa's hooked letters and Kinyarwanda's elisions before lingua is
asked. Amharic and Tigrinya share the Ethiopic script;
:func:`_ethiopic` tells them apart by the short words each uses all the time and the other
does not, and by the letters only Tigrinya writes (see docs/coding.md#language). When lingua
hesitates between Spanish and Portuguese, the words only one of them writes decide
(:func:`_spanish_or_portuguese`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.registry import register

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"
# ISO 639-1 code -> lingua's name for the language.
LINGUA_LANGUAGES = {
    "en": "ENGLISH",
    "fr": "FRENCH",
    "es": "SPANISH",
    "pt": "PORTUGUESE",
    "ar": "ARABIC",
    "sw": "SWAHILI",
    "so": "SOMALI",
    "yo": "YORUBA",
    "ru": "RUSSIAN",
    "uk": "UKRAINIAN",
    "de": "GERMAN",
    "it": "ITALIAN",
    "tr": "TURKISH",
    "fa": "PERSIAN",
    "ur": "URDU",
    "hi": "HINDI",
    "bn": "BENGALI",
    "id": "INDONESIAN",
    "zh": "CHINESE",
}
LANGUAGE_NAMES = tuple(LINGUA_LANGUAGES.values())
ETHIOPIC = "am"  # the script's verdict, refined to Tigrinya by _ethiopic
_SCRIPTS = (
    (ETHIOPIC, re.compile(r"[\u1200-\u137f]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
)
# Function words, each frequent in one language and absent or rare in the other: Tigrinya
# "in", "of", "from", "to", "with", "is", "there is", "this", "the", "also"; Amharic "is",
# "are", "was", "and", "on", "inside", "with", "this", "very", "to".
# Left out: forms that informal Amharic also writes ("እዚ" for "here", "አለዉ" for "አለው",
# "የለን", "እያ" as a cut-off "እያ-"), which made Amharic tweets read as Tigrinya.
_TIGRINYA_WORDS = frozenset(
    "ኣብ ናይ ካብ ናብ ምስ አሎ እዩ ኢዩ ኢያ እዮም ኢዮም ኣሎ ኣለዉ ኣሎዉ እዚኣ እቲ እታ እቶም ከኣ ድማ "
    "ብዛዕባ ኣብቲ ኣብዚ ካብቲ ናብቲ ምስቲ ዝኾነ ከምዚ ከም ነዚ ንምንታይ ብዘይ".split()
)
_AMHARIC_WORDS = frozenset(
    "ነው ነዉ ናቸው ናት ነህ ናችሁ ነበር ነበሩ እና ላይ ውስጥ ጋር ይህ ይህን ይህም ይሄ በጣም ወደ የለም አለ አሉ "
    "ሆኖ እንደ ብቻ እስከ ሁሉ ሲሆን አይደለም አደለም እንጂ ደግሞ ደሞ".split()
)
# The "qhe" letters (U+1250-U+125D) are Tigrinya's own: Amharic has no such sound, but
# writes the Tigrayan capital with one ("መቐለ"), so that name does not count.
_TIGRINYA_LETTERS = re.compile(r"[\u1250-\u125d]")
_MEKELLE = re.compile(r"መቐለ|መቀለ")
_ETHIOPIC_WORD = re.compile(r"[\u1200-\u135f]+")  # letters, not the script's punctuation
# Hausa function words and the words every Hausa report uses ("said", "in", "from", "to",
# "because", "who", "some", "this", "people", "state of", "town of", "day of", "will", "not"),
# as few as possible that are words of the languages lingua is asked about (not "da", "na",
# "ya", "za", Swahili, Portuguese; "ce", "ne", French; "kan", "yara", "bayan", Turkish; "hari",
# "hanya", Indonesian; "sun" is kept: English has it, but not beside the others); the hooked
# letters only Hausa (and Fula, which no coder reads) writes; and "'yan" (members of).
_HAUSA_WORDS = frozenset(
    "kuma amma wanda wadda wadanda waɗanda cikin saboda domin daga zuwa wannan wadannan "
    "waɗannan wasu wani wata cewa mutane mutanen mutum gwamnati gwamnatin sun suka mun kun "
    "zai zan zasu zamu ba yayin inda akwai lokacin jihar garin kauyen ƙauyen hukumar "
    "rundunar shugaban ranar yanzu yau jiya gobe sosai kasuwa kasuwar gida gidan rashin "
    "tsaro kashe sojoji makamai bindiga sanda karamar ƙaramar jama'a".split()
)
_HAUSA_LETTERS = re.compile("[ɓɗƙƴƁƊƘƳ]|(?<!\\w)['’]yan\\b", re.IGNORECASE)
# Kinyarwanda (and Kirundi, its close kin): conjunctions, "in", "to", "people", "very",
# "because", "not", "said", the units of government every report names ("district",
# "sector", "residents"), none of them Swahili ("na", "ni", "kwa", "nyuma" are left out) or
# Indonesian ("hari"); and the elided class markers before a vowel ("y'abantu", "cy'ingenzi",
# "by'umwihariko", "rw'u"), which no other language here writes.
_KINYARWANDA_WORDS = frozenset(
    "kandi ariko cyangwa kugira ngo muri kuri abantu umuntu cyane ubu uyu iyi ibi ibyo uko "
    "ubwo rero nta ntabwo yavuze bavuze yagize leta igihugu akarere umurenge intara ingabo "
    "abaturage bamwe benshi kubera kuko mbere amakuru bwoko byo bwabo yabo babo buri kugera "
    "ijoro ejo abarwanyi abasirikare intwaro ibitero igiciro isoko rya ryo cyo byayo ako hano "
    "gusa wacu impande umutwe amazi abana abagore abahinzi karere".split()
)
_KINYARWANDA_LETTERS = re.compile(r"\b(?:y|z|w|b|cy|by|rw|ry|k|mu)['’][aeiou]", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Spanish and Portuguese share most of their words, and on a short text lingua's character
# statistics can be swayed by a name ("Ataque em Pemba.": Pemba's letters lean Spanish, and
# they outweigh "em"). When those two are lingua's first choices, words and spellings that
# only one of them writes decide, if all that are present point the same way. Left out as
# written in both: "no", "la" (Portuguese "matá-la"), "os" (Spanish "os"), "o" (Spanish "or"),
# "a", "de", "que", "por", "para", "se", "es".
_PORTUGUESE_WORDS = frozenset(
    "em um uma uns umas do da dos das na nas ao aos à às pelo pela pelos pelas num numa com "
    "não são é e foi foram também já isso isto esse essa nesta neste nesse muito mais ele "
    "eles depois onde quando houve".split()
)
_SPANISH_WORDS = frozenset(
    "en el los las del al y un unos unas una con fue fueron también ya eso esto ese esa muy "
    "más él ellos después donde cuando hubo hay pero ni".split()
)
_PORTUGUESE_SPELLING = re.compile(r"[ãõç]|(?<=[aeiou])[nl]h(?=[aeiou])")
_SPANISH_SPELLING = re.compile(r"[ñ¿¡]|ción\b|ciones\b")
MARKER_SHARE = 0.1  # of the words, at least two of them
_SENTENCE_END = ".!?:;\n"
# Every language the coder can name, for an analyst correcting it: code -> English name.
LANGUAGES = {
    **{code: name.title() for code, name in LINGUA_LANGUAGES.items()},
    "am": "Amharic",
    "ti": "Tigrinya",
    "my": "Burmese",
    "ha": "Hausa",
    "rw": "Kinyarwanda",
}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 3


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGE_NAMES]
    return (
        LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()
    )


def _by_script(text: str) -> tuple[str, float] | None:
    """The verdict when the text decides it without lingua: too few letters, or a script
    lingua has no model for; None otherwise."""
    letters = _LETTER.findall(text)
    if len(letters) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    for code, script in _SCRIPTS:
        share = len(script.findall(text)) / len(letters)
        if share > 0.3:
            if code == ETHIOPIC:
                code = _ethiopic(text)
            return code, round(min(1.0, share), 4)
    return _by_markers(text)


def _by_markers(text: str) -> tuple[str, float] | None:
    """("ha" or "rw", share of marker words) when at least two words and a tenth of them
    mark Hausa or Kinyarwanda (a hooked letter or an elided class marker counts as one);
    None to let lingua decide."""
    # A capitalised word counts only at a sentence's start: elsewhere it is a name ("Kandi",
    # a town in Benin, is Kinyarwanda's "and").
    words = [m.group().lower() for m in _LATIN_WORD.finditer(text)
             if m.group().islower() or _starts_sentence(text, m.start())]
    if not words:
        return None
    best = None
    for code, markers, letters in (("ha", _HAUSA_WORDS, _HAUSA_LETTERS),
                                   ("rw", _KINYARWANDA_WORDS, _KINYARWANDA_LETTERS)):
        marks = sum(w in markers for w in words) + len(letters.findall(text))
        share = marks / len(words)
        if marks >= 2 and share >= MARKER_SHARE and (best is None or share > best[1]):
            best = (code, share)
    return (best[0], round(min(1.0, 2 * best[1]), 4)) if best else None


def _starts_sentence(text: str, start: int) -> bool:
    """Whether only spaces, quotes or brackets stand between ``start`` and the last
    sentence's end (or the text's start)."""
    i = start - 1
    while i >= 0 and not text[i].isalnum() and text[i] not in _SENTENCE_END:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _ethiopic(text: str) -> str:
    """Amharic or Tigrinya: each marker word counts one, each Tigrinya-only letter one; a
    tie (a short text with no marker) goes to Amharic, the more widely written of the two."""
    words = _ETHIOPIC_WORD.findall(text)
    tigrinya = sum(w in _TIGRINYA_WORDS for w in words)
    tigrinya += len(_TIGRINYA_LETTERS.findall(_MEKELLE.sub("", text)))
    amharic = sum(w in _AMHARIC_WORDS for w in words)
    return "ti" if tigrinya > amharic else "am"


def _verdict(text: str, values: list[Any]) -> tuple[str, float]:
    if not values:
        return UNDETERMINED, 0.0
    found = [(v.language.iso_code_639_1.name.lower(), round(float(v.value), 4)) for v in values]
    if {code for code, _ in found[:2]} == {"es", "pt"}:
        chosen = _spanish_or_portuguese(text)
        return next(f for f in found if f[0] == chosen) if chosen else found[0]
    return found[0]


def _spanish_or_portuguese(text: str) -> str | None:
    """Spanish ("es") or Portuguese ("pt") when the words and spellings only one of the two
    writes all point to it; None when there are none, or some of each. As for Hausa, a
    capitalised word counts only at a sentence's start: "Ocaña" is a name."""
    words = [
        m.group().lower()
        for m in _LATIN_WORD.finditer(text)
        if m.group().islower() or _starts_sentence(text, m.start())
    ]
    portuguese = sum(w in _PORTUGUESE_WORDS or bool(_PORTUGUESE_SPELLING.search(w)) for w in words)
    spanish = sum(w in _SPANISH_WORDS or bool(_SPANISH_SPELLING.search(w)) for w in words)
    if portuguese and not spanish:
        return "pt"
    if spanish and not portuguese:
        return "es"
    return None


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and confidence, or ("und", 0.0) when there is too little text."""
    found = _by_script(text)
    if found is not None:
        return found
    return _verdict(text, _detector().compute_language_confidence_values(text))


def detect_languages(texts: Sequence[str]) -> list[tuple[str, float]]:
    """:func:`detect_language` of each text; lingua reads the undecided ones in one call,
    spread over its threads."""
    found = [_by_script(t) for t in texts]
    undecided = [i for i, f in enumerate(found) if f is None]
    if undecided:
        values = _detector().compute_language_confidence_values_in_parallel(
            [texts[i] for i in undecided]
        )
        for i, v in zip(undecided, values, strict=True):
            found[i] = _verdict(texts[i], v)
    return [f for f in found if f is not None]


class LanguageCoder:
    name = "language"

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        verdicts = batch.languages()
        return [[Suggestion(code, code, confidence, None)] for code, confidence in verdicts]


@register("language")
def _create() -> LanguageCoder:
    return LanguageCoder()
