"""A level whose evidence has aged out, or an analyst's setting grown old, is put in front of an
analyst: never lowered, marked due with why and since when, noted once by the worker, and
cleared by a confirmation that the history and the audit log keep. Real SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from tocsin.domain.errors import InvalidInput
from tocsin.domain.level_review import ReviewReason
from tocsin.domain.levels import Level
from tocsin.risk.level_review import confirm_level, note_reviews_due, reviews_due
from tocsin.risk.situations import end_override, reassess_situation, set_level
from tocsin.store.base import utcnow
from tocsin.store.models import AuditEntry, Forecast, Indicator, LevelChange, Signal
from tocsin.worker import default_jobs

# Four risk factors, two of them crime-specific: imminent risk (signal_rule.Thresholds).
EARLY = ("1.1", "2.1", "9.1")
LATE = "10.1"


def _signal(uow, code: str, observed_on: date, country: str = "MMR") -> None:
    indicator = uow.session.scalars(select(Indicator).where(Indicator.code == code)).first()
    uow.add(
        Signal(
            indicator_id=indicator.id,
            country_iso3=country,
            observed_on=observed_on,
            confidence=0.9,
            status="confirmed",
            asserted_by="user:1",
        )
    )


def _raised(store, first: date, last: date, raised_on: date) -> None:
    """Myanmar raised to imminent risk by the rule on signals observed `first` and `last`."""
    with store.uow() as uow:
        for code in EARLY:
            _signal(uow, code, first)
        _signal(uow, LATE, last)
        uow.commit()
        change = reassess_situation(uow, "MMR", today=raised_on)
        uow.commit()
        assert change is not None and change.to_level == "imminent_risk"


def _myanmar_due(store, today: date, days: int = 180):
    with store.uow() as uow:
        myanmar = uow.situations.for_country("MMR")
        return myanmar.level, reviews_due(uow, [myanmar], today, days).get(myanmar.id)


def test_signals_ageing_out_make_the_level_due_from_the_day_they_left(store):
    _raised(store, date(2026, 3, 1), date(2026, 3, 10), raised_on=date(2026, 3, 15))
    # A signal of 1 March counts for 90 days, to 30 May, and leaves on 31 May.
    level, due = _myanmar_due(store, date(2026, 5, 30))
    assert level == "imminent_risk" and due is None
    level, due = _myanmar_due(store, date(2026, 11, 20))
    assert level == "imminent_risk"  # never lowered for this
    assert due is not None and due.reason is ReviewReason.EVIDENCE
    assert due.since == date(2026, 5, 31)
    assert due.evidence_level is Level.WATCH


def test_a_current_forecast_still_holding_the_level_keeps_it_from_being_due(store):
    _raised(store, date(2026, 3, 1), date(2026, 3, 10), raised_on=date(2026, 3, 15))
    with store.uow() as uow:
        uow.add(
            Forecast(
                kind="dynamic",
                country_iso3="MMR",
                admin1="Rakhine",
                probability=0.72,
                period_start=date(2026, 10, 1),
                period_end=date(2026, 12, 31),
                model="tocsin-dynamic",
                issued_at=datetime(2026, 10, 2, tzinfo=UTC),
            )
        )
        uow.commit()
    assert _myanmar_due(store, date(2026, 11, 20))[1] is None
    # Once that forecast's months have passed, the level is due (the signals left on 31 May).
    due = _myanmar_due(store, date(2027, 1, 5))[1]
    assert due is not None and due.since == date(2026, 5, 31)


def _set_long_ago(store, analyst, level: str, days_ago: int) -> int:
    """Myanmar at an analyst's setting made `days_ago` days ago."""
    with store.uow() as uow:
        _signal(uow, "1.1", utcnow().date())
        uow.commit()
        reassess_situation(uow, "MMR")
        uow.commit()
        situation = uow.situations.for_country("MMR")
    with store.uow(analyst.actor) as uow:
        change = set_level(uow, situation.id, level, "Troop build-up seen by monitors", analyst)
        uow.session.execute(
            update(LevelChange)
            .where(LevelChange.id == change.id)
            .values(at=utcnow() - timedelta(days=days_ago))
        )
        uow.commit()
    return situation.id


def test_an_analysts_setting_older_than_the_review_period_is_due_and_stays(store, analyst):
    _set_long_ago(store, analyst, "current_crisis", days_ago=30)
    today = utcnow().date()
    assert _myanmar_due(store, today)[1] is None
    assert _myanmar_due(store, today, days=31)[1] is None
    level, due = _myanmar_due(store, today, days=30)
    assert level == "current_crisis"
    assert due is not None and due.reason is ReviewReason.SETTING
    assert due.since == today and due.evidence_level is Level.WATCH


def test_confirming_clears_the_review_and_is_kept_in_history_and_audit(store, analyst):
    situation_id = _set_long_ago(store, analyst, "serious_concern", days_ago=200)
    with store.uow(analyst.actor) as uow:
        with pytest.raises(InvalidInput, match="already at"):
            set_level(uow, situation_id, "serious_concern", "Still the same picture", analyst)
        uow.rollback()
        change = confirm_level(
            uow, situation_id, "Monitors still report the build-up", analyst, seen="serious_concern"
        )
        assert (change.from_level, change.to_level, change.override) == (
            "serious_concern",
            "serious_concern",
            True,
        )
    with store.uow() as uow:
        situation = uow.situations.get(situation_id)
        assert situation.level == "serious_concern"
        assert situation.reasons == [
            "an analyst reviewed the level and confirmed it: Monitors still report the build-up"
        ]
        assert reviews_due(uow, [situation]) == {}
        assert uow.situations.history(situation_id)[0].id == change.id
        audited = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "LevelChange", AuditEntry.entity_id == str(change.id)
            )
        ).all()
        assert [a.actor for a in audited] == [analyst.actor]
        # Subscribers hear that the level stays, and why.
        assert uow.alerts.recent(country="MMR")[0].title.endswith("level stays at serious concern")
    with store.uow(analyst.actor) as uow, pytest.raises(InvalidInput, match="not due"):
        confirm_level(uow, situation_id, "Confirming once more for luck", analyst)


def test_handing_an_old_setting_back_to_the_evidence_clears_the_review(store, analyst):
    situation_id = _set_long_ago(store, analyst, "imminent_risk", days_ago=200)
    with store.uow(analyst.actor) as uow:
        end_override(uow, situation_id, "The build-up has dispersed", analyst)
    with store.uow() as uow:
        situation = uow.situations.get(situation_id)
        assert situation.level == "watch"
        assert reviews_due(uow, [situation]) == {}


def test_the_worker_notes_a_review_once_per_episode(store, analyst, settings, caplog):
    situation_id = _set_long_ago(store, analyst, "imminent_risk", days_ago=200)
    jobs = default_jobs(store, settings, coding=False, background=False)
    with caplog.at_level(logging.WARNING, logger="tocsin.worker"):
        jobs["levels"]()
    told = [r for r in caplog.records if "due for an analyst's review" in r.getMessage()]
    assert len(told) == 1 and "Myanmar" in told[0].getMessage()
    with store.uow() as uow:
        noted = uow.situations.get(situation_id).review_noted_at
        assert noted is not None and uow.situations.count_noted_for_review() == 1
        assert note_reviews_due(uow) == []  # the next passes tell no one again
        assert note_reviews_due(uow) == []
        assert uow.situations.get(situation_id).review_noted_at == noted
        marks = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.actor == "rule:level-review", AuditEntry.entity == "Situation"
            )
        ).all()
        assert len(marks) == 1 and "review_noted_at" in marks[0].changes
        (notice,) = uow.alerts.deliveries()  # the analyst is mailed once, too
        assert (notice.kind, notice.user_id) == ("notice", analyst.user_id)
    with store.uow(analyst.actor) as uow:
        confirm_level(uow, situation_id, "Monitors still report the build-up", analyst)
    with store.uow() as uow:
        assert uow.situations.get(situation_id).review_noted_at is None
        assert uow.situations.count_noted_for_review() == 0
        assert note_reviews_due(uow) == []
        # A new episode once the confirmation is itself older than the review period.
        newly = note_reviews_due(uow, today=utcnow().date() + timedelta(days=181))
        assert [s.id for s in newly] == [situation_id]
