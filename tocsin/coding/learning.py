"""Learning from analysts' decisions: the coders improve from what analysts confirm.

Every verified report leaves decisions in the store: the Framework of Analysis indicators its
analyst confirmed (Signals with status ``confirmed``), the event type the analyst gave it (the
Event made from it) and, when the analyst answered it, whether it holds incitement
(``Report.coding_decisions``). `learn_from_analysts` reads them all and retrains the indicator
coder's confirmation model, the event-type model and the incitement model, saving them under
the data folder, where the coders of a running worker pick them up. It does nothing when
neither the decisions nor the models' labelled training sets have changed since the last
time, so the worker can ask for it every hour at little cost.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
from sqlalchemy import select

from tocsin.coding.base import ReportBatch
from tocsin.coding.embedder import DIMENSION, SentenceEncoder, get_encoder, pooled_vectors
from tocsin.coding.event_rules import EVENT_TYPES
from tocsin.coding.event_training import TRAINING_SET_FILE as EVENT_TRAINING_SET
from tocsin.coding.event_training import retrain_with_decisions
from tocsin.coding.events import FORMAT_VERSION as EVENT_FORMAT
from tocsin.coding.events import MODEL_FILE
from tocsin.coding.incitement_model import FORMAT_VERSION as INCITEMENT_FORMAT
from tocsin.coding.incitement_model import MIN_DECISIONS_ALONE, MIN_EACH_ALONE, retrain_incitement
from tocsin.coding.incitement_model import MODEL_FILE as INCITEMENT_MODEL
from tocsin.coding.incitement_model import TRAINING_SET_FILE as INCITEMENT_TRAINING_SET
from tocsin.coding.storage import model_dir, save_atomically
from tocsin.domain.errors import InvalidInput
from tocsin.store.models import Event, Indicator, Report, Signal
from tocsin.store.uow import Store, UnitOfWork

STATE_FILE = "learning.json"
DECIDED = ("verified", "published")  # statuses whose coding decisions are final
VECTOR_FILE = "decision_vectors.joblib"


@dataclass(frozen=True)
class Decisions:
    indicators: list[tuple[str, str]]  # (report text, indicator code) confirmed by an analyst
    event_types: list[tuple[str, str]]  # (report text, event type) given at verification
    # (report text, incitement present, report language) answered at verification
    incitement: list[tuple[str, bool, str | None]] = field(default_factory=list)

    def fingerprint(self) -> str:
        """Changes when any decision is added, changed or withdrawn."""
        digest = hashlib.sha256()
        incitement = [(t, f"{p}:{lang}") for t, p, lang in self.incitement]
        for kind, pairs in (("indicator", self.indicators), ("event_type", self.event_types),
                            ("incitement", incitement)):
            for text, label in sorted(pairs):
                digest.update(f"{kind}\x1f{label}\x1f{text}\x1e".encode())
        return digest.hexdigest()


def _confirmed_indicators(uow: UnitOfWork) -> list[tuple[str, str]]:
    """Confirmed codings labelled with their indicator's code in the revision in use: one
    confirmed under an earlier revision teaches the coder the indicator it was, renumbered or
    not, and is left out once that indicator is removed (its code may name another now)."""
    rows = uow.session.execute(
        select(Report.text, Indicator)
        .join(Signal, Signal.report_id == Report.id)
        .join(Indicator, Indicator.id == Signal.indicator_id)
        .where(Signal.status == "confirmed")
        .order_by(Signal.id)
    ).all()
    revision = uow.reference.current_revision()
    codes: dict[int, str | None] = {}
    out = []
    for text, indicator in rows:
        if indicator.id not in codes:
            now = uow.reference.same_indicator_now(indicator, revision) if revision else indicator
            codes[indicator.id] = now.code if now is not None else None
        if (code := codes[indicator.id]) is not None:
            out.append((str(text), code))
    return out


def read_decisions(uow: UnitOfWork) -> Decisions:
    indicators = _confirmed_indicators(uow)
    event_types = uow.session.execute(
        select(Report.text, Event.event_type)
        .join(Event, Event.report_id == Report.id)
        .where(Event.event_type.in_(EVENT_TYPES))
        .order_by(Event.id)
    ).all()
    answered = uow.session.execute(
        select(Report.text, Report.coding_decisions, Report.language)
        .where(Report.coding_decisions.is_not(None))
        .where(Report.status.in_(DECIDED))
        .order_by(Report.id)
    ).all()
    incitement = [
        (str(t), bool(d["incitement"]["present"]), lang)
        for t, d, lang in answered
        if isinstance(d, dict) and isinstance(d.get("incitement"), dict)
    ]
    return Decisions(
        indicators,
        [(str(t), str(e)) for t, e in event_types],
        incitement,
    )


@dataclass(frozen=True)
class LearningResult:
    changed: bool  # False: the decisions were those of the last run, nothing was retrained
    indicator_decisions: int
    event_type_decisions: int
    indicator_model: bool  # retrained and saved
    event_type_model: bool
    skipped_codes: list[str]  # confirmed codes the current taxonomy does not know
    learned_at: str
    reports_encoded: int = 0  # decided reports whose vectors were not kept from an earlier run
    event_type_note: str | None = None  # why the event-type model was left as it was
    incitement_decisions: int = 0
    incitement_model: bool = False
    incitement_note: str | None = None  # why the incitement model was left as it was
    event_type_languages: list[str] = field(default_factory=list)  # what the new model reads

    def as_dict(self) -> dict:
        return asdict(self)


class ReportVectors:
    """Pooled sentence vectors of report texts: each encoded once per learning run (the two
    coders learn from mostly the same reports) and, with a ``path``, kept between runs, so an
    hourly retrain encodes only the reports decided since the last one. Kept under a hash of
    the text, never the text, and dropped when the sentence model changes."""

    def __init__(self, encoder: SentenceEncoder | None = None, path: Path | None = None) -> None:
        self.encoder = encoder
        self.path = path
        self.encoded = 0  # texts encoded in this run (the rest came from the kept vectors)
        self.known: dict[str, np.ndarray] = self._load()

    @property
    def identity(self) -> str:
        return (self.encoder or get_encoder()).identity

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = list({k: t for k, t in zip(keys, texts, strict=True) if k not in self.known}
                       .items())
        if missing:
            batch = ReportBatch([t for _, t in missing], encoder=self.encoder)
            pooled = pooled_vectors(batch.sentence_vectors()).astype(np.float32)
            self.known.update(zip([k for k, _ in missing], pooled, strict=True))
            self.encoded += len(missing)
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        return np.stack([self.known[k] for k in keys])

    def save(self, texts: list[str]) -> None:
        """Keep the vectors of these texts (the current decisions) and forget the rest."""
        if self.path is None:
            return
        keys = {_key(t) for t in texts}
        kept = {k: v for k, v in self.known.items() if k in keys}
        save_atomically({"model": self.identity, "vectors": kept}, self.path)

    def _load(self) -> dict[str, np.ndarray]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            payload = joblib.load(self.path)
        except Exception:  # a damaged cache is only a cache: encode again
            return {}
        if not isinstance(payload, dict) or payload.get("model") != self.identity:
            return {}
        vectors = payload.get("vectors")
        return dict(vectors) if isinstance(vectors, dict) else {}


def _key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def learn_from_analysts(
    store: Store,
    directory: Path | None = None,
    force: bool = False,
    encoder: SentenceEncoder | None = None,
) -> LearningResult:
    """Retrain both coders from every decision in the store (see the module docstring).

    ``encoder``: the sentence encoder to use; a worker passes its own, so that learning in the
    background never shares a tokenizer with the coding of new reports."""
    from tocsin.coding.indicators import FoaCoder

    directory = directory or model_dir()
    with store.uow() as uow:
        decisions = read_decisions(uow)
    fingerprint = _fingerprint(decisions, directory)
    state = _read_state(directory)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if not force and state.get("fingerprint") == fingerprint:
        return LearningResult(False, len(decisions.indicators), len(decisions.event_types),
                              False, False, [], state.get("learned_at", now),
                              incitement_decisions=len(decisions.incitement))
    vectors = ReportVectors(encoder, directory / VECTOR_FILE)
    foa = FoaCoder(model_dir=directory)
    known = set(foa.codes)
    pairs = [(t, c) for t, c in decisions.indicators if c in known and t.strip()]
    skipped = sorted({c for _, c in decisions.indicators} - known)
    indicator_model = len({c for _, c in pairs}) >= 2
    if indicator_model:
        foa.fit_from_confirmations(pairs, vectors=vectors([t for t, _ in pairs]))
    event_type_note = None
    try:
        retrained = retrain_with_decisions(decisions.event_types, directory, encode=vectors)
    except InvalidInput as exc:
        retrained, event_type_note = None, str(exc)
    event_type_model = retrained is not None
    incitement_note = None
    try:
        incitement = retrain_incitement(decisions.incitement, directory, encode=vectors)
    except InvalidInput as exc:
        incitement, incitement_note = None, str(exc)
    vectors.save([t for t, _ in decisions.indicators] + [t for t, _ in decisions.event_types]
                 + [t for t, _, _ in decisions.incitement])
    _write_state(directory, {"fingerprint": fingerprint, "learned_at": now,
                             "indicator_decisions": len(decisions.indicators),
                             "event_type_decisions": len(decisions.event_types),
                             "indicator_model": indicator_model,
                             "event_type_model": event_type_model,
                             "incitement_decisions": len(decisions.incitement),
                             "incitement_model": incitement is not None})
    return LearningResult(True, len(decisions.indicators), len(decisions.event_types),
                          indicator_model, event_type_model, skipped, now, vectors.encoded,
                          event_type_note, len(decisions.incitement), incitement is not None,
                          incitement_note,
                          list(retrained.languages) if retrained is not None else [])


def _fingerprint(decisions: Decisions, directory: Path) -> str:
    """The decisions, the labelled sets the models were last trained on and the models'
    formats: after `train-events` or `train-incitement`, or an upgrade, the next run adds the
    decisions to the new model, even when no decision changed."""
    digest = hashlib.sha256(decisions.fingerprint().encode())
    # A release that changes a model's inputs retrains it on its first run.
    digest.update(f"formats:{EVENT_FORMAT}:{INCITEMENT_FORMAT}\x1e".encode())
    for name in (EVENT_TRAINING_SET, INCITEMENT_TRAINING_SET):
        try:
            kept = (directory / name).stat()
        except FileNotFoundError:
            digest.update(f"{name}:none\x1e".encode())
        else:
            digest.update(f"{name}:{kept.st_size}:{kept.st_mtime_ns}\x1e".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class CodingStatus:
    """What the coders currently know, for the review queue: read from two small files, so a
    page view never loads a model."""

    event_type_method: str  # "trained" or "rules"
    exported_notes: int
    analyst_examples: int
    event_model_saved_at: str | None
    learned_at: str | None
    indicator_decisions: int
    event_type_decisions: int
    incitement_model: bool = False  # a learned second opinion beside the rules
    incitement_examples: int = 0  # labelled examples it learned from, answers included
    incitement_answers: int = 0  # of which analysts' answers
    incitement_decisions: int = 0  # answers read at the last learning run


def coding_status(directory: Path | None = None) -> CodingStatus:
    directory = directory or model_dir()
    state = _read_json(directory / STATE_FILE)
    meta = _read_json((directory / MODEL_FILE).with_suffix(".json"))
    trained = bool(meta) and (directory / MODEL_FILE).exists()
    analyst = int(meta.get("analyst_examples", 0)) if trained else 0
    incitement = _read_json((directory / INCITEMENT_MODEL).with_suffix(".json"))
    incitement_trained = bool(incitement) and (directory / INCITEMENT_MODEL).exists()
    return CodingStatus(
        "trained" if trained else "rules",
        int(meta.get("examples", 0)) - analyst if trained else 0,
        analyst,
        meta.get("saved_at") if trained else None,
        state.get("learned_at"),
        int(state.get("indicator_decisions", 0)),
        int(state.get("event_type_decisions", 0)),
        incitement_trained,
        int(incitement.get("examples", 0)) if incitement_trained else 0,
        int(incitement.get("analyst_examples", 0)) if incitement_trained else 0,
        int(state.get("incitement_decisions", 0)),
    )


def _read_state(directory: Path) -> dict:
    return _read_json(directory / STATE_FILE)


def _read_json(path: Path) -> dict:
    try:
        value = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _write_state(directory: Path, state: dict) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    temporary = directory / f".{STATE_FILE}.tmp"
    temporary.write_text(json.dumps(state, indent=2))
    temporary.replace(directory / STATE_FILE)


def describe(result: LearningResult) -> str:
    """One paragraph for the command line and the worker's log."""
    if not result.changed:
        return (f"no new decisions since {result.learned_at}: {result.indicator_decisions} "
                f"indicator and {result.event_type_decisions} event-type decisions")
    parts = [
        f"{result.indicator_decisions} confirmed indicators: "
        + ("indicator coder retrained" if result.indicator_model
           else "not enough yet (two different indicators needed)"),
        f"{result.event_type_decisions} verified event types: "
        + (f"event-type model retrained (reads {', '.join(result.event_type_languages)}; "
           "reports in other languages keep the rules)" if result.event_type_model
           else result.event_type_note
           or "not enough yet (two event types needed, or a model from an ACLED export)"),
    ]
    parts.append(
        f"{result.incitement_decisions} incitement answers: "
        + ("incitement model retrained" if result.incitement_model
           else result.incitement_note
           or f"not enough yet ({MIN_DECISIONS_ALONE} in the model's languages, "
              f"{MIN_EACH_ALONE} of each answer, or a model from labelled files)")
    )
    if result.skipped_codes:
        parts.append("codes not in the current taxonomy, left out: "
                     + ", ".join(result.skipped_codes))
    return "; ".join(parts)
