"""Measuring the coders on real labelled data (used by bench/coding.py and the tests).

Readers for the public hate-speech corpora that the benchmark uses, each reduced to the
question the incitement coder answers - *is this a call to violence, a threat or dehumanising
speech against a group?* - with the positive and negative classes chosen per corpus (see
docs/coding.md). The corpora are read from where a developer keeps them; nothing of them is
part of Tocsin.

``tuned`` marks the data the lexicons were developed against (HatemojiBuild's train split and
the first halves of myHateSpeech and Davidson et al.); every other set is held out and is what
the figures report.
"""

from __future__ import annotations

import ast
import csv
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tocsin.coding.incitement_lexicon import LEXICONS
from tocsin.coding.text import fold, phrase_pattern


@dataclass
class SpeechSet:
    name: str
    language: str
    texts: list[str]
    labels: list[bool]
    groups: list[str | None] = field(default_factory=list)  # canonical target, where labelled
    tuned: bool = False


def binary_scores(truth: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum(p and not t for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and not p for t, p in zip(truth, predicted, strict=True))
    negatives = sum(not t for t in truth)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "fpr": fp / negatives if negatives else 0.0,
            "positives": float(tp + fn), "negatives": float(negatives)}


# -- a naive baseline: any violent or dehumanising word anywhere ---------------------------

_NAIVE_EN = ("kill", "killed", "murder", "exterminate", "slaughter", "massacre", "shoot",
             "hang", "burn", "die", "dead", "eliminate", "wipe out", "cleanse", "destroy",
             "attack", "rape", "behead", "lynch", "tuer", "mort", "matar", "muerte", "morte")


def naive_keyword_baseline() -> Callable[[str], bool]:
    """Flags a text containing any violent verb or dehumanising word, with no grammar at all."""
    words = list(_NAIVE_EN)
    affixed: list[str] = []
    for lexicon in LEXICONS:
        target = words if lexicon.word_boundaries else affixed
        target.extend(lexicon.dehumanising)
        if not lexicon.regex:
            target.extend(lexicon.calls)
    bounded = phrase_pattern(words, inflect=True)
    loose = phrase_pattern(affixed, word_boundaries=False)

    def predict(text: str) -> bool:
        folded = fold(text)
        return bool(bounded.search(folded) or loose.search(folded))

    return predict


# -- corpus readers ----------------------------------------------------------------------

HATECHECK_POSITIVE = {"threat_dir_h", "threat_norm_h", "derog_dehum_h"}
HATEMOJI_POSITIVE = {"threateninglanguage", "dehumanizinglanguage"}
HATEMOJI_GROUPS = {"bla": "Black people", "mus": "Muslims", "jew": "Jews", "wom": "women",
                   "gay": "gay people", "trans": "trans people", "dis": "disabled people",
                   "immig": "migrants", "ref": "refugees", "asi": "Asians", "arab": "Arabs",
                   "trav": "Roma"}
HATECHECK_GROUPS = {"women": "women", "trans people": "trans people", "gay people": "gay people",
                    "black people": "Black people", "disabled people": "disabled people",
                    "muslims": "Muslims", "immigrants": "migrants"}
MLMA_GROUPS = {"muslims": "Muslims", "refugees": "refugees", "immigrants": "migrants",
               "women": "women", "gay": "gay people", "jews": "Jews", "arabs": "Arabs",
               "african_descent": "Black people", "asians": "Asians", "christian": "Christians"}


def hatecheck(root: Path) -> SpeechSet:
    """Threat and dehumanisation cases against the non-hateful contrast cases."""
    out = SpeechSet("HateCheck", "en", [], [], [])
    with (root / "hatecheck" / "test_suite_cases.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            function = row["functionality"]
            if function in HATECHECK_POSITIVE or function.endswith("_nh"):
                out.texts.append(row["test_case"].strip())
                out.labels.append(function in HATECHECK_POSITIVE)
                out.groups.append(HATECHECK_GROUPS.get(row["target_ident"].strip().lower()))
    return out


def hatemoji_build(root: Path, split: str = "validation") -> SpeechSet:
    """Threatening or dehumanising entries against non-hateful ones (emoji-heavy)."""
    out = SpeechSet(f"HatemojiBuild {split}", "en", [], [], [], tuned=split == "train")
    with (root / "hatemoji_build" / f"{split}.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["type"] not in HATEMOJI_POSITIVE and row["label_gold"] != "0":
                continue
            codes = ast.literal_eval(row["target"]) if row["target"].startswith("[") else []
            group = next((HATEMOJI_GROUPS[c] for c in codes if c in HATEMOJI_GROUPS), None)
            out.texts.append(row["text"])
            out.labels.append(row["type"] in HATEMOJI_POSITIVE)
            out.groups.append(group)
    return out


def hatemoji_check(root: Path) -> SpeechSet:
    """All hateful against all non-hateful cases (broader than incitement; mostly threats)."""
    out = SpeechSet("HatemojiCheck", "en", [], [], [])
    with (root / "hatemoji_check" / "test.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out.texts.append(row["text"])
            out.labels.append(row["label_gold"] == "1")
            out.groups.append(HATECHECK_GROUPS.get(row["target"].strip().lower()))
    return out


def ethos(root: Path) -> SpeechSet:
    """Comments judged to incite violence (>= half the annotators) against non-hate comments."""
    out = SpeechSet("ETHOS", "en", [], [], [])
    with (root / "ethos" / "Ethos_Dataset_Multi_Label.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if float(row["violence"]) >= 0.5:
                out.texts.append(row["comment"])
                out.labels.append(True)
    with (root / "ethos" / "Ethos_Dataset_Binary.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if float(row["isHate"]) < 0.5:
                out.texts.append(row["comment"])
                out.labels.append(False)
    out.groups = [None] * len(out.texts)
    return out


def mlma(root: Path, language: str) -> SpeechSet:
    """Tweets labelled hateful against those labelled only normal (no violence label exists)."""
    name = {"en": "en_dataset_with_stop_words.csv", "fr": "fr_dataset.csv",
            "ar": "ar_dataset.csv"}[language]
    out = SpeechSet(f"MLMA {language}", language, [], [], [])
    with (root / "mlma" / name).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kinds = set(row["sentiment"].split("_"))
            if "hateful" in kinds or kinds == {"normal"}:
                out.texts.append(row["tweet"])
                out.labels.append("hateful" in kinds)
                out.groups.append(MLMA_GROUPS.get(row["group"]))
    return out


def amharic_trac(root: Path, top: int = 9) -> SpeechSet:
    """Intensity >= ``top`` (incitement, dehumanisation) against tweets labelled normal."""
    out = SpeechSet("Amharic TRAC", "am", [], [], [])
    for split in ("train", "dev"):
        folder = root / "amharic_trac2024"
        with (folder / f"{split}_category.csv").open(encoding="utf-8") as handle:
            category = {r["tweet_id"]: r["label"] for r in csv.DictReader(handle)}
        with (folder / f"{split}_intensity.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                score = int(float(row["score"]))
                if score >= top or category.get(row["tweet_id"]) == "normal":
                    out.texts.append(row["tweet"])
                    out.labels.append(score >= top)
    out.groups = [None] * len(out.texts)
    return out


def amharic_ranlp(root: Path) -> SpeechSet:
    """Hate against normal (curated gold label); general hate, broader than incitement."""
    out = SpeechSet("Amharic RANLP", "am", [], [], [])
    for split in ("train", "dev"):
        path = root / "amharic_ranlp2023" / f"with_annotators_{split}.csv"
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 5 or parts[3] not in ("__label__hate", "__label__normal"):
                    continue
                out.texts.append(parts[4])
                out.labels.append(parts[3] == "__label__hate")
    out.groups = [None] * len(out.texts)
    return out


_TAG = re.compile(r"/([a-z|]+)$")


def myhatespeech(root: Path, half: int = 2) -> SpeechSet:
    """Lethal sentences (wishing death, threats) against all others; half 1 is the tuning half."""
    path = root / "myhatespeech" / "myHateSpeech_ver1.0.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    middle = len(lines) // 2
    chosen = lines[:middle] if half == 1 else lines[middle:]
    out = SpeechSet(f"myHateSpeech half {half}", "my", [], [], [], tuned=half == 1)
    for line in chosen:
        if "\t" not in line:
            continue
        sentence, label = line.rsplit("\t", 1)
        words = [_TAG.sub("", w) for w in sentence.split()]
        out.texts.append(" ".join(words))
        out.labels.append(label.strip() == "le")
    out.groups = [None] * len(out.texts)
    return out


# Davidson et al.'s classes: 0 hate speech, 1 offensive only, 2 neither.
DAVIDSON_CLASSES = {"hate": "0", "offensive": "1", "neither": "2"}


def davidson(root: Path, half: int = 2, negatives: str = "neither") -> SpeechSet:
    """Tweets labelled hate speech against tweets labelled ``negatives`` ("neither" or
    "offensive"). Its "hate" is mostly slurs, which are not calls, so the set measures false
    alarms on everyday and abusive talk more than recall. Rows alternate between the halves;
    half 1 is the tuning half."""
    wanted = {DAVIDSON_CLASSES["hate"], DAVIDSON_CLASSES[negatives]}
    name = f"Davidson half {half}" + ("" if negatives == "neither" else f", {negatives}")
    out = SpeechSet(name, "en", [], [], [], tuned=half == 1)
    with (root / "davidson2017" / "labeled_data.csv").open(encoding="utf-8") as handle:
        for row_number, row in enumerate(csv.DictReader(handle)):
            if row_number % 2 == half - 1 and row["class"] in wanted:
                out.texts.append(html.unescape(row["tweet"]))
                out.labels.append(row["class"] == DAVIDSON_CLASSES["hate"])
    out.groups = [None] * len(out.texts)
    return out


def all_speech_sets(root: Path) -> list[SpeechSet]:
    return [
        hatemoji_build(root, "train"), myhatespeech(root, 1), davidson(root, 1),
        hatecheck(root), hatemoji_build(root, "validation"), hatemoji_check(root), ethos(root),
        mlma(root, "en"), mlma(root, "fr"), mlma(root, "ar"), amharic_trac(root),
        amharic_ranlp(root), myhatespeech(root, 2), davidson(root, 2),
        davidson(root, 2, "offensive"),
    ]


@dataclass
class PlacePins:
    """City pins in event notes, split by whether they fall in the event's own country: a pin
    abroad is nearly always a wrong one (a common word, an acronym, a namesake elsewhere)."""

    notes: int = 0
    at_home: int = 0
    abroad: int = 0
    notes_abroad: int = 0

    @property
    def share_abroad(self) -> float:
        return self.abroad / max(1, self.at_home + self.abroad)


def place_pins(
    notes: Sequence[tuple[str, str | None]],
    finder: Callable[[str, str | None], Sequence[tuple[str, str]]] | None = None,
) -> PlacePins:
    """Counts over (text, country name) pairs; ``finder`` gives (kind, ISO3) per place found,
    the place coder by default (given the note's country, as a report's country is given)."""
    from tocsin.coding.places import country_code, find_places

    def ours(text: str, country: str | None) -> list[tuple[str, str]]:
        return [(e.kind, e.country) for e, _, _ in find_places(text, country)]

    finder = finder or ours
    out = PlacePins()
    for text, country in notes:
        home = country_code(country)
        pins = [iso3 for kind, iso3 in finder(text, country) if kind == "city"]
        out.notes += 1
        out.at_home += sum(p == home for p in pins)
        abroad = sum(p != home for p in pins)
        out.abroad += abroad
        out.notes_abroad += abroad > 0
    return out
