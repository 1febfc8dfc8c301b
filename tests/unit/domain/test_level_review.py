"""The review rule on its own: when a level is due, why, and since which day."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tocsin.domain.level_review import LastChange, ReviewReason, left_window_on, review_due
from tocsin.domain.levels import Level
from tocsin.domain.signal_rule import Thresholds, VerifiedSignal

RULE = Thresholds()
SET_ON = datetime(2026, 3, 15, 12, tzinfo=UTC)


def _signals(observed: date, factors=(1, 2, 9, 10)) -> list[VerifiedSignal]:
    return [VerifiedSignal(f"{f}.1", f, 0.9, observed) for f in factors]


def test_the_day_is_the_last_time_the_signals_stopped_holding_the_level():
    """Held in March, held again by new signals in June: the day is when the June ones left."""
    signals = _signals(date(2026, 3, 1)) + _signals(date(2026, 6, 1))
    assert left_window_on(signals, Level.IMMINENT_RISK, SET_ON.date(), date(2026, 12, 1), RULE) == (
        date(2026, 8, 31)
    )
    assert left_window_on(signals, Level.IMMINENT_RISK, SET_ON.date(), date(2026, 8, 30), RULE) is (
        None
    )


def test_a_rule_level_above_the_evidence_is_due_and_an_analysts_setting_is_not_yet():
    rule_set = LastChange(SET_ON, Level.IMMINENT_RISK, override=False)
    due = review_due(
        Level.IMMINENT_RISK,
        rule_set,
        Level.WATCH,
        date(2026, 7, 1),
        signals=_signals(date(2026, 3, 1)),
    )
    assert due is not None and due.reason is ReviewReason.EVIDENCE
    assert due.since == date(2026, 5, 31) and due.evidence_level is Level.WATCH
    # The evidence still holds it: not due.
    assert review_due(Level.IMMINENT_RISK, rule_set, Level.IMMINENT_RISK, date(2026, 7, 1)) is None
    # Raised by the rule above an analyst's setting: due only below what they set.
    assert (
        review_due(
            Level.IMMINENT_RISK,
            rule_set,
            Level.WATCH,
            date(2026, 7, 1),
            judgement=Level.IMMINENT_RISK,
        )
        is None
    )
    setting = LastChange(SET_ON, Level.IMMINENT_RISK, override=True)
    assert review_due(Level.IMMINENT_RISK, setting, Level.WATCH, date(2026, 9, 10)) is None
    due = review_due(Level.IMMINENT_RISK, setting, Level.WATCH, date(2026, 9, 11))
    assert due is not None and due.reason is ReviewReason.SETTING
    assert due.since == date(2026, 9, 11)
    assert (
        review_due(
            Level.WATCH, LastChange(SET_ON, Level.WATCH, False), Level.WATCH, date(2027, 1, 1)
        )
        is None
    )
