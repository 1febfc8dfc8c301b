"""When a situation's level is due for an analyst's review.

Signals ageing out of the rule's window never lower a level: an early-warning system must not
de-escalate silently, because a quiet spell is as often a blackout (monitors silenced, access
cut) as calm. Nor may a level stand for ever on evidence that no longer counts. The Framework
of Analysis asks for regular review, so such a level is put in front of an analyst, who
confirms it with a reason, lowers it, or hands it back to the evidence. Two cases:

* ``evidence``: the rule (not an analyst) set the level, and what the evidence argues for now
  is less, because signals left the window. `since` is the day the last signal that held the
  level left it, where the signals show one.
* ``setting``: an analyst's setting (or confirmation) is older than the review period
  (`TOCSIN_LEVEL_REVIEW_DAYS`). The setting stands; it is only marked due.

Nothing here lowers a level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from tocsin.domain.levels import Level
from tocsin.domain.signal_rule import Thresholds, VerifiedSignal, assess

#: The default review period of an analyst's setting, in days: two quarters, the rhythm at
#: which most early-warning networks revisit their watchlists.
REVIEW_DAYS = 180


class ReviewReason(StrEnum):
    EVIDENCE = "evidence"  # the evidence now argues for less than the rule's level
    SETTING = "setting"  # an analyst's setting is older than the review period


@dataclass(frozen=True)
class LastChange:
    """What the review needs of a situation's latest level change."""

    at: datetime
    to_level: Level
    override: bool


@dataclass(frozen=True)
class ReviewDue:
    reason: ReviewReason
    #: The day the evidence stopped holding the level, or the setting's review fell due;
    #: None when the signals do not show when (the level was held by a forecast, say).
    since: date | None
    #: What the evidence argues for now (for a setting: with the setting set aside).
    evidence_level: Level


def left_window_on(
    signals: Sequence[VerifiedSignal], level: Level, after: date, today: date, rule: Thresholds
) -> date | None:
    """The last day, after `after` and by `today`, on which the signals stopped arguing for
    `level`: a signal observed on day d counts up to d + window, and leaves the day after."""
    days = sorted(
        {
            s.observed_on + timedelta(days=rule.window_days + 1)
            for s in signals
            if after < s.observed_on + timedelta(days=rule.window_days + 1) <= today
        }
    )
    found: date | None = None
    for day in days:
        held = assess(signals, day - timedelta(days=1), rule).level >= level
        if held and assess(signals, day, rule).level < level:
            found = day
    return found


def review_due(
    current: Level,
    last: LastChange | None,
    evidence: Level,
    today: date,
    review_days: int = REVIEW_DAYS,
    judgement: Level | None = None,
    signals: Sequence[VerifiedSignal] = (),
    rule: Thresholds | None = None,
) -> ReviewDue | None:
    """Whether the level is due for review, and why. `evidence` is the level the evidence
    argues for now; `judgement` the level of an analyst's setting the rule has since raised
    the level above (what they decided still argues for itself); `signals` the country's
    confirmed signals since the level was set, to date when the evidence stopped holding it."""
    if last is None:
        return None
    if last.override:
        due_on = last.at.date() + timedelta(days=review_days)
        if due_on > today:
            return None
        return ReviewDue(ReviewReason.SETTING, due_on, evidence)
    argued = max(evidence, judgement) if judgement is not None else evidence
    if current is Level.WATCH or not argued < current:
        return None
    since = left_window_on(signals, current, last.at.date(), today, rule or Thresholds())
    return ReviewDue(ReviewReason.EVIDENCE, since, argued)
