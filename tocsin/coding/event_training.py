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


def train_event_model(paths: Sequence[Path], out: Path | None = None) -> TrainingSummary:
    notes = [note for path in paths for note in read_notes(Path(path))]
    if not notes:
        raise InvalidInput("no labelled notes found in the given ACLED exports")
    counts = Counter(n.event_type for n in notes)
    if len(counts) < 2:
        raise InvalidInput("the exports hold only one event type; a model needs at least two")
    texts = [n.text for n in notes]
    model = EventTypeModel().fit(texts, [n.event_type for n in notes], report_vectors(texts))
    target = out or model_dir() / MODEL_FILE
    files = sorted({n.source for n in notes})
    model.save(target, {"examples": len(notes), "by_type": dict(counts), "files": files})
    return TrainingSummary(target, len(notes), dict(counts), files)
