from __future__ import annotations

from tocsin.domain.level_fusion import (
    DynamicRisk,
    Fused,
    StructuralRisk,
    beyond_judgement,
    fuse,
    source_assessments,
)
from tocsin.domain.levels import Level
from tocsin.domain.signal_rule import Assessment

QUIET = Assessment(Level.WATCH, ["no verified signals in the last 90 days"])


def test_no_forecasts_leaves_the_signal_assessment():
    fused = fuse(Assessment(Level.SERIOUS_CONCERN, ["2 risk factors"]))
    assert fused.level is Level.SERIOUS_CONCERN and fused.reasons == ["2 risk factors"]


def test_high_structural_risk_raises_to_serious_concern_with_its_reason():
    fused = fuse(QUIET, structural=StructuralRisk(0.14, 3, "tocsin-structural"))
    assert fused.level is Level.SERIOUS_CONCERN
    assert fused.reasons[0].startswith("structural forecast: 14.0%")
    assert "no verified signals" in fused.reasons[-1]


def test_top_thirty_alone_only_watches():
    assert fuse(QUIET, structural=StructuralRisk(0.04, 25, "m")).level is Level.WATCH


def test_dynamic_escalation_argues_for_imminent_risk():
    fused = fuse(QUIET, dynamic=DynamicRisk(0.7, "Sahel", "tocsin-escalation"))
    assert fused.level is Level.IMMINENT_RISK and "Sahel" in fused.reasons[0]
    assert fuse(QUIET, dynamic=DynamicRisk(0.35, "X", "m")).level is Level.SERIOUS_CONCERN
    assert fuse(QUIET, dynamic=DynamicRisk(0.1, "X", "m")).level is Level.WATCH


def test_the_highest_source_wins():
    crisis = Assessment(Level.CURRENT_CRISIS, ["6 crime-specific signals"])
    fused = fuse(crisis, structural=StructuralRisk(0.2, 1, "m"), dynamic=DynamicRisk(0.9, "X", "m"))
    assert fused.level is Level.CURRENT_CRISIS and fused.reasons[0] == "6 crime-specific signals"


def test_after_an_analysts_setting_only_a_source_arguing_for_more_counts():
    watch = Assessment(Level.WATCH, ["no signals"])
    concern = Assessment(Level.SERIOUS_CONCERN, ["two risk factors"])
    known = source_assessments(watch, StructuralRisk(0.16, 2, "m"), None)
    # The same forecast again, and signals that reached serious concern since: only the signals.
    now = source_assessments(concern, StructuralRisk(0.16, 2, "m"), None)
    assert beyond_judgement(now, known) == Fused(Level.SERIOUS_CONCERN, ["two risk factors"])
    assert beyond_judgement(known, known).level is Level.WATCH
    assert beyond_judgement(known, known).reasons == []
    # A new escalation forecast where there was none counts.
    escalating = source_assessments(watch, StructuralRisk(0.16, 2, "m"), DynamicRisk(0.7, "A", "d"))
    assert beyond_judgement(escalating, known).level is Level.IMMINENT_RISK
