"""The result of coding one report: the shape the CLI prints and the web app stores.

Every suggestion carries a confidence and, where there is one, the ``[start, end)`` character
span of the evidence in the report text, so the analyst confirming it can see why.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

Span = tuple[int, int]


class RiskFactorCode(BaseModel):
    number: int = Field(ge=1, le=14)
    title: str
    confidence: float
    span: Span | None = None


class IndicatorCode(BaseModel):
    code: str
    title: str
    confidence: float
    span: Span | None = None


class IncitementCode(BaseModel):
    detected: bool = False
    score: float = 0.0
    target_group: str | None = None
    target_category: str | None = None
    cue: str | None = None  # call_to_violence, threat or dehumanising
    span: Span | None = None
    learned_score: float | None = None  # the learned model's view, where one reads the language
    # "rules" (a cue was found), "model" (the learned model alone: no cue, no span, a weaker
    # opinion that fuses into no indicator), or None when nothing was detected
    source: str | None = None


class EventTypeCode(BaseModel):
    type: str
    confidence: float
    civilian_targeting: bool
    method: str  # "trained" (a model from an ACLED export) or "rules" (the fallback)
    span: Span | None = None


class PlaceCode(BaseModel):
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-3
    span: Span | None = None


class Coding(BaseModel):
    # Factories, not shared defaults: pydantic deep-copies a mutable default for every
    # instance, which cost a third of a millisecond a report.
    risk_factors: list[RiskFactorCode] = Field(default_factory=list)
    indicators: list[IndicatorCode] = Field(default_factory=list)
    incitement: IncitementCode = Field(default_factory=IncitementCode)
    event_type: EventTypeCode | None = None
    places: list[PlaceCode] = Field(default_factory=list)
    language: str = "und"
    language_confidence: float = 0.0
    extra: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
