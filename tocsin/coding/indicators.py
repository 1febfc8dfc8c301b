"""Framework of Analysis coder: which risk factors and indicators a report speaks to.

Three kinds of evidence, combined per indicator with a noisy-or:

* **similarity prior** - each sentence of the report is compared (cosine, all-MiniLM-L6-v2)
  with a description of each indicator built from its title, our summary and its keywords;
  the best sentence is the span.
* **keyword evidence** - the indicator's own keywords found in the text give a precise span
  and raise the confidence; keywords are the ones analysts read in the taxonomy file, so an
  administrator who edits the file changes what is found. Keywords also come in French,
  Spanish, Portuguese, Arabic and Swahili (the taxonomy's ``translations``): the sentence
  model is English and reads other languages poorly (docs/coding.md).
* **confirmed codings** - once analysts confirm suggestions, :meth:`FoaCoder.fit_from_confirmations`
  trains :class:`~tocsin.coding.confirmations.ConfirmationModel`, blended with the prior.

A risk factor scores as its best indicator, or its own description and keywords if higher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.confirmations import ConfirmationModel, blend
from tocsin.coding.embedder import pooled_vectors
from tocsin.coding.registry import register
from tocsin.coding.storage import ModelFile
from tocsin.coding.text import (
    AFFIXED_SCRIPTS,
    fold,
    mixed_phrase_pattern,
    phrase_pattern,
    without_arabic_marks,
)
from tocsin.domain.taxonomy import Taxonomy, load_taxonomy

# Cosine similarities of MiniLM between a sentence and a matching indicator description sit
# around 0.35-0.6 and unrelated pairs below 0.25 (measured on the fixed examples in the tests);
# the logistic maps that range onto 0.1-0.9.
SIM_MIDPOINT = 0.38
SIM_SCALE = 0.07
KEYWORD_MISS = 0.6  # each keyword hit halves-ish the chance the indicator is absent
TOP_INDICATORS = 10
MODEL_FILE = "foa_confirmations.joblib"


def _sim_confidence(sim: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(sim - SIM_MIDPOINT) / SIM_SCALE))


@dataclass(frozen=True)
class _Entry:
    code: str
    risk_factor: int
    title: str
    description: str
    # Per language: the anchors that must be present for its pattern to be worth running.
    matchers: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
    anchors: frozenset[str]  # of every language

    def hits(self, folded: str, present: set[str]) -> list[tuple[int, int]]:
        """Keyword spans in the text, in order; where two languages share a word (French and
        English "massacre") it counts once."""
        if self.anchors.isdisjoint(present):
            return []
        active = [p for anchors, p in self.matchers if not anchors.isdisjoint(present)]
        if len(active) == 1:
            return [m.span() for m in active[0].finditer(folded)]
        found = sorted(
            {m.span() for pattern in active for m in pattern.finditer(folded)},
            key=lambda span: (span[0], -span[1]),
        )
        kept: list[tuple[int, int]] = []
        for span in found:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept


def _anchors(keywords: Iterable[str]) -> frozenset[str]:
    """Text that every match of the keywords' pattern contains, to skip the regex when absent.

    :func:`~tocsin.coding.text.phrase_pattern` matches a keyword's folded words literally,
    with spaces free, so each of its words appears as it is (the last perhaps with an English
    ending). The longest word is the rarest: "a", "no" or "forces" would let the pattern run
    on nearly every report.
    """
    return frozenset(
        max(fold(k.strip()).split(), key=len) for k in keywords if k.strip()
    )


_TOKEN = re.compile(r"\w+")
_ENDINGS = ("s", "es", "d", "ed", "ing")


class _AnchorIndex:
    """Which anchors a folded report contains, in a few set lookups per word.

    Checking each of the thousands of anchors (twelve languages) as a substring would cost
    more than the rest of the coder. An anchor that is one plain word is looked up among the
    report's words, also with an English ending taken off; anchors with inner punctuation, or
    in a script written with affixes joined to the word, are still searched as substrings.
    """

    def __init__(self, anchors: Iterable[str]) -> None:
        anchors = set(anchors)
        self.words = {a for a in anchors if _TOKEN.fullmatch(a) and not AFFIXED_SCRIPTS.search(a)}
        self.affixed = sorted(a for a in anchors if AFFIXED_SCRIPTS.search(a))
        self.other = sorted(anchors - self.words - set(self.affixed))

    def present(self, folded: str) -> set[str]:
        found = {a for a in self.other if a in folded}
        for word in set(_TOKEN.findall(folded)):
            if word in self.words:
                found.add(word)
            for ending in _ENDINGS:
                if word.endswith(ending) and word[: -len(ending)] in self.words:
                    found.add(word[: -len(ending)])
        if self.affixed and AFFIXED_SCRIPTS.search(folded):
            bare = without_arabic_marks(folded)
            found.update(a for a in self.affixed if a in bare)
        return found


def _entry(
    code: str,
    risk_factor: int,
    title: str,
    description: str,
    keywords: tuple[str, ...],
    translated: Iterable[tuple[str, ...]] = (),
) -> _Entry:
    """``translated``: the keywords of each other language, matched as written. English
    endings are added to English keywords only ("proces" + "s" would find "process")."""
    matchers = [(_anchors(keywords), phrase_pattern(keywords, inflect=True))]
    matchers += [(_anchors(words), mixed_phrase_pattern(words)) for words in translated if words]
    every = frozenset().union(*(anchors for anchors, _ in matchers))
    return _Entry(code, risk_factor, title, description, tuple(matchers), every)


def _entries(taxonomy: Taxonomy) -> tuple[list[_Entry], list[_Entry]]:
    indicators, factors = [], []
    for factor in taxonomy.risk_factors:
        # Keywords in every language the taxonomy translates into are matched in every report
        # (the language detector can be wrong on a short report; a foreign keyword in an
        # English report is still evidence).
        factors.append(
            _entry(
                str(factor.number),
                factor.number,
                factor.title,
                f"{factor.title}. {factor.summary} {', '.join(factor.keywords)}",
                factor.keywords,
                [t.keywords for t in factor.translations.values()],
            )
        )
        for item in factor.indicators:
            indicators.append(
                _entry(
                    item.code,
                    factor.number,
                    item.title,
                    f"{item.title} {item.summary} {', '.join(item.keywords)}",
                    item.keywords,
                    [t.keywords for t in item.translations.values()],
                )
            )
    return indicators, factors


class FoaCoder:
    """Suggests risk factors (code "9") and indicators (code "9.2") with spans."""

    name = "foa"

    def __init__(self, taxonomy: Taxonomy | None = None, model_dir: Path | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.indicators, self.factors = _entries(self.taxonomy)
        self.codes = [e.code for e in self.indicators]
        self._anchors = _AnchorIndex(
            set().union(*(e.anchors for e in self.indicators + self.factors))
        )
        self._matrix: np.ndarray | None = None
        self._factor_matrix: np.ndarray | None = None
        self.model_dir = model_dir
        self._learned_file = ModelFile(self._model_path(), ConfirmationModel.load)
        self._learned: ConfirmationModel | None = None

    # -- learning from analysts --------------------------------------------------------------

    def _model_path(self) -> Path | None:
        if self.model_dir is None:
            return None
        return self.model_dir / MODEL_FILE

    @property
    def learned(self) -> ConfirmationModel | None:
        """The model of analysts' confirmations, as last saved (a worker sees a retrain)."""
        if self.model_dir is None:
            return self._learned
        return self._learned_file.current()

    def fit_from_confirmations(
        self,
        pairs: Iterable[tuple[str, str]],
        batch: ReportBatch | None = None,
        vectors: np.ndarray | None = None,
    ) -> ConfirmationModel:
        """Train on analyst-confirmed (text, indicator code) pairs and save beside the store.

        ``vectors``: the texts' report vectors when the caller has them already."""
        pairs = [(t, c) for t, c in pairs if t.strip()]
        unknown = sorted({c for _, c in pairs} - set(self.codes))
        if unknown:
            raise ValueError(f"not indicators of this taxonomy: {', '.join(unknown)}")
        if vectors is None:
            batch = batch or ReportBatch([t for t, _ in pairs])
            vectors = pooled_vectors(batch.sentence_vectors())
        elif len(vectors) != len(pairs):
            raise ValueError("one report vector per confirmed pair is needed")
        model = ConfirmationModel().fit(vectors, [c for _, c in pairs])
        self._learned = model
        path = self._model_path()
        if path is not None:
            model.save(path)
        return model

    # -- coding ------------------------------------------------------------------------------

    def _descriptions(self, batch: ReportBatch) -> tuple[np.ndarray, np.ndarray]:
        if self._matrix is None or self._factor_matrix is None:
            encoder = batch.encoder
            self._matrix = encoder.encode([e.description for e in self.indicators])
            self._factor_matrix = encoder.encode([e.description for e in self.factors])
        return self._matrix, self._factor_matrix

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        matrix, factor_matrix = self._descriptions(batch)
        learned = self.learned
        out: list[list[Suggestion]] = []
        for report, vectors in zip(batch.reports, batch.sentence_vectors(), strict=True):
            if len(vectors) == 0:
                out.append([])
                continue
            folded = fold(report.text)
            present = self._anchors.present(folded)
            spans = [(s.start, s.end) for s in report.sentences]
            ind_conf, ind_span = _score(vectors @ matrix.T, self.indicators, spans, folded, present)
            ind_conf = blend(ind_conf, self.codes, learned, pooled_vectors([vectors])[0])
            rf_conf, rf_span = _score(
                vectors @ factor_matrix.T, self.factors, spans, folded, present
            )
            out.append(self._suggestions(ind_conf, ind_span, rf_conf, rf_span))
        return out

    def _suggestions(
        self,
        ind_conf: np.ndarray,
        ind_span: list[tuple[int, int]],
        rf_conf: np.ndarray,
        rf_span: list[tuple[int, int]],
    ) -> list[Suggestion]:
        factor_score = {
            e.risk_factor: (float(rf_conf[i]), rf_span[i]) for i, e in enumerate(self.factors)
        }
        for j, entry in enumerate(self.indicators):
            current = factor_score[entry.risk_factor]
            if ind_conf[j] > current[0]:
                factor_score[entry.risk_factor] = (float(ind_conf[j]), ind_span[j])
        titles = {e.risk_factor: e.title for e in self.factors}
        factors = [
            Suggestion(str(n), titles[n], round(c, 4), span, {"level": "risk_factor"})
            for n, (c, span) in sorted(factor_score.items(), key=lambda kv: -kv[1][0])
        ]
        order = np.argsort(-ind_conf)[:TOP_INDICATORS]
        indicators = [
            Suggestion(
                self.indicators[j].code,
                self.indicators[j].title,
                round(float(ind_conf[j]), 4),
                ind_span[j],
                {"level": "indicator", "risk_factor": self.indicators[j].risk_factor},
            )
            for j in order
        ]
        return factors + indicators


def _score(
    sims: np.ndarray,
    entries: list[_Entry],
    sentence_spans: list[tuple[int, int]],
    folded: str,
    present: set[str],
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Per entry, its confidence and span from the sentence similarities (sentences x entries)
    and its keywords; ``present`` are the anchors found in the text, so that entries whose
    keywords cannot occur skip their pattern."""
    conf = _sim_confidence(sims.max(axis=0))
    spans = [sentence_spans[b] for b in sims.argmax(axis=0)]
    for j, entry in enumerate(entries):
        hits = entry.hits(folded, present)
        if hits:
            conf[j] = 1.0 - (1.0 - conf[j]) * KEYWORD_MISS ** len(hits)
            spans[j] = hits[0]
    return conf, spans


@register("foa")
def _create() -> FoaCoder:
    from tocsin.coding.storage import model_dir
    from tocsin.config import get_settings

    return FoaCoder(load_taxonomy(get_settings().taxonomy_file), model_dir=model_dir())
