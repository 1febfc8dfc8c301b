"""Situation levels: the signal rule raises them; an analyst may set them with a reason.

Every change is a LevelChange row with its reasons, and each change queues an Alert in the same
transaction, so a level never changes without its subscribers being told.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from tocsin.accounts.service import Principal
from tocsin.alerts.notices import notify_level_changed
from tocsin.alerts.outbox import queue_level_alert
from tocsin.domain.counted_phrases import WITHDRAWN_SIGNALS
from tocsin.domain.errors import Conflict, InvalidInput, NotFound
from tocsin.domain.level_fusion import (
    DynamicRisk,
    Fused,
    StructuralRisk,
    beyond_judgement,
    combine,
    fuse,
    source_assessments,
)
from tocsin.domain.levels import Level
from tocsin.domain.reasons import Country, Reason, parts_of
from tocsin.domain.roles import Permission, require
from tocsin.domain.signal_rule import Assessment, Thresholds, VerifiedSignal, assess
from tocsin.domain.wording import N_
from tocsin.risk.escalation.target import plain_months
from tocsin.store.base import utcnow
from tocsin.store.models import Forecast, LevelChange, Situation
from tocsin.store.uow import UnitOfWork

RULE_ACTOR = "rule:level-fusion"


def _current(
    uow: UnitOfWork, country: str, kind: str, today: date, known_at: datetime | None = None
) -> list[Forecast]:
    """The country's latest forecast of a kind, if the period it speaks of has not ended: a
    forecast for months already past (event data that stop years ago) says nothing about the
    level now, and must not raise it."""
    latest = uow.forecasts.latest(country, kind, issued_by=known_at)
    return latest if latest and latest[0].period_end >= today else []


def _structural(
    uow: UnitOfWork, country: str, today: date, known_at: datetime | None = None
) -> StructuralRisk | None:
    latest = _current(uow, country, "structural", today, known_at)
    if not latest:
        return None
    top = latest[0]
    return StructuralRisk(top.probability, top.rank, top.model)


def _dynamic(
    uow: UnitOfWork, country: str, today: date, known_at: datetime | None = None
) -> DynamicRisk | None:
    latest = _current(uow, country, "dynamic", today, known_at)
    if not latest:
        return None
    top = latest[0]
    named = uow.reference.country(country).name  # type: ignore[union-attr]
    area = top.admin1 or Country(country, named)  # a reader's language names a country
    horizon = int(((top.explanation or {}).get("spec") or {}).get("horizon", 3))
    return DynamicRisk(top.probability, area, top.model, plain_months(horizon))


def ensure_situation(
    uow: UnitOfWork,
    country: str,
    at: datetime | None = None,
    reasons: list[str] | None = None,
) -> Situation:
    situation = uow.situations.for_country(country)
    if situation is not None:
        return situation
    record = uow.reference.country(country)
    if record is None:
        raise NotFound(f"no country {country}")
    at = at or utcnow()
    reasons = reasons or [Reason(N_("opened for watch"))]
    situation = Situation(
        country_iso3=country,
        name=record.name,
        level=Level.WATCH.value,
        reasons=reasons,
        reason_parts=parts_of(reasons),
        level_changed_at=at,
        created_at=at,
    )
    if not _opened(uow, situation):
        # Another transaction opened it meanwhile (two verifications at once): take theirs.
        return uow.situations.for_country(country)  # type: ignore[return-value]
    uow.add(
        LevelChange(
            situation_id=situation.id,
            from_level=None,
            to_level=Level.WATCH.value,
            reasons=reasons,
            reason_parts=parts_of(reasons),
            changed_by=uow.actor,
            at=at,
        )
    )
    return situation


def _opened(uow: UnitOfWork, situation: Situation) -> bool:
    """Insert a new situation, or find that another transaction just did (False). On
    PostgreSQL the insert waits for that transaction at the unique index and then fails; a
    savepoint keeps the work this one has done so far. SQLite lets one writer in at a time,
    so there the country is never opened twice."""
    if uow.session.get_bind().dialect.name != "postgresql":
        uow.add(situation)
        uow.flush()
        return True
    try:
        with uow.session.begin_nested():
            uow.add(situation)
    except IntegrityError:
        return False
    return True


class LevelMoved(Conflict):
    """The level changed since it was read: another analyst's decision, or the rule's, came
    first."""


def _named(situation: Situation) -> Country | str:
    """A situation as a refusal names it: a whole country in the reader's language, a region
    as written."""
    if situation.admin1:
        return situation.name
    return Country(situation.country_iso3, situation.name)


def _moved(situation: Situation) -> LevelMoved:
    return LevelMoved(
        N_("{name}: the level was changed meanwhile, to {level}; reload the page and decide again"),
        name=_named(situation),
        level=_level_name(Level(situation.level)),
    )


def _level_name(level: Level) -> Reason:
    """A level's name as a refusal's value, told in the page's language."""
    return Reason(level.label)


def _decided_on(uow: UnitOfWork, situation_id: int, reason: str, seen: str | None) -> Situation:
    """The situation an analyst decides on, with their written reason, from the level they
    saw (`seen`, the page they read): if it has changed since, they are told so instead of
    overruling a decision they have not seen."""
    if len(reason.strip()) < 10:
        raise InvalidInput(N_("reason: explain the change in at least 10 characters"))
    situation = uow.situations.get(situation_id)
    if seen and seen != situation.level:
        raise _moved(situation)
    return situation


def _claim(uow: UnitOfWork, situation: Situation, at: datetime) -> None:
    """Take the situation for this change only if its level is still the one read. Two
    analysts setting the level at once would otherwise both write a change from the same
    level: the history would not chain, and the second alert would tell subscribers of a
    raising from a level the situation had already left (and miss those the first reached).
    The conditional update waits for the other writer (PostgreSQL's row lock, SQLite's write
    lock) and then sees its level."""
    claimed = uow.session.execute(
        update(Situation)
        .where(Situation.id == situation.id, Situation.level == situation.level)
        .values(level_changed_at=at)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        uow.session.refresh(situation)
        raise _moved(situation)


def _change(
    uow: UnitOfWork,
    situation: Situation,
    level: Level,
    reasons: list[str],
    changed_by: str,
    override: bool,
    at: datetime | None = None,
) -> LevelChange:
    at = at or utcnow()
    _claim(uow, situation, at)
    change = LevelChange(
        situation_id=situation.id,
        from_level=situation.level,
        to_level=level.value,
        reasons=reasons,
        reason_parts=parts_of(reasons),
        changed_by=changed_by,
        override=override,
        at=at,
    )
    situation.level = level.value
    situation.reasons = reasons
    situation.reason_parts = parts_of(reasons)
    situation.level_changed_at = at
    situation.review_noted_at = None  # a decision, or new evidence, ends a review's episode
    uow.add(change)
    uow.flush()
    queue_level_alert(uow, situation, change)
    notify_level_changed(uow, situation, change)
    return change


def _sources(
    uow: UnitOfWork,
    country: str,
    today: date,
    rule: Thresholds,
    known_at: datetime | None = None,
) -> tuple[Assessment | None, ...]:
    """What the country's confirmed Signals and latest forecasts each argue for, and why;
    with `known_at`, reading only the evidence there was at that moment."""
    since = today - timedelta(days=rule.window_days)
    signals = [
        VerifiedSignal(
            s.indicator.code, s.indicator.risk_factor.number, s.confidence, s.observed_on
        )
        for s in uow.signals.confirmed_since(country, since, decided_by=known_at)
    ]
    return source_assessments(
        assess(signals, today, rule),
        _structural(uow, country, today, known_at),
        _dynamic(uow, country, today, known_at),
    )


def _evidence(uow: UnitOfWork, country: str, today: date, rule: Thresholds) -> Fused:
    """The level the country's confirmed Signals and latest forecasts argue for, and why."""
    return combine(_sources(uow, country, today, rule))


def _proposed(uow: UnitOfWork, situation: Situation, today: date, rule: Thresholds) -> Fused:
    """The evidence's level, or, once an analyst has set it, what is new since. A raising by
    the rule since then does not end their judgement: the evidence they weighed and set aside
    (an escalation forecast they judged spurious) must not come back with the next
    reassessment merely because some newer evidence raised the level a step."""
    now = _sources(uow, situation.country_iso3, today, rule)
    last = uow.situations.last_judgement(situation.id)
    if last is None or not last.override:
        return combine(now)
    known = _sources(uow, situation.country_iso3, today, rule, known_at=last.at)
    news = beyond_judgement(now, known)
    if not news.reasons:
        return news
    since = Reason(N_("new since an analyst set the level on {date}"), date=f"{last.at:%Y-%m-%d}")
    return Fused(news.level, [since, *news.reasons])


def reassess_situation(
    uow: UnitOfWork,
    country: str,
    today: date | None = None,
    thresholds: Thresholds | None = None,
) -> LevelChange | None:
    """Fuse the country's confirmed Signals and latest forecasts; raise the level if they say
    so. After an analyst has set the level, only evidence new since then can raise it."""
    now = utcnow()
    # Assessing as of an earlier day (a backlog, a replay) dates the change to that day.
    at = None if today is None or today >= now.date() else datetime.combine(today, time(12), UTC)
    today = today or now.date()
    situation = ensure_situation(uow, country, at=at)
    proposed = _proposed(uow, situation, today, thresholds or Thresholds())
    if not proposed.level > Level(situation.level):
        return None
    try:
        return _change(
            uow, situation, proposed.level, proposed.reasons, RULE_ACTOR, override=False, at=at
        )
    except LevelMoved:
        # An analyst set the level while the evidence was read: their decision stands, and
        # the next reassessment weighs the evidence against it.
        return None


def held_level(uow: UnitOfWork, country: str) -> Level | None:
    """The level the evidence argues for now (None if the country is not under watch): read
    before evidence is withdrawn, to know whether it was what held the level."""
    situation = uow.situations.for_country(country)
    if situation is None:
        return None
    return _proposed(uow, situation, utcnow().date(), Thresholds()).level


def reassess_after_withdrawal(
    uow: UnitOfWork, country: str, held: Level | None, withdrawn: int
) -> LevelChange | None:
    """A report reopened or rejected is no longer evidence. If the rule raised the level on
    evidence that held it until now, and what is left argues for less, the rule takes its
    raising back: otherwise the level, its reasons and the alert subscribers received go on
    asserting signals that no longer count. A level an analyst set stays theirs to change."""
    situation = uow.situations.for_country(country)
    if situation is None or held is None:
        return None
    current = Level(situation.level)
    last = uow.situations.last_change(situation.id)
    if last is None or last.override or held < current:
        return None
    proposed = _proposed(uow, situation, utcnow().date(), Thresholds())
    if not proposed.level < current:
        return None
    why = Reason.counted(WITHDRAWN_SIGNALS, count=withdrawn)
    try:
        return _change(
            uow, situation, proposed.level, [why, *proposed.reasons], RULE_ACTOR, override=False
        )
    except LevelMoved:
        return None


def set_level(
    uow: UnitOfWork,
    situation_id: int,
    level: str,
    reason: str,
    principal: Principal,
    seen: str | None = None,
) -> LevelChange:
    """An analyst's judgement: any level, up or down, with a written reason. `seen` is the
    level they decided from (the page they read): if it has changed since, they are told so
    instead of overruling a decision they have not seen."""
    require(principal.role, Permission.SET_LEVEL)
    try:
        target = Level(level)
    except ValueError:
        raise InvalidInput(
            N_("level: must be one of {levels}"), levels=", ".join(lv.value for lv in Level)
        ) from None
    situation = _decided_on(uow, situation_id, reason, seen)
    if situation.level == target.value:
        raise InvalidInput(
            N_("level: the situation is already at {level}"), level=_level_name(target)
        )
    change = _change(uow, situation, target, [reason.strip()], principal.actor, override=True)
    uow.commit()
    return change


def end_override(
    uow: UnitOfWork,
    situation_id: int,
    reason: str,
    principal: Principal,
    seen: str | None = None,
) -> LevelChange:
    """An analyst hands the level back to the evidence: the setting had a purpose (a report
    to verify, a crisis that has passed) and has served it. The level becomes what all the
    evidence argues for now, the one they set aside included; the change, and the alert,
    say so even when the level stays where it was."""
    require(principal.role, Permission.SET_LEVEL)
    situation = _decided_on(uow, situation_id, reason, seen)
    last = uow.situations.last_judgement(situation.id)
    if last is None or not last.override:
        raise InvalidInput(
            N_("the level is not an analyst's setting: it already follows the evidence")
        )
    evidence = _evidence(uow, situation.country_iso3, utcnow().date(), Thresholds())
    # The prefix is told in each reader's language; the analyst's words stay as written.
    reasons: list[str] = [
        Reason(
            N_("an analyst handed the level back to the evidence: {words}"), words=reason.strip()
        )
    ]
    change = _change(
        uow, situation, evidence.level, reasons + evidence.reasons, principal.actor, override=False
    )
    uow.commit()
    return change


def open_situation(uow: UnitOfWork, country: str, principal: Principal) -> Situation:
    """An analyst puts a country under watch before the evidence raises it (a forecast that
    climbs the ranking, news from a partner); its level then follows the evidence at once."""
    require(principal.role, Permission.SET_LEVEL)
    record = uow.reference.country(country)
    if record is None:
        raise NotFound(f"no country {country}")
    existing = uow.situations.for_country(record.iso3)
    if existing is not None:
        raise Conflict(
            N_("{name} is already under watch (situation {id})"),
            name=Country(record.iso3, record.name),
            id=existing.id,
        )
    # The evidence is named at once, also when it argues only for watching (a forecast rank
    # in the top 30), so that the watchlist says why the country is there.
    proposed = _evidence(uow, record.iso3, utcnow().date(), Thresholds())
    situation = ensure_situation(
        uow, record.iso3, reasons=[Reason(N_("opened for watch by an analyst")), *proposed.reasons]
    )
    if proposed.level > Level.WATCH:
        # The raising's alert tells subscribers of the opening too (from watch, where it began).
        _change(uow, situation, proposed.level, proposed.reasons, RULE_ACTOR, override=False)
    else:
        # Watch subscribers asked to hear of every situation of their countries, this one too.
        opening = uow.situations.last_change(situation.id)
        if opening is not None:
            queue_level_alert(uow, situation, opening)
    uow.commit()
    return situation


def reassess_countries(uow: UnitOfWork, countries: list[str], today: date | None = None) -> int:
    """After new forecasts: reassess countries under watch, and open a situation for any other
    country whose evidence now argues for more than watching. Returns the level changes made."""
    changes = 0
    for country in countries:
        if uow.reference.country(country) is None:
            continue
        if uow.situations.for_country(country) is None:
            day = today or utcnow().date()
            forecasts = _structural(uow, country, day), _dynamic(uow, country, day)
            if fuse(assess([], day), *forecasts).level is Level.WATCH:
                continue
        if reassess_situation(uow, country, today=today) is not None:
            changes += 1
    uow.commit()
    return changes
