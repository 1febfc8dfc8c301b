"""Train the event-type model from a deployment's own ACLED exports (`tocsin code train-events`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tocsin.coding.acled_notes import read_notes
from tocsin.coding.events import MODEL_FILE, EventTypeModel, report_vectors
from tocsin.coding.storage import model_dir
from tocsin.domain.errors import InvalidInput


@dataclass(frozen=True)
class TrainingSummary:
    path: Path
    examples: int
    by_type: dict[str, int]
    files: list[str]


def train_event_model(
    paths: Sequence[Path], out: Path | None = None, sentence_vectors: bool = True
) -> TrainingSummary:
    """Train on the notes of ACLED exports. Without ``sentence_vectors`` the model reads
    n-grams and rules only: about 0.01-0.03 less macro-F1, but it codes over a thousand
    reports a second without the sentence model (see docs/benchmarks.md)."""
    notes = [note for path in paths for note in read_notes(Path(path))]
    if not notes:
        raise InvalidInput("no labelled notes found in the given ACLED exports")
    counts = Counter(n.event_type for n in notes)
    if len(counts) < 2:
        raise InvalidInput("the exports hold only one event type; a model needs at least two")
    texts = [n.text for n in notes]
    model = EventTypeModel(sentence_vectors=sentence_vectors)
    vectors = report_vectors(texts) if sentence_vectors else None
    model.fit(texts, [n.event_type for n in notes], vectors)
    target = out or model_dir() / MODEL_FILE
    files = sorted({n.source for n in notes})
    meta = {
        "examples": len(notes),
        "by_type": dict(counts),
        "files": files,
        "sentence_vectors": sentence_vectors,
    }
    model.save(target, meta)
    return TrainingSummary(target, len(notes), dict(counts), files)
