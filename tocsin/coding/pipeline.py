"""`code_report`: run every registered coder over reports and assemble a :class:`Coding`.

The pipeline takes its coders from the registry, so a deployment that registers another coder
gets its suggestions under ``Coding.extra`` without touching this module. Each built-in coder
has an assembler that turns its suggestions into its typed fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from tocsin.coding import registry
from tocsin.coding.base import Coder, ReportBatch, Suggestion
from tocsin.coding.coding import (
    Coding,
    EventTypeCode,
    IncitementCode,
    IndicatorCode,
    PlaceCode,
    RiskFactorCode,
)
from tocsin.coding.embedder import SentenceEncoder
from tocsin.coding.fusion import fuse_incitement
from tocsin.domain.taxonomy import Taxonomy

TOP_RISK_FACTORS = 5
TOP_INDICATORS = 5
Fields = dict[str, Any]


def _foa(suggestions: list[Suggestion]) -> Fields:
    factors = [s for s in suggestions if s.details.get("level") == "risk_factor"]
    indicators = [s for s in suggestions if s.details.get("level") == "indicator"]
    return {
        "risk_factors": [
            RiskFactorCode(number=int(s.code), title=s.label, confidence=s.confidence, span=s.span)
            for s in factors[:TOP_RISK_FACTORS]
        ],
        "indicators": [
            IndicatorCode(code=s.code, title=s.label, confidence=s.confidence, span=s.span)
            for s in indicators[:TOP_INDICATORS]
        ],
    }


def _incitement(suggestions: list[Suggestion]) -> Fields:
    s = suggestions[0]
    return {
        "incitement": IncitementCode(
            detected=bool(s.details["detected"]),
            score=s.confidence,
            span=s.span,
            target_group=s.details.get("target_group"),
            cue=s.details.get("cue"),
            target_category=s.details.get("target_category"),
            learned_score=s.details.get("learned_score"),
            source=s.details.get("source"),
        )
    }


def _event_type(suggestions: list[Suggestion]) -> Fields:
    s = suggestions[0]
    return {
        "event_type": EventTypeCode(
            type=s.label,
            confidence=s.confidence,
            span=s.span,
            method=s.details["method"],
            civilian_targeting=bool(s.details["civilian_targeting"]),
        )
    }


def _places(suggestions: list[Suggestion]) -> Fields:
    return {
        "places": [
            PlaceCode(
                name=s.details["name"],
                lat=s.details["lat"],
                lon=s.details["lon"],
                country=s.details["country"],
                span=s.span,
            )
            for s in suggestions
        ]
    }


def _language(suggestions: list[Suggestion]) -> Fields:
    s = suggestions[0]
    return {"language": s.code, "language_confidence": s.confidence}


ASSEMBLERS: dict[str, Callable[[list[Suggestion]], Fields]] = {
    "foa": _foa,
    "incitement": _incitement,
    "event_type": _event_type,
    "places": _places,
    "language": _language,
}


class CodingPipeline:
    """Every coder over each batch; ``encoder`` defaults to the process's shared model."""

    def __init__(
        self, coders: Sequence[Coder] | None = None, encoder: SentenceEncoder | None = None
    ) -> None:
        self.coders = (
            list(coders)
            if coders is not None
            else [registry.create(name) for name in registry.names()]
        )
        self.encoder = encoder
        # The indicator coder's taxonomy (perhaps an administrator's), for fuse_incitement.
        self.taxonomy: Taxonomy | None = next(
            (t for c in self.coders if isinstance(t := getattr(c, "taxonomy", None), Taxonomy)),
            None,
        )

    def code(
        self, texts: Sequence[str], countries: Sequence[str | None] | None = None
    ) -> list[Coding]:
        batch = ReportBatch(texts, countries, self.encoder)
        found: list[dict[str, list[Suggestion]]] = [{} for _ in texts]
        for coder in self.coders:
            for i, suggestions in enumerate(coder.code(batch)):
                if suggestions:
                    found[i][coder.name] = suggestions
        fields: list[Fields] = [{} for _ in texts]
        for i, by_coder in enumerate(found):
            if "places" in by_coder:
                by_coder["places"] = _places_in_context(
                    texts[i], by_coder, countries[i] if countries else None
                )
            for name, suggestions in by_coder.items():
                assemble = ASSEMBLERS.get(name)
                if not suggestions:
                    continue
                if assemble is not None:
                    fields[i].update(assemble(suggestions))
                else:
                    fields[i].setdefault("extra", {})[name] = [asdict(s) for s in suggestions]
        return [
            fuse_incitement(Coding(**f), TOP_INDICATORS, self.taxonomy, TOP_RISK_FACTORS)
            for f in fields
        ]


def _places_in_context(
    text: str, by_coder: dict[str, list[Suggestion]], country: str | None
) -> list[Suggestion]:
    """Places checked against the language and the incitement target the other coders found
    (a group a flagged text targets is no map pin; see :func:`tocsin.coding.places.in_context`)."""
    from tocsin.coding.places import in_context

    language = by_coder.get("language")
    incitement = by_coder.get("incitement")
    flagged = incitement[0].details if incitement and incitement[0].details["detected"] else {}
    target = flagged.get("target_group")
    return in_context(
        text, by_coder["places"], country, language[0].code if language else None, target
    )


@lru_cache(maxsize=1)
def default_pipeline() -> CodingPipeline:
    """Built once per process: coders hold the sentence model and the gazetteer."""
    return CodingPipeline()


def code_reports(
    texts: Sequence[str], countries: Sequence[str | None] | None = None
) -> list[Coding]:
    return default_pipeline().code(texts, countries)


def code_report(text: str, country: str | None = None) -> Coding:
    """Code one report (see :class:`Coding`); ``country`` is an ISO code that helps places."""
    return code_reports([text], [country])[0]
