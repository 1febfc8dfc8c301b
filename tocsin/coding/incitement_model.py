"""A learned second opinion for the incitement coder: threats, calls to violence and
dehumanisation the keyword rules have no pattern for.

The rules are precise but miss what is phrased in ways no lexicon lists (ETHOS, HatemojiCheck:
recall 0.17-0.19). A class-balanced logistic regression on the report's mean sentence vector,
trained on labelled speech (``tocsin code train-incitement``), catches many of those; the
coder flags a report when either says so. The sentence model reads English, so the learned
model is applied only to reports in the languages it was trained on. No model ships with
Tocsin: the corpora have their own licences, and a deployment trains on what it may use.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from sklearn.linear_model import LogisticRegression

from tocsin.coding.embedder import DIMENSION
from tocsin.coding.evaluation import HATEMOJI_POSITIVE
from tocsin.coding.held_out import RulesKept, held_out_predictions
from tocsin.coding.storage import load_trained, model_dir, save_atomically, save_trained
from tocsin.domain.errors import InvalidInput

MODEL_FILE = "incitement.joblib"
FORMAT_VERSION = 1
#: The labelled speech a model was trained on, as vectors, so that analysts' decisions can be
#: added without the files or their encoding again.
TRAINING_SET_FILE = "incitement_training_set.joblib"
TRAINING_SET_FORMAT = 1
#: One analyst's decision on a deployment's own report against one labelled example of other
#: speech, as for event types (tocsin.coding.event_training).
ANALYST_WEIGHT = 3.0
#: Decisions needed to train from them alone (no labelled files), and of each answer.
MIN_DECISIONS_ALONE = 20
MIN_EACH_ALONE = 5
#: How often a model of decisions alone must be right on the held-out reports it flags and
#: the rules do not, before it joins them: the rules' own precision on HateCheck (0.69,
#: docs/coding.md), so the model adds no more false alarms per hit than the rules make.
MIN_ADDED_PRECISION = 0.69
#: ... and how many such held-out hits it must make: one or two can be one analyst's slip (the
#: review's store had one, a negated call answered "present" at the suggested default).
MIN_ADDED_HITS = 3
#: The model's own decision point (balanced classes), not tuned on any test set.
THRESHOLD = 0.5
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


class IncitementModel:
    """Estimator in the scikit-learn style; learned state in attributes ending in _."""

    def __init__(self, C: float = 1.0, languages: Sequence[str] = ("en",)) -> None:
        self.C = C
        self.languages = tuple(languages)

    def fit(
        self,
        vectors: np.ndarray,
        labels: Sequence[bool],
        sample_weight: np.ndarray | None = None,
    ) -> IncitementModel:
        if vectors.shape != (len(labels), DIMENSION):
            raise ValueError(f"expected {len(labels)} report vectors of {DIMENSION} numbers")
        if len(set(labels)) < 2:
            raise ValueError("training needs examples of incitement and of other speech")
        self.classifier_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced")
        self.classifier_.fit(vectors, np.asarray(labels, dtype=bool), sample_weight=sample_weight)
        return self

    def predict_proba(self, vectors: np.ndarray) -> np.ndarray:
        """Probability of incitement for each report vector."""
        if len(vectors) == 0:
            return np.zeros(0)
        proba = self.classifier_.predict_proba(vectors)
        return proba[:, list(self.classifier_.classes_).index(True)]

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        save_trained(self, path, FORMAT_VERSION, meta)
        # What the review queue says about the model, readable without loading it.
        path.with_suffix(".json").write_text(json.dumps(meta, indent=1))

    @staticmethod
    def load(path: Path) -> tuple[IncitementModel, dict[str, Any]]:
        return load_trained(path, FORMAT_VERSION)


def read_labelled_speech(path: Path) -> tuple[list[str], list[bool]]:
    """Texts and labels from a CSV with ``text`` and ``label`` (1/0, true/false, yes/no), or
    HatemojiBuild's own files (``text``, ``type``, ``label_gold``: threats and dehumanisation
    against the non-hateful entries; other hate is left out, being neither)."""
    texts: list[str] = []
    labels: list[bool] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or [])
        hatemoji = {"text", "type", "label_gold"} <= columns
        if "text" not in columns or not (hatemoji or "label" in columns):
            raise InvalidInput(
                f"{path}: needs a `text` column and a `label` column (1 = call to violence, "
                "threat or dehumanisation), or HatemojiBuild's `type` and `label_gold`"
            )
        for line, row in enumerate(reader, start=2):
            text = (row.get("text") or "").strip()
            if not text:
                continue
            if hatemoji:
                positive = row["type"] in HATEMOJI_POSITIVE
                if not positive and row["label_gold"] != "0":
                    continue
            else:
                value = (row.get("label") or "").strip().lower()
                if value not in _TRUE | _FALSE:
                    raise InvalidInput(f"{path}, line {line}: label {value!r} is not 1 or 0")
                positive = value in _TRUE
            texts.append(text)
            labels.append(positive)
    return texts, labels


@dataclass(frozen=True)
class IncitementTraining:
    path: Path
    examples: int
    positives: int
    languages: tuple[str, ...]


def train_incitement_model(
    paths: Sequence[Path], out: Path | None = None, languages: Sequence[str] = ("en",)
) -> IncitementTraining:
    from tocsin.coding.events import report_vectors

    texts: list[str] = []
    labels: list[bool] = []
    for path in paths:
        more_texts, more_labels = read_labelled_speech(Path(path))
        texts += more_texts
        labels += more_labels
    if sum(labels) == 0 or sum(labels) == len(labels):
        raise InvalidInput("the files need examples of incitement and of other speech")
    vectors = report_vectors(texts)
    model = IncitementModel(languages=languages).fit(vectors, labels)
    target = out or model_dir() / MODEL_FILE
    meta = {"examples": len(texts), "positives": sum(labels), "source": "files",
            "files": [Path(p).name for p in paths], "languages": list(languages)}
    save_atomically({"format": TRAINING_SET_FORMAT, "vectors": vectors.astype(np.float16),
                     "labels": list(labels), "meta": meta}, target.parent / TRAINING_SET_FILE)
    model.save(target, meta)
    return IncitementTraining(target, len(texts), sum(labels), tuple(languages))


def retrain_incitement(
    decisions: Sequence[tuple[str, bool, str | None]],
    directory: Path,
    encode: Callable[[list[str]], np.ndarray],
) -> IncitementTraining | None:
    """The incitement model refitted with analysts' decisions (text, present, language).

    With labelled files kept from `train-incitement`, the decisions are added to them, each
    weighted ANALYST_WEIGHT; without, a model is trained from the decisions alone once there
    are MIN_DECISIONS_ALONE with MIN_EACH_ALONE of each answer. Only decisions on reports in
    the model's languages count. None: nothing to train yet. A model trained from files by a
    release that did not keep them is left alone (InvalidInput says so).
    """
    target = directory / MODEL_FILE
    kept = _kept_training_set(directory / TRAINING_SET_FILE)
    current_meta = _meta_of(target)
    if current_meta.get("source", "files") == "files" and target.exists() and kept is None:
        raise InvalidInput("the incitement model was trained from files that were not kept: "
                           "run `tocsin code train-incitement` again to add analysts' decisions")
    meta = kept[2] if kept else current_meta
    languages = tuple(meta.get("languages") or ("en",))
    usable = [(t, bool(p)) for t, p, lang in decisions if lang in languages and t.strip()]
    answers = [p for _, p in usable]
    if kept is None and (
        len(usable) < MIN_DECISIONS_ALONE or min(sum(answers), len(answers) - sum(answers))
        < MIN_EACH_ALONE
    ):
        return None
    vectors = encode([t for t, _ in usable]) if usable else np.zeros((0, DIMENSION))
    if kept is None:
        try:
            _check_adds_to_rules([t for t, _ in usable], answers, vectors, languages)
        except RulesKept:
            for path in (target, target.with_suffix(".json")):  # an earlier one goes too
                path.unlink(missing_ok=True)
            raise
    weights = np.full(len(usable), ANALYST_WEIGHT)
    labels = answers
    if kept is not None:
        vectors = np.vstack([kept[0].astype(np.float32), vectors])
        labels = kept[1] + answers
        weights = np.concatenate([np.ones(len(kept[1])), weights])
    model = IncitementModel(languages=languages).fit(vectors, labels, sample_weight=weights)
    new_meta = {**meta, "examples": len(labels), "positives": int(sum(labels)),
                "analyst_examples": len(usable), "source": "files" if kept else "analysts",
                "languages": list(languages)}
    model.save(target, new_meta)
    return IncitementTraining(target, len(labels), int(sum(labels)), languages)


def _check_adds_to_rules(
    texts: Sequence[str], answers: Sequence[bool], vectors: np.ndarray, languages: Sequence[str]
) -> None:
    """Raise RulesKept unless a model of the decisions alone, on held-out decisions, flags
    at least MIN_ADDED_HITS reports the rules miss, and is right on those it flags at least
    MIN_ADDED_PRECISION of the time."""
    from tocsin.coding.incitement import IncitementDetector

    rules = IncitementDetector()
    by_rules = [rules.assess(t).detected for t in texts]

    def fit_predict(train: np.ndarray, test: np.ndarray) -> list[bool]:
        model = IncitementModel(languages=languages)
        model.fit(vectors[train], [answers[i] for i in train])
        return [bool(p >= THRESHOLD) for p in model.predict_proba(vectors[test])]

    learned = held_out_predictions(list(answers), fit_predict)
    added = [y for r, m, y in zip(by_rules, learned, answers, strict=True) if m and not r]
    right = sum(added)
    if right < MIN_ADDED_HITS or right < MIN_ADDED_PRECISION * len(added):
        found = (f"flagged {len(added)} the rules did not, {right} of them answered present "
                 f"(at least {MIN_ADDED_HITS} and {MIN_ADDED_PRECISION:.0%} needed)"
                 if added else "flagged nothing the rules did not")
        raise RulesKept(f"rules kept alone: on held-out answers a model of them {found}")


def _kept_training_set(path: Path) -> tuple[np.ndarray, list[bool], dict] | None:
    try:
        payload = joblib.load(path)
    except FileNotFoundError:
        return None
    if not isinstance(payload, dict) or payload.get("format") != TRAINING_SET_FORMAT:
        return None
    return payload["vectors"], [bool(x) for x in payload["labels"]], dict(payload["meta"])


def _meta_of(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return IncitementModel.load(path)[1]
    except ValueError:  # another release's model: retrained like any other
        return {"source": "analysts"}
