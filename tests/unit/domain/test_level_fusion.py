from __future__ import annotations

from tocsin.domain.level_fusion import DynamicRisk, StructuralRisk, fuse
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
