"""Event-type coder: which of ACLED's six event types a report describes.

ACLED data may not be redistributed, so no model ships with Tocsin. A deployment trains its own
from an ACLED export it holds (``tocsin code train-events``), stored under the data folder.
Until then the coder falls back on the keyword rules of :mod:`tocsin.coding.event_rules` and
says so in each suggestion (``method``: ``rules`` or ``trained``).

The trained model is a logistic regression over word 1-2-grams and character 3-5-grams of the
text, word 1-3-grams of its first sentence, the keyword-rule scores, and the report's mean
sentence vector from the offline sentence model. The first sentence names who did what to
whom, which decides the type, so its words count twice. Where the export gives ACLED's
sub-event types, they are the classes the model learns (see ``EventTypeModel.fit``) and a
type's probability is the sum of its sub-types'. The rule features carry knowledge of
the codebook, and the sentence vector carries meaning ("a number of residents lynched" is near
"a mob beat"); both transfer across regions and years, where n-grams learned from one country
do not (see docs/benchmarks.md). In the coding pipeline the sentence vectors are already
computed for the Framework of Analysis coder, so they cost nothing extra there. Dates,
parenthesised admin names and numbers, which ACLED notes repeat in every row, are blanked so
the model learns the event and not the boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.embedder import DIMENSION, pooled_vectors
from tocsin.coding.event_cues import CIVILIAN_WORDS, HARM_WORDS, JOINED
from tocsin.coding.event_rules import EVENT_TYPES, VAC, apply_rules, rule_scores
from tocsin.coding.language import UNDETERMINED
from tocsin.coding.registry import register
from tocsin.coding.storage import ModelFile, load_trained, save_trained
from tocsin.coding.text import fold

MODEL_FILE = "event_types.joblib"
FORMAT_VERSION = 4
#: What a model reads when it does not say: ACLED publishes its notes in English.
DEFAULT_LANGUAGES = ("en",)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE = re.compile(rf"\bon (?:or around )?(?:\d{{1,2}} )?(?:{_MONTHS})(?: \d{{1,2}})?,? \d{{4}},?")
_PARENS = re.compile(r"\([^)]*\)")
_DIGITS = re.compile(r"\d+")
_LEAD_END = re.compile(r"[.;]")


def _words(by_language: dict[str, str]) -> re.Pattern[str]:
    """Whole words for the languages written with spaces, anywhere for the joined ones."""
    spaced = "|".join(v for k, v in by_language.items() if k not in JOINED)
    joined = "|".join(v for k, v in by_language.items() if k in JOINED)
    return re.compile(rf"\b(?:{spaced})\b" + (f"|(?:{joined})" if joined else ""))


_CIVILIANS = _words(CIVILIAN_WORDS)
_HARM = _words(HARM_WORDS)


def normalise_note(text: str) -> str:
    text = _DATE.sub(" ", fold(text))
    text = _PARENS.sub(" ", text)
    return _DIGITS.sub(" 0 ", text)


def lead_of_note(text: str) -> str:
    """The report's first sentence: ACLED-style notes say there who did what to whom, which
    is what sets the event type (a mob or a militia; soldiers or civilians attacked). Its
    words are read a second time, apart from the rest of the note."""
    return _first_sentence(normalise_note(text))


def _first_sentence(normalised: str) -> str:
    return _LEAD_END.split(normalised.strip(" ,"), maxsplit=1)[0]


_SUBTYPE = "|"


def _fine(label: str, subtype: str | None) -> str:
    return f"{label}{_SUBTYPE}{subtype}" if subtype else label


def _type_of(fine: str) -> str:
    return fine.split(_SUBTYPE, 1)[0]


def _subtype_of(fine: str) -> str | None:
    parts = fine.split(_SUBTYPE, 1)
    return parts[1] if len(parts) == 2 else None


def _rule_features(texts: Sequence[str]) -> csr_matrix:
    rows = []
    for text in texts:
        scores, _ = rule_scores(text)
        values = np.array([scores[k] for k in EVENT_TYPES])
        total = values.sum()
        rows.append(np.concatenate([np.log1p(values), values / total if total else values]))
    return csr_matrix(np.array(rows).reshape(len(texts), 2 * len(EVENT_TYPES)))


def report_vectors(texts: Sequence[str]) -> np.ndarray:
    """Pooled sentence vectors of texts coded outside a batch (training, ``suggest``)."""
    return pooled_vectors(ReportBatch(list(texts)).sentence_vectors())


class EventTypeModel:
    """Estimator in the scikit-learn style; learned state in attributes ending in _.

    With ``sentence_vectors`` the model also reads each report's pooled sentence vector; the
    methods take them as ``vectors`` (from :func:`pooled_vectors`) and compute them when absent.
    """

    def __init__(
        self, C: float = 10.0, max_char_features: int = 100_000, sentence_vectors: bool = True
    ) -> None:
        self.C = C
        self.max_char_features = max_char_features
        self.sentence_vectors = sentence_vectors

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages (ISO 639-1) whose reports the model codes: those it learned from
        (``fit``'s ``languages``). A model saved before it knew them learned from English
        ACLED notes."""
        return tuple(getattr(self, "languages_", DEFAULT_LANGUAGES))

    def _features(self) -> FeatureUnion:
        return FeatureUnion(
            [
                (
                    "words",
                    TfidfVectorizer(
                        lowercase=False, ngram_range=(1, 2), sublinear_tf=True, min_df=2
                    ),
                ),
                (
                    "chars",
                    TfidfVectorizer(
                        lowercase=False,
                        analyzer="char_wb",
                        ngram_range=(3, 5),
                        sublinear_tf=True,
                        min_df=3,
                        max_features=self.max_char_features,
                    ),
                ),
                (
                    "lead",
                    TfidfVectorizer(
                        preprocessor=_first_sentence,
                        ngram_range=(1, 3),
                        sublinear_tf=True,
                        min_df=2,
                    ),
                ),
            ]
        )

    def _matrix(
        self, texts: Sequence[str], vectors: np.ndarray | None, fit: bool = False
    ) -> csr_matrix:
        # Normalised once here, not once per vectoriser: the n-grams are the coder's main cost.
        normalised = [normalise_note(t) for t in texts]
        features = self.features_
        ngrams = features.fit_transform(normalised) if fit else features.transform(normalised)
        parts = [ngrams, _rule_features(texts)]
        if self.sentence_vectors:
            if vectors is None:
                vectors = report_vectors(texts)
            if vectors.shape != (len(texts), DIMENSION):
                raise ValueError(f"expected {len(texts)} sentence vectors of {DIMENSION} numbers")
            parts.append(csr_matrix(vectors))
        return hstack(parts).tocsr()

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        vectors: np.ndarray | None = None,
        sample_weight: Sequence[float] | None = None,
        subtypes: Sequence[str | None] | None = None,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
    ) -> EventTypeModel:
        """``sample_weight`` lets an analyst's decision count for more than an exported note.

        ``languages``: the languages the examples teach the model to read (ACLED's notes are
        English); reports in other languages are left to the keyword rules (see
        :class:`EventTypeCoder`).

        ``subtypes``: ACLED's sub-event type of each example, where known. The classifier then
        learns the sub-types as classes of their own, balanced, and a type's probability is
        the sum of its sub-types': "mob violence" is a riot that reads nothing like a violent
        demonstration, and a rare sub-type is no longer drowned by its type's common one.
        """
        unknown = sorted(set(labels) - set(EVENT_TYPES))
        if unknown:
            raise ValueError(f"not ACLED event types: {', '.join(unknown)}")
        if len(set(labels)) < 2:
            raise ValueError("training needs examples of at least two event types")
        if subtypes is not None and len(subtypes) != len(labels):
            raise ValueError("give one sub-event type (or None) per example")
        fine = [_fine(label, sub) for label, sub in zip(labels, subtypes or [None] * len(labels),
                                                         strict=True)]
        self.features_ = self._features()
        self.classifier_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced")
        self.classifier_.fit(
            self._matrix(list(texts), vectors, fit=True), fine, sample_weight=sample_weight
        )
        self.classes_ = np.unique(np.asarray(labels, dtype=object)).astype(str)
        types = [_type_of(c) for c in self.classifier_.classes_]
        # Columns of the classifier (types and sub-types) -> columns of the six types.
        self.to_type_ = (np.asarray(types)[:, None] == self.classes_[None, :]).astype(float)
        self.languages_ = tuple(languages)
        return self

    def predict_proba(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """Probability of each event type (``classes_``), its sub-types summed."""
        return self._fine_proba(texts, vectors) @ self.to_type_

    def likeliest_subtypes(
        self, texts: Sequence[str], labels: Sequence[str], vectors: np.ndarray | None = None
    ) -> list[str | None]:
        """Within the event type each text is known to have, its likeliest sub-type (None when
        the model knows no sub-type for that type): where an analyst's decision, which names
        only the type, sits among the sub-types."""
        proba = self._fine_proba(texts, vectors)
        fine = self.classifier_.classes_
        out: list[str | None] = []
        for row, label in zip(proba, labels, strict=True):
            mine = [i for i, c in enumerate(fine) if _type_of(c) == label and c != label]
            out.append(_subtype_of(fine[max(mine, key=lambda i: row[i])]) if mine else None)
        return out

    def _fine_proba(self, texts: Sequence[str], vectors: np.ndarray | None) -> np.ndarray:
        return self.classifier_.predict_proba(self._matrix(list(texts), vectors))

    def predict(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> np.ndarray:
        return self.classes_[self.predict_proba(texts, vectors).argmax(axis=1)]

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        save_trained(self, path, FORMAT_VERSION, meta)

    @staticmethod
    def load(path: Path) -> tuple[EventTypeModel, dict[str, Any]]:
        return load_trained(path, FORMAT_VERSION)


def civilians_harmed(text: str) -> bool:
    """Civilians and a harm verb in one sentence: the flag for events not typed as VAC."""
    for sentence in re.split(r"[.!?\n\u061f]", fold(text)):
        if _CIVILIANS.search(sentence) and _HARM.search(sentence):
            return True
    return False


class EventTypeCoder:
    """Suggests one event type per report, with the method used and a civilian-harm flag.

    Given a ``model``, it codes with that one; otherwise it reads the model at ``model_path``
    and reads it again whenever the file changes (a retrain after analysts' decisions).
    """

    name = "event_type"

    def __init__(self, model_path: Path | None = None, model: EventTypeModel | None = None) -> None:
        self._fixed = model
        self._file = ModelFile(model_path if model is None else None, EventTypeModel.load)

    @property
    def model(self) -> EventTypeModel | None:
        if self._fixed is not None:
            return self._fixed
        loaded = self._file.current()
        return loaded[0] if loaded is not None else None

    @property
    def meta(self) -> dict[str, Any]:
        loaded = None if self._fixed is not None else self._file.current()
        return loaded[1] if loaded is not None else {}

    @property
    def method(self) -> str:
        return "trained" if self.model is not None else "rules"

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        texts = [r.text for r in batch.reports]
        model = self.model
        languages = [lang for lang, _ in batch.languages()] if model is not None else None
        read = _read_by(model, languages, len(texts))
        vectors = None
        if model is not None and model.sentence_vectors and any(read):
            vectors = pooled_vectors(batch.sentence_vectors())
        return [[s] for s in self.suggest(texts, vectors, model, languages)]

    def suggest(
        self,
        texts: Sequence[str],
        vectors: np.ndarray | None = None,
        model: EventTypeModel | None = None,
        languages: Sequence[str] | None = None,
    ) -> list[Suggestion]:
        """``languages``: each report's, when known; a report in a language the model did not
        learn from is coded by the rules, which read it better (docs/coding.md)."""
        model = model or self.model
        verdicts = [apply_rules(t) for t in texts]
        labels: list[str] = [v.label for v in verdicts]
        confidences: list[float] = [v.confidence for v in verdicts]
        read = _read_by(model, languages, len(texts))
        chosen = [i for i, yes in enumerate(read) if yes]
        if model is not None and chosen:
            rows = vectors[chosen] if vectors is not None else None
            proba = model.predict_proba([texts[i] for i in chosen], rows)
            for i, p in zip(chosen, proba, strict=True):
                labels[i], confidences[i] = str(model.classes_[p.argmax()]), float(p.max())
        out = []
        for text, verdict, label, confidence, by_model in zip(
            texts, verdicts, labels, confidences, read, strict=True
        ):
            span = verdict.spans.get(str(label))
            civilians = label == VAC or civilians_harmed(text)
            out.append(
                Suggestion(
                    str(label),
                    str(label),
                    round(float(confidence), 4),
                    span,
                    {"method": "trained" if by_model else "rules", "civilian_targeting": civilians},
                )
            )
        return out


def _read_by(model: EventTypeModel | None, languages: Sequence[str] | None, n: int) -> list[bool]:
    """Which reports the model codes: all when their languages are unknown, else those in a
    language it learned from or too short to tell."""
    if model is None:
        return [False] * n
    if languages is None:
        return [True] * n
    known = set(model.languages)
    return [lang in known or lang == UNDETERMINED for lang in languages]


@register("event_type")
def _create() -> EventTypeCoder:
    from tocsin.coding.storage import model_dir

    return EventTypeCoder(model_dir() / MODEL_FILE)
