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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from tocsin.coding.embedder import DIMENSION
from tocsin.coding.evaluation import HATEMOJI_POSITIVE
from tocsin.coding.storage import load_trained, model_dir, save_trained
from tocsin.domain.errors import InvalidInput

MODEL_FILE = "incitement.joblib"
FORMAT_VERSION = 1
#: The model's own decision point (balanced classes), not tuned on any test set.
THRESHOLD = 0.5
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


class IncitementModel:
    """Estimator in the scikit-learn style; learned state in attributes ending in _."""

    def __init__(self, C: float = 1.0, languages: Sequence[str] = ("en",)) -> None:
        self.C = C
        self.languages = tuple(languages)

    def fit(self, vectors: np.ndarray, labels: Sequence[bool]) -> IncitementModel:
        if vectors.shape != (len(labels), DIMENSION):
            raise ValueError(f"expected {len(labels)} report vectors of {DIMENSION} numbers")
        if len(set(labels)) < 2:
            raise ValueError("training needs examples of incitement and of other speech")
        self.classifier_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced")
        self.classifier_.fit(vectors, np.asarray(labels, dtype=bool))
        return self

    def predict_proba(self, vectors: np.ndarray) -> np.ndarray:
        """Probability of incitement for each report vector."""
        if len(vectors) == 0:
            return np.zeros(0)
        proba = self.classifier_.predict_proba(vectors)
        return proba[:, list(self.classifier_.classes_).index(True)]

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        save_trained(self, path, FORMAT_VERSION, meta)

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
    model = IncitementModel(languages=languages).fit(report_vectors(texts), labels)
    target = out or model_dir() / MODEL_FILE
    meta = {"examples": len(texts), "positives": sum(labels),
            "files": [Path(p).name for p in paths], "languages": list(languages)}
    model.save(target, meta)
    return IncitementTraining(target, len(texts), sum(labels), tuple(languages))
