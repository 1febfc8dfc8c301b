"""Places named in Arabic, Ethiopic (Amharic, Tigrinya) and Myanmar script.

The Latin-script finder in :mod:`tocsin.coding.places` looks for capitalised words; these
scripts have no capitals, and Arabic and Ethiopic join prepositions and articles to the
name ("بالفاشر", in El Fasher; "በመቐለ", in Mekelle; "ካብ ኣስመራ" is spaced, "ንኣስመራ" is not).
GeoNames lists each place's names in these scripts among its alternate names, so the
gazetteer indexes them, and a report's words are looked up one to three at a time, each also
with one joined preposition taken off its front. Burmese writes no spaces between words, so
its names are searched for anywhere, as are the cue words of the coders; a Burmese name is
also indexed without its "town" or "township" ending ("မန္တလေးမြို့" is found as "မန္တလေး").

Names of two letters, and names that are also common words of these languages (Amharic
"ጎማ", tyre, is Goma; Arabic "عدن" is both Aden and Eden, and stays, but "السلام", peace,
goes), are not looked up: a false pin on a map is worse than a missing one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Generic, TypeVar

from tocsin.coding.text import without_arabic_marks

Entry = TypeVar("Entry")

_ARABIC = "\u0600-\u06ff"
# The Arabic block's letters and vowel marks, without its punctuation (the comma "،", the
# semicolon, the question mark, the full stop, the percent sign) and digits, which would
# otherwise join the word before them ("مدني،").
_ARABIC_LETTERS = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff"
_ETHIOPIC = "\u1200-\u135a"
_MYANMAR = "\u1000-\u109f"
_SPACED_NAME = re.compile(
    rf"[{_ARABIC_LETTERS}{_ETHIOPIC}]+(?: [{_ARABIC_LETTERS}{_ETHIOPIC}]+)*"
)
_MYANMAR_NAME = re.compile(rf"[{_MYANMAR}]+")
_WORD = re.compile(rf"[{_ARABIC_LETTERS}{_ETHIOPIC}]+")
MAX_WORDS = 3
MIN_LETTERS = 3
# One joined preposition or conjunction before a name: Arabic "and", "in/with", "to", "so",
# "like"; Amharic "of", "in", "from", "to"; Tigrinya "in", "to", "from".
PREFIXES = ("وب", "ول", "و", "ب", "ل", "ف", "ك", "የ", "በ", "ከ", "ለ", "ብ", "ን", "ካብ", "ናብ", "ኣብ")
_TOWN_ENDINGS = ("မြို့နယ်", "မြို့")
MIN_BURMESE_CHARACTERS = 5
# Vowel signs, medials, tone marks, asat and virama: they continue the syllable before them.
_MYANMAR_SIGN = (
    "[\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074"
    "\u1082-\u108d\u108f\u109a-\u109d]"
)
# Where each script is written (ISO 3166-1 alpha-2): a place's name in a script is indexed only
# there. GeoNames also lists every foreign town in Arabic letters, and those transliterations
# are everyday words ("كان", was, is Cannes; "انا", I, is Ina); a report names foreign places
# in Latin letters often enough, and the Latin finder still reads those.
_ARAB_WORLD = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SS SY TN AE YE TD EH IL".split()
)
LOCAL = {"arabic": _ARAB_WORLD, "ethiopic": frozenset({"ET", "ER"}), "myanmar": frozenset({"MM"})}
# Alternate names that are everyday words (or a person's name) in the language of the script.
COMMON_WORDS = frozenset({
    "ጎማ",  # tyre
    "ሰላም",  # peace
    "ከተማ",  # town
    "السلام",  # peace
    "النصر",  # victory
    "الحرية",  # freedom
    "الوحدة",  # unity
    "المدينة",  # the city
    "الجديدة",  # the new
    "عدي",  # a man's name
    "صور",  # pictures (Tyre)
    "الخبر",  # the news (Khobar)
    "خبر",  # news
    "امان",  # safety (a spelling of Amman)
    "صهيون",  # Zion (listed for Jerusalem)
    "البيض",  # the eggs, the whites (El Bayadh)
    "الجزيره",  # the island, the broadcaster (listed for Algiers)
    "الجزيرة",
    "جامعة",  # university (Djamaa)
    "قنوات",  # channels (Qanawat)
    "ميادين",  # squares (Al Mayadin, which keeps its article)
    "معسكر",  # camp (Mascara)
    "ချောက်",  # ravine, to frighten (Chauk)
    "တိုက်ကြီး",  # continent, big building (Taikkyi)
    "စက်ကလေး",  # small machine (Set Ka Lay)
    "ပေါင်",  # pound, thigh (Paung)
    "ညောင်",  # banyan tree (Nyaung)
})
# Many Arabic place names are also words ("بلد", country, is Balad; "سوف", will, is Suf); a
# single word of four letters or fewer (the article not counted) is looked up only for a
# place of at least this many people, which keeps Gaza, Homs, Aden and Sanaa.
SHORT_ARABIC_LETTERS = 4
SHORT_ARABIC_POPULATION = 100_000
# Even longer ones are words ("الكرامة", dignity; "قنوات", channels; "بشار", a man's name), so
# a one-word Arabic name counts only after a word that places it ("in", "from", "to", "city",
# "town", "village", "camp", "governorate", "strip", "north of", "the outskirts of", "the
# airport of", "the market of", "the siege of", "towards", "the districts of" ...), as a
# city of a million people, which reports name bare (Damascus, Khartoum, Aleppo), or as a
# name marked bare in the curated table because it is no word (see added_names).
LOCATIVES = frozenset(
    "في من الى إلى نحو قرب داخل مدينة بمدينة لمدينة ومدينة بلدة ببلدة قرية بقرية مخيم بمخيم "
    "محافظة بمحافظة ولاية بولاية منطقة بمنطقة حي بحي قطاع بقطاع شمال جنوب شرق غرب وسط "
    "شمالي جنوبي شرقي غربي ريف بريف ضواحي عاصمة العاصمة "
    "حول أطراف اطراف بأطراف باطراف محيط بمحيط مشارف مداخل مدخل حصار مطار بمطار سوق بسوق "
    "ميناء بميناء مستشفى بمستشفى مستشفيات بمستشفيات محلية بمحلية باتجاه اتجاه تجاه عبر "
    "أحياء بأحياء احياء باحياء".split()
)
BARE_ARABIC_POPULATION = 1_000_000
_JOINED_LOCATIVE = re.compile("[بل]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
# Ethiopic letters that sound alike and are spelt either way (ሐ, ኀ and ሀ; ሠ and ሰ; ፀ and ጸ;
# ዐ and አ, and Tigrinya's ኣ for አ): each series is folded onto one, order by order.
_HOMOPHONES = str.maketrans(
    {chr(base + order): chr(target + order)
     for base, target in ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230),
                          (0x1338, 0x1340), (0x12D0, 0x12A0))
     for order in range(7)}
    | {"ኣ": "አ", "-": " "}
)
MIN_ETHIOPIC_LETTERS = 2  # a syllable each: ጅማ (Jimma), ደሴ (Dessie)


@dataclass(frozen=True)
class AddedNames:
    """Names of ``data/place_names_arabic.csv`` by GeoNames id: ``names`` to index, and
    ``bare`` those of them a report may name with no locative word before them."""

    names: dict[str, tuple[str, ...]]
    bare: dict[str, tuple[str, ...]]


def added_names() -> AddedNames:
    """Names in these scripts that GeoNames lacks: towns of Sudan, South Sudan and eastern
    Chad that it lists in Latin or Persian letters only (Dilling, Kutum, Mellit, Malakal),
    short names it drops as too often words (Adré, Shendi), and Khartoum with its article. An
    administrator can add rows; a name added here is trusted even when short (see
    :func:`script_names`). A row marked ``bare`` is a name that is no everyday word ("الفاشر",
    El Fasher; "نيالا", Nyala; "إدلب", Idlib), so it counts where a report names the town as
    the subject or object of a sentence ("قصفت المدفعية الفاشر"); names that are also words
    (Kutum "كتم", El Obeid "الأبيض", Hama "حماة", Baqubah "بعقوبة", with a punishment; Baiji
    "بيجي", he comes) are not marked."""
    text = files("tocsin.data").joinpath("place_names_arabic.csv").read_text(encoding="utf-8")
    names: dict[str, tuple[str, ...]] = {}
    bare: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        names[row["geonameid"]] = (*names.get(row["geonameid"], ()), row["arabic"])
        if (row.get("bare") or "").strip().lower() == "yes":
            bare[row["geonameid"]] = (*bare.get(row["geonameid"], ()), row["arabic"])
    return AddedNames(names, bare)


def script_key(name: str) -> str:
    """The form names are compared in: Arabic without vowel marks and with one alef and ya;
    Ethiopic with homophone letters folded; hyphens as spaces."""
    return " ".join(without_arabic_marks(name).translate(_ALEF).translate(_HOMOPHONES).split())


# Words that read as a joined "and", "in" or "to" before a name but are words of their own:
# "وجوبا" (necessarily) is not "and Juba", "بابها" (her door) not "in Abha".
JOINED_WORDS = frozenset({"وجوبا", "بابها"})
# Names that a dialect of the region uses as an everyday word after "in" or "from" too: they
# count only after a noun that says a town is meant ("مدينة الحلة"). Sudanese "الحلة" is the
# village, home ("ناس الحلة"), and is Hillah in Iraq.
TOWN_NOUN_ONLY = frozenset({"الحلة"})
TOWN_NOUNS = frozenset(
    "مدينة بمدينة لمدينة ومدينة محافظة بمحافظة قضاء بقضاء ناحية بناحية مركز".split()
)
_COMMON_KEYS = frozenset(map(script_key, COMMON_WORDS))
_JOINED_WORDS = frozenset(map(script_key, JOINED_WORDS))
_TOWN_NOUN_ONLY = frozenset(map(script_key, TOWN_NOUN_ONLY))
_TOWN_NOUN_KEYS = frozenset(map(script_key, TOWN_NOUNS))
_LOCATIVE_KEYS = frozenset(map(script_key, LOCATIVES))


def _script(name: str) -> str | None:
    if re.search(f"[{_ARABIC}]", name):
        return "arabic"
    if re.search(f"[{_ETHIOPIC}]", name):
        return "ethiopic"
    return "myanmar" if re.search(f"[{_MYANMAR}]", name) else None


def _short_arabic(key: str) -> bool:
    bare = key[2:] if key.startswith("ال") else key
    return " " not in key and len(bare) <= SHORT_ARABIC_LETTERS


def script_names(
    names: Iterable[str], country: str, population: int, curated: Collection[str] = ()
) -> set[str]:
    """The keys under which a place's names in these scripts are indexed; ``country`` is
    its ISO alpha-2 code. A ``curated`` name (see :func:`added_names`) is kept even when it
    is short: someone chose it for this town, so it counts after a locative word like any other
    (Kutum, "كتم"; Adré, "أدري"), where GeoNames' own short names are too often words."""
    keys = set()
    for name in names:
        if name.isascii():
            continue
        script = _script(name)
        if script is None or country not in LOCAL[script]:
            continue
        if script == "arabic" and _short_arabic(script_key(name)) and name not in curated:
            if population < SHORT_ARABIC_POPULATION:
                continue
        if _SPACED_NAME.fullmatch(name.replace("-", " ")):
            key = script_key(name)
            keys.add(key)
            if key.endswith(" ከተማ"):  # "Gonder city"
                keys.add(key[: -len(" ከተማ")])
        elif _MYANMAR_NAME.fullmatch(name):
            keys.add(name)
            for ending in _TOWN_ENDINGS:
                if name.endswith(ending):
                    keys.add(name[: -len(ending)])
                    break
    return {k for k in keys if k not in _COMMON_KEYS and len(k.replace(" ", "")) >= (
        MIN_ETHIOPIC_LETTERS if re.search(f"[{_ETHIOPIC}]", k) else MIN_LETTERS)}


def _after(text: str, start: int, letters: int) -> int:
    """The offset ``letters`` letters after ``start``, vowel marks not counted."""
    position = start
    while letters:
        position += 1
        letters -= 1
        while position < len(text) and not without_arabic_marks(text[position]):
            position += 1
    return position


@dataclass
class ScriptIndex(Generic[Entry]):
    """Key -> entries, and the finder over a report's text."""

    entries: dict[str, list[Entry]] = field(default_factory=dict)
    bare: set[str] = field(default_factory=set)  # Arabic names that need no locative word
    _myanmar: re.Pattern[str] | None = None

    def add(self, names: Iterable[str], country: str, population: int, entry: Entry,
            curated: Collection[str] = (), bare: Collection[str] = ()) -> None:
        """``bare``: curated names that need no locative word (see :func:`added_names`)."""
        bare_keys = {script_key(name) for name in bare}
        for key in script_names(names, country, population, curated):
            self.entries.setdefault(key, []).append(entry)
            if " " in key or population >= BARE_ARABIC_POPULATION or key in bare_keys:
                self.bare.add(key)

    def _placed(self, text: str, hit: tuple[list[Entry], str, int, int],
                words: list[tuple[int, int]], i: int) -> bool:
        """An Arabic one-word name needs a locative before it: a word (see LOCATIVES) or a
        joined "in" or "to" ("بالفاشر"); a name of TOWN_NOUN_ONLY needs a town noun."""
        key, start = hit[1], words[i][0]
        noun_only = key in _TOWN_NOUN_ONLY
        if not noun_only and (key in self.bare or not re.search(f"[{_ARABIC}]", key)):
            return True
        if not noun_only and _JOINED_LOCATIVE.search(text[start : hit[2]]):
            return True
        if i == 0 or text[words[i - 1][1] : start].strip():
            return False
        before = script_key(text[words[i - 1][0] : words[i - 1][1]])
        return before in (_TOWN_NOUN_KEYS if noun_only else _LOCATIVE_KEYS)

    def find(self, text: str) -> list[tuple[list[Entry], str, int, int]]:
        """(entries, key, start, end) of each name in the text, in order."""
        found = self._spaced(text) if _WORD.search(text) else []
        if re.search(f"[{_MYANMAR}]", text):
            found += self._burmese(text)
        return sorted(found, key=lambda f: f[2])

    def _spaced(self, text: str) -> list[tuple[list[Entry], str, int, int]]:
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        found = []
        i = 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                run = words[i : i + n]
                if any(text[a:b].strip() for (_, a), (b, _) in zip(run, run[1:], strict=False)):
                    continue  # the words are not next to each other
                hit = self._lookup(text, run[0][0], run[-1][1])
                if hit and self._placed(text, hit, words, i):
                    found.append(hit)
                    i += n
                    break
            else:
                i += 1
        return found

    def _lookup(self, text: str, start: int, end: int) -> tuple[list[Entry], str, int, int] | None:
        key = script_key(text[start:end])
        if key in self.entries:
            return self.entries[key], key, start, end
        if key in _JOINED_WORDS:
            return None
        for prefix in PREFIXES:
            if key.startswith(prefix) and key[len(prefix) :] in self.entries:
                stripped = key[len(prefix) :]
                return self.entries[stripped], stripped, _after(text, start, len(prefix)), end
        return None

    def _burmese(self, text: str) -> list[tuple[list[Entry], str, int, int]]:
        """A name must end where a syllable ends (not before a tone mark or vowel sign:
        "ပေါင်း", total, holds "ပေါင်", Paung), and be longer than one short syllable."""
        if self._myanmar is None:
            names = sorted((k for k in self.entries if _MYANMAR_NAME.fullmatch(k)
                            and len(k) >= MIN_BURMESE_CHARACTERS), key=len, reverse=True)
            body = "|".join(map(re.escape, names))
            self._myanmar = re.compile(f"(?:{body})(?!{_MYANMAR_SIGN})" if body else r"(?!x)x")
        return [(self.entries[m.group()], m.group(), m.start(), m.end())
                for m in self._myanmar.finditer(text)]
