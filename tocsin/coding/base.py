"""What every coder shares: the suggestion it makes and the batch of reports it reads.

A coder is anything with a ``name`` and a ``code(batch)`` method that returns, for each report
of the batch, a ranked list of :class:`Suggestion`. Suggestions are proposals for an analyst
to confirm, never facts, so each carries a confidence and the span of text that triggered it.
Reports are coded in batches because the sentence model is far cheaper per sentence when it
sees many at once, and several coders read the same sentence vectors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from tocsin.coding.embedder import SentenceEncoder, get_encoder
from tocsin.coding.text import Sentence, split_sentences


@dataclass(frozen=True)
class Suggestion:
    """One proposed code for one report.

    ``span`` is ``(start, end)``, end exclusive, into the report text as submitted, or None
    when the evidence is the report as a whole (a trained classifier's verdict).
    """

    code: str
    label: str
    confidence: float
    span: tuple[int, int] | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


class Report:
    """The text of one report with its sentences, and an optional country hint (ISO code)."""

    def __init__(self, text: str, country: str | None = None) -> None:
        self.text = text
        self.country = country
        self.sentences: list[Sentence] = split_sentences(text)


class ReportBatch:
    """Reports coded together; sentence vectors and languages are computed once, on first
    request."""

    def __init__(
        self,
        texts: Sequence[str],
        countries: Sequence[str | None] | None = None,
        encoder: SentenceEncoder | None = None,
    ) -> None:
        hints = list(countries) if countries is not None else [None] * len(texts)
        self.reports = [Report(t, c) for t, c in zip(texts, hints, strict=True)]
        self._encoder = encoder
        self._vectors: list[np.ndarray] | None = None
        self._languages: list[tuple[str, float]] | None = None

    def __len__(self) -> int:
        return len(self.reports)

    @property
    def encoder(self) -> SentenceEncoder:
        if self._encoder is None:
            self._encoder = get_encoder()
        return self._encoder

    @property
    def has_vectors(self) -> bool:
        """Whether the sentence vectors are computed already (a coder may then reuse them)."""
        return self._vectors is not None

    def languages(self) -> list[tuple[str, float]]:
        """Per report, its language (ISO 639-1) and confidence, detected once per batch: the
        language coder reports it, and the incitement coder applies its English model to
        English reports only."""
        if self._languages is None:
            from tocsin.coding.language import detect_languages

            self._languages = detect_languages([r.text for r in self.reports])
        return self._languages

    def sentence_vectors(self) -> list[np.ndarray]:
        """Per report, a (sentences x 384) array of unit vectors."""
        if self._vectors is None:
            flat = [s.text for r in self.reports for s in r.sentences]
            matrix = self.encoder.encode(flat)
            self._vectors, cursor = [], 0
            for report in self.reports:
                n = len(report.sentences)
                self._vectors.append(matrix[cursor : cursor + n])
                cursor += n
        return self._vectors


@runtime_checkable
class Coder(Protocol):
    """The one interface every coder implements; see :mod:`tocsin.coding.registry`."""

    name: str

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]: ...
