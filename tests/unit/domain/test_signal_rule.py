from __future__ import annotations

from datetime import date, timedelta

from tocsin.domain.levels import Level
from tocsin.domain.signal_rule import Thresholds, VerifiedSignal, assess, should_raise

TODAY = date(2026, 6, 1)


def sig(code: str, days_ago: int = 1, confidence: float = 1.0) -> VerifiedSignal:
    return VerifiedSignal(code, int(code.split(".")[0]), confidence, TODAY - timedelta(days_ago))


def test_no_signals_keeps_watch():
    assert assess([], TODAY).level is Level.WATCH


def test_two_risk_factors_make_serious_concern_with_reasons():
    result = assess([sig("1.1"), sig("8.1")], TODAY)
    assert result.level is Level.SERIOUS_CONCERN
    assert "risk factors 1, 8" in result.reasons[0]


def test_specific_risk_factors_are_needed_for_imminent_risk():
    common_only = [sig("1.1"), sig("2.1"), sig("3.1"), sig("4.1"), sig("5.1")]
    assert assess(common_only, TODAY).level is Level.SERIOUS_CONCERN
    with_specific = [sig("1.1"), sig("8.1"), sig("9.1"), sig("10.2")]
    assert assess(with_specific, TODAY).level is Level.IMMINENT_RISK


def test_many_specific_signals_make_current_crisis():
    signals = [sig(c) for c in ("10.1", "10.2", "11.1", "11.2", "12.1", "12.2")]
    assert assess(signals, TODAY).level is Level.CURRENT_CRISIS


def test_old_and_low_confidence_signals_do_not_count():
    signals = [sig("1.1", days_ago=200), sig("8.1", confidence=0.2), sig("9.1")]
    assert assess(signals, TODAY).level is Level.WATCH
    wider = Thresholds(window_days=365, min_confidence=0.1)
    assert assess(signals, TODAY, wider).level is Level.SERIOUS_CONCERN


def test_rule_only_raises():
    lower = assess([sig("1.1"), sig("8.1")], TODAY)
    assert should_raise(Level.WATCH, lower)
    assert not should_raise(Level.IMMINENT_RISK, lower)
