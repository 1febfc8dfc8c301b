"""Train the event-type model: from a deployment's ACLED exports (`tocsin code train-events`),
then again with its analysts' decisions added (`tocsin code learn`).

The notes a model was trained on are kept beside it (``event_training_set.joblib``), so a
retrain after analysts have verified more reports needs neither the exports nor the 2-minute
sentence encoding of their notes again.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np

from tocsin.coding.acled_notes import read_notes
from tocsin.coding.event_rules import EVENT_TYPES, apply_rules
from tocsin.coding.events import DEFAULT_LANGUAGES, MODEL_FILE, EventTypeModel, report_vectors
from tocsin.coding.held_out import RulesKept, held_out_predictions
from tocsin.coding.language import UNDETERMINED, detect_languages
from tocsin.coding.storage import model_dir, save_atomically
from tocsin.domain.errors import InvalidInput

TRAINING_SET_FILE = "event_training_set.joblib"
EXPORT_MODEL_FILE = "event_types_export.joblib"  # the exported notes' model alone (see below)
TRAINING_SET_FORMAT = 2
#: Formats this release reads: 1 kept no sub-event types, which then count as unknown.
READABLE_TRAINING_SETS = (1, 2)
#: How much one analyst's decision counts against one exported note. The deployment's own
#: reports, coded to the current codebook, are what the model must fit; on ACLED notes of
#: 2019-2020 added to the pre-2019 training set, 3 did a little better than 1 (docs/coding.md).
ANALYST_WEIGHT = 3.0
#: Decisions needed to train a model from them alone (no ACLED export): fewer are better left
#: to the keyword rules.
MIN_DECISIONS_ALONE = 20
#: Decisions of each event type a model from decisions alone learns: with fewer, class
#: balancing makes one riot weigh as much as thirty protests, and the model names "Riots" at
#: 0.89 for a battle. Five is also the fewest the held-out check can split into five folds.
MIN_EACH_TYPE_ALONE = 5
#: Analysts' decisions on reports of one language that make the model read that language;
#: below it, reports in that language keep the keyword rules, which code them better than a
#: model of English notes does (docs/coding.md).
MIN_DECISIONS_PER_LANGUAGE = 20


@dataclass(frozen=True)
class TrainingSummary:
    path: Path
    examples: int
    by_type: dict[str, int]
    files: list[str]
    analyst_examples: int = 0
    languages: tuple[str, ...] = DEFAULT_LANGUAGES  # reports in other languages keep the rules


@dataclass
class TrainingSet:
    """The exported notes a model learned from; vectors kept in half precision (9 MB for
    12,000 notes), enough for a linear model's inputs."""

    texts: list[str]
    labels: list[str]
    files: list[str]
    vectors: np.ndarray | None = field(default=None, repr=False)
    subtypes: list[str | None] | None = None  # ACLED sub-event types, where the export has them

    def save(self, path: Path) -> None:
        vectors = None if self.vectors is None else self.vectors.astype(np.float16)
        payload = {"format": TRAINING_SET_FORMAT, "texts": self.texts, "labels": self.labels,
                   "files": self.files, "vectors": vectors, "subtypes": self.subtypes}
        save_atomically(payload, path)

    @classmethod
    def load(cls, path: Path) -> TrainingSet | None:
        if not path.exists():
            return None
        payload = joblib.load(path)
        if payload.get("format") not in READABLE_TRAINING_SETS:
            return None
        vectors = payload["vectors"]
        return cls(payload["texts"], payload["labels"], payload["files"],
                   None if vectors is None else vectors.astype(np.float32),
                   payload.get("subtypes"))


def train_event_model(
    paths: Sequence[Path], out: Path | None = None, sentence_vectors: bool = True
) -> TrainingSummary:
    """Train on the notes of ACLED exports. Without ``sentence_vectors`` the model reads
    n-grams and rules only: about 0.01-0.03 less macro-F1, but it codes over a thousand
    reports a second without the sentence model (see docs/benchmarks.md)."""
    notes = [note for path in paths for note in read_notes(Path(path))]
    if not notes:
        raise InvalidInput("no labelled notes found in the given ACLED exports")
    texts = [n.text for n in notes]
    labels = [n.event_type for n in notes]
    if len(set(labels)) < 2:
        raise InvalidInput("the exports hold only one event type; a model needs at least two")
    vectors = report_vectors(texts) if sentence_vectors else None
    target = out or model_dir() / MODEL_FILE
    training = TrainingSet(texts, labels, sorted({n.source for n in notes}), vectors,
                           [n.sub_event_type for n in notes])
    training.save(target.with_name(TRAINING_SET_FILE))
    return _fit_and_save(training, [], target, sentence_vectors)


def retrain_with_decisions(
    decisions: Sequence[tuple[str, str]],
    directory: Path | None = None,
    encode: Callable[[list[str]], np.ndarray] = report_vectors,
) -> TrainingSummary | None:
    """Refit the event-type model on its exported notes plus analysts' (report text, event
    type) decisions, each weighted ``ANALYST_WEIGHT``. With no exported notes the decisions
    alone train it once there are ``MIN_DECISIONS_ALONE`` naming two event types; otherwise
    None (nothing to learn yet). ``encode`` gives the texts' pooled sentence vectors."""
    decisions = [(t, e) for t, e in decisions if t.strip() and e in EVENT_TYPES]
    target = (directory or model_dir()) / MODEL_FILE
    training = TrainingSet.load(target.with_name(TRAINING_SET_FILE))
    if training is None:
        if _trained_from_export(target):
            # Refitting on the decisions alone would throw the export's notes away.
            raise InvalidInput(
                "the event-type model was trained from an ACLED export whose notes were not "
                "kept (an earlier release): run `tocsin code train-events` on the export once "
                "more, and analysts' decisions are added from then on"
            )
        if len(decisions) < MIN_DECISIONS_ALONE or len({e for _, e in decisions}) < 2:
            return None
        try:
            _check_beats_rules(decisions, encode)
        except RulesKept:
            _remove_model(target)  # an earlier model from fewer decisions goes too
            raise
        training = TrainingSet([], [], [], np.zeros((0, 0), np.float32))
    if not decisions and _loads(target):
        return None
    # A model this release cannot read (an upgrade changed its inputs) is refitted from the
    # kept notes even with no decision, so the coder does not stay on the keyword rules.
    sentence_vectors = training.vectors is not None
    return _fit_and_save(training, decisions, target, sentence_vectors, encode)


def _check_beats_rules(
    decisions: Sequence[tuple[str, str]], encode: Callable[[list[str]], np.ndarray]
) -> None:
    """Raise RulesKept unless a model of the decisions alone has MIN_EACH_TYPE_ALONE of every
    event type it would learn and types more held-out decisions right than the rules do."""
    counts = Counter(e for _, e in decisions)
    few = sorted(t for t, n in counts.items() if n < MIN_EACH_TYPE_ALONE)
    if few:
        raise RulesKept(
            "keyword rules kept: a model from decisions alone needs "
            f"{MIN_EACH_TYPE_ALONE} decisions of each event type it learns ("
            + ", ".join(f"{t}: {counts[t]}" for t in few) + ")"
        )
    texts = [t for t, _ in decisions]
    labels = [e for _, e in decisions]
    vectors = encode(texts)

    def fit_predict(train: np.ndarray, test: np.ndarray) -> list[str]:
        model = EventTypeModel().fit([texts[i] for i in train], [labels[i] for i in train],
                                     vectors[train])
        return [str(x) for x in model.predict([texts[i] for i in test], vectors[test])]

    try:
        predicted = held_out_predictions(labels, fit_predict)
    except ValueError as exc:  # too little text for the n-gram vocabularies
        raise RulesKept(f"keyword rules kept: no model could be fitted ({exc})") from exc
    model_right = sum(p == y for p, y in zip(predicted, labels, strict=True))
    rules_right = sum(apply_rules(t).label == y for t, y in zip(texts, labels, strict=True))
    if model_right <= rules_right:
        raise RulesKept(
            f"keyword rules kept: on held-out decisions a model of them typed {model_right} of "
            f"{len(labels)} right, the rules {rules_right}"
        )


def _remove_model(target: Path) -> None:
    for path in (target, target.with_suffix(".json")):
        path.unlink(missing_ok=True)


def _loads(target: Path) -> bool:
    try:
        EventTypeModel.load(target)
    except (OSError, ValueError):
        return False
    return True


def _trained_from_export(target: Path) -> bool:
    """Whether the saved model learned from exported notes (a model another version wrote,
    which is not used anyway, does not count)."""
    if not target.exists():
        return False
    try:
        _, meta = EventTypeModel.load(target)
    except ValueError:
        return False
    return int(meta.get("examples", 0)) > int(meta.get("analyst_examples", 0))


def _fit_and_save(
    training: TrainingSet,
    decisions: Sequence[tuple[str, str]],
    target: Path,
    sentence_vectors: bool,
    encode: Callable[[list[str]], np.ndarray] = report_vectors,
) -> TrainingSummary:
    texts = training.texts + [t for t, _ in decisions]
    labels = training.labels + [e for _, e in decisions]
    weights = [1.0] * len(training.texts) + [ANALYST_WEIGHT] * len(decisions)
    vectors = decided = None
    if sentence_vectors:
        decided = encode([t for t, _ in decisions]) if decisions else None
        parts = [training.vectors] if training.texts and training.vectors is not None else []
        vectors = np.vstack([*parts, *([decided] if decided is not None else [])])
    subtypes = list(training.subtypes or [None] * len(training.texts))
    if decisions and any(training.subtypes or []):
        exported = _export_model(training, target, sentence_vectors)
        subtypes += exported.likeliest_subtypes(
            [t for t, _ in decisions], [e for _, e in decisions], decided
        )
    else:
        subtypes += [None] * len(decisions)
    languages = _languages_learned(bool(training.texts), [t for t, _ in decisions])
    model = EventTypeModel(sentence_vectors=sentence_vectors)
    model.fit(texts, labels, vectors, sample_weight=weights, subtypes=subtypes,
              languages=languages)
    if not decisions:  # the model of the exported notes alone: keep it for the next retrains
        _keep_export_model(model, target)
    counts = Counter(labels)
    meta = {
        "examples": len(texts),
        "by_type": dict(counts),
        "files": training.files,
        "analyst_examples": len(decisions),
        "sentence_vectors": sentence_vectors,
        "languages": list(languages),
    }
    model.save(target, meta)
    # Beside the model, what it was trained on, for pages that must not load the model itself.
    target.with_suffix(".json").write_text(json.dumps({**meta, "saved_at": _now()}, indent=2))
    return TrainingSummary(target, len(texts), dict(counts), training.files, len(decisions),
                           languages)


def _languages_learned(exported: bool, decided: Sequence[str]) -> tuple[str, ...]:
    """English for an ACLED export's notes, and each language with enough decisions; with
    decisions alone and none with enough, the language most of them are in."""
    counts = Counter(lang for lang, _ in detect_languages(list(decided)) if lang != UNDETERMINED)
    learned = {lang for lang, n in counts.items() if n >= MIN_DECISIONS_PER_LANGUAGE}
    if exported:
        learned.add("en")
    if not learned and counts:
        learned.add(counts.most_common(1)[0][0])
    return tuple(sorted(learned)) or DEFAULT_LANGUAGES


def _export_model(training: TrainingSet, target: Path, sentence_vectors: bool) -> EventTypeModel:
    """The model of the exported notes alone, which places analysts' decisions among the
    sub-types: a decision names the type, not ACLED's sub-type, and joins the sub-type of its
    type this model finds likeliest (an analyst's "riot" that reads like mob violence
    strengthens mob violence). It depends on the kept notes only, so it is kept beside them
    and fitted again only when they change."""
    kept = target.with_name(EXPORT_MODEL_FILE)
    stamp = _stamp(target.with_name(TRAINING_SET_FILE))
    try:
        model, meta = EventTypeModel.load(kept)
    except (OSError, ValueError):
        pass
    else:
        if stamp is not None and meta.get("training_set") == stamp:
            return model
    model = EventTypeModel(sentence_vectors=sentence_vectors).fit(
        training.texts, training.labels, training.vectors, subtypes=training.subtypes
    )
    _keep_export_model(model, target)
    return model


def _keep_export_model(model: EventTypeModel, target: Path) -> None:
    stamp = _stamp(target.with_name(TRAINING_SET_FILE))
    if stamp is not None:
        model.save(target.with_name(EXPORT_MODEL_FILE), {"training_set": stamp})


def _stamp(path: Path) -> str | None:
    """Names one version of the kept notes (written only by `train-events`)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
