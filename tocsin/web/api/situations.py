"""/api/v1/situations: the watchlist, a situation with its history, analyst overrides, the
situations an analyst follows, and the responses taken."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from tocsin.accounts.actors import actor_names, is_staff, public_actor
from tocsin.accounts.service import Principal
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.levels import Level
from tocsin.respond import actions, measures
from tocsin.risk import following
from tocsin.risk import situations as levels
from tocsin.risk.level_review import confirm_level
from tocsin.risk.watchlist import situation_summary, watchlist
from tocsin.store.base import utcnow
from tocsin.store.models import Action, LevelChange
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL
from tocsin.web.deps import check_csrf, get_principal, get_settings, get_uow
from tocsin.web.params import RowId

router = APIRouter(prefix="/situations", tags=["situations"], dependencies=[Depends(check_csrf)])


class LevelChangeOut(BaseModel):
    at: datetime
    from_level: Level | None
    to_level: Level
    reasons: list[str]
    changed_by: str = Field(
        description="who: 'user:3' (analysts and administrators; 'analyst' for anyone else), "
        "or the rule or process that acted ('rule:level-fusion', 'worker')"
    )
    changed_by_name: str = Field(
        description="who, in words: the person's name (analysts and administrators; "
        "'an analyst' for anyone else), or 'Tocsin' for a rule or a model"
    )
    override: bool


def _change_out(change: LevelChange, names: dict[str, str], principal: Principal) -> LevelChangeOut:
    """A level change as this caller may read it: no staff identity for the public."""
    return LevelChangeOut(
        at=change.at,
        from_level=Level(change.from_level) if change.from_level else None,
        to_level=Level(change.to_level),
        reasons=list(change.reasons),
        changed_by=change.changed_by if is_staff(principal) else public_actor(change.changed_by),
        changed_by_name=names[change.changed_by],
        override=change.override,
    )


class SituationOut(BaseModel):
    id: int
    country_iso3: str
    name: str
    level: Level
    reasons: list[str]
    level_changed_at: datetime
    signals_90d: int = 0
    structural_risk: float | None = Field(
        None, description="onset risk from the country's latest structural forecast"
    )
    structural_rank: int | None = None
    structural_issued_at: datetime | None = Field(
        None,
        description="when that forecast was made (it may be older than the latest issue, "
        "when the latest does not rank the country)",
    )
    structural_period_start: date | None = None
    structural_period_end: date | None = None
    escalation_risk: float | None = Field(
        None, description="escalation probability from the country's latest escalation forecast"
    )
    escalation_issued_at: datetime | None = None
    escalation_period_start: date | None = Field(
        None, description="the first month the escalation figure is for"
    )
    escalation_period_end: date | None = Field(
        None,
        description="its last day: before today, the forecast is for months already past "
        "(the country's event data end early) and does not bear on the level",
    )
    review_due: bool = Field(
        False,
        description="the level is due for an analyst's review: the rule set it and the "
        "evidence now argues for less (signals left the window), or an analyst's setting is "
        "older than TOCSIN_LEVEL_REVIEW_DAYS. The level itself is never lowered for this",
    )
    review_reason: Literal["evidence", "setting"] | None = Field(
        None, description="why: 'evidence' (aged out) or 'setting' (an old analyst's setting)"
    )
    review_since: date | None = Field(
        None,
        description="the day the evidence stopped holding the level (the last signal that "
        "held it left the window), or the day the setting's review fell due; null when the "
        "signals do not show it",
    )
    review_evidence_level: Level | None = Field(
        None, description="the level the evidence argues for now, when a review is due"
    )
    following: bool = Field(
        False, description="the caller follows this situation (always false for the public)"
    )
    warned_on: date | None = Field(
        None, description="when the level last rose to serious concern or above (the warning)"
    )
    responses: int = Field(0, description="responses recorded since the warning")
    days_to_first_response: int | None = Field(
        None, description="days from the warning to the first response recorded"
    )
    days_unanswered: int | None = Field(
        None, description="days since the warning, while no response is recorded"
    )


class LevelOverride(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: Level
    reason: str = Field(
        min_length=10,
        max_length=2_000,
        description="Why, in words kept in the level history. Public: shown on the situation's "
        "page and in the alerts feed, and e-mailed to subscribers; name no witness",
    )
    from_level: Level | None = Field(
        None,
        description="the level you decided from; if the situation has left it since (another "
        "analyst, or the rule, changed it), the change is refused with a 409",
    )


class OverrideEnd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(
        min_length=10,
        max_length=2_000,
        description="Why the setting has served its purpose; public, like an override's reason",
    )
    from_level: Level | None = Field(
        None, description="the level you decided from; 409 if the situation has left it since"
    )


class LevelConfirmation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(
        min_length=10,
        max_length=2_000,
        description="Why the level still stands after review; public, like an override's reason",
    )
    from_level: Level | None = Field(
        None, description="the level you reviewed; 409 if the situation has left it since"
    )


class SituationDetail(SituationOut):
    history: list[LevelChangeOut]


class SituationOpening(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    country: str = Field(
        min_length=1, max_length=100, description="ISO 3166 code or name ('SDN', 'Sudan')"
    )


@router.get("", response_model=list[SituationOut], openapi_extra=TOKEN_OPTIONAL)
def list_situations(
    review: Literal["due"] | None = None,
    followed: bool = Query(False, description="only the situations the caller follows"),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
    settings: Settings = Depends(get_settings),
) -> list[SituationOut]:
    """Situations ranked by level, then by recent evidence; `review=due`: only those whose
    level is due for an analyst's review; `followed=true`: only those the caller follows."""
    mine = following.followed_ids(uow, principal.user_id)
    return [
        SituationOut(**row, following=row["id"] in mine)
        for row in watchlist(uow, review_days=settings.level_review_days)
        if (review is None or row["review_due"]) and (not followed or row["id"] in mine)
    ]


@router.post("", status_code=201, response_model=SituationOut)
def open_situation(
    payload: SituationOpening,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
    settings: Settings = Depends(get_settings),
) -> SituationOut:
    """Put a country under watch (analysts); 409 if it already is. The level is then set by
    the evidence, as for any situation, and the opening is kept in its history."""
    iso3 = uow.reference.resolve_country(payload.country)
    if iso3 is None:
        raise InvalidInput(f"country: unknown country {payload.country!r}")
    situation = levels.open_situation(uow, iso3, principal)
    return SituationOut(
        **situation_summary(uow, situation.id, review_days=settings.level_review_days)
    )


@router.get("/{situation_id:int}", response_model=SituationDetail, openapi_extra=TOKEN_OPTIONAL)
def get_situation(
    situation_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
    settings: Settings = Depends(get_settings),
) -> SituationDetail:
    """A situation with its level history, and the same figures as its watchlist row."""
    changes = uow.situations.history(situation_id)
    names = actor_names(uow, (c.changed_by for c in changes), principal)
    history = [_change_out(c, names, principal) for c in changes]
    summary = situation_summary(uow, situation_id, review_days=settings.level_review_days)
    mine = following.follows(uow, situation_id, principal.user_id)
    return SituationDetail(**summary, history=history, following=mine)


@router.post("/{situation_id:int}/level", response_model=LevelChangeOut)
def set_level(
    situation_id: RowId,
    payload: LevelOverride,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> LevelChangeOut:
    """An analyst's override, with a written reason kept in the history and the audit log, and
    published with the alert it raises (page, feed, e-mail)."""
    change = levels.set_level(
        uow, situation_id, payload.level, payload.reason, principal, seen=payload.from_level
    )
    return _change_out(change, actor_names(uow, [change.changed_by], principal), principal)


@router.post("/{situation_id:int}/override/end", response_model=LevelChangeOut)
def end_override(
    situation_id: RowId,
    payload: OverrideEnd,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> LevelChangeOut:
    """Hand the level back to the evidence (analysts): it becomes what all the evidence argues
    for now, the evidence set aside included; kept in the history and alerted, also when the
    level stays. 422 if no analyst's setting holds the level."""
    change = levels.end_override(
        uow, situation_id, payload.reason, principal, seen=payload.from_level
    )
    return _change_out(change, actor_names(uow, [change.changed_by], principal), principal)


@router.post("/{situation_id:int}/level/confirm", response_model=LevelChangeOut)
def confirm(
    situation_id: RowId,
    payload: LevelConfirmation,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
    settings: Settings = Depends(get_settings),
) -> LevelChangeOut:
    """Confirm a level that is due for review (analysts): it stays, and becomes an analyst's
    setting, with the reason kept in the history and the audit log and alerted ("level stays
    at"). 422 if the level is not due for review."""
    change = confirm_level(
        uow,
        situation_id,
        payload.reason,
        principal,
        seen=payload.from_level,
        review_days=settings.level_review_days,
    )
    return _change_out(change, actor_names(uow, [change.changed_by], principal), principal)


class Following(BaseModel):
    situation_id: int
    following: bool = Field(description="whether the caller now follows the situation")
    changed: bool = Field(description="false when it already was (or was not) followed")


@router.put("/{situation_id:int}/follow", response_model=Following)
def follow(
    situation_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Following:
    """Follow a situation (analysts, administrators): its level falling due for review is then
    told to those who follow it rather than to every analyst. Idempotent; audited."""
    changed = following.follow(uow, situation_id, principal)
    return Following(situation_id=situation_id, following=True, changed=changed)


@router.delete("/{situation_id:int}/follow", response_model=Following)
def unfollow(
    situation_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Following:
    """Stop following a situation. Idempotent; audited."""
    changed = following.unfollow(uow, situation_id, principal)
    return Following(situation_id=situation_id, following=False, changed=changed)


class MeasureOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    title: str
    description: str
    pillar: int = Field(description="1: the State's own; 2: international assistance; 3: response")
    coercive: bool
    bodies: list[str] = Field(description="who can adopt it (UNSC, AU, governments, ...)")
    risk_factors: list[int] = Field(description="Framework of Analysis risk factors it answers")


class RecommendationOut(BaseModel):
    measure: MeasureOut
    answers: dict[int, int] = Field(
        description="the risk factors in evidence it answers, with their confirmed signals"
    )


class ActionIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    actor: str = Field(min_length=1, max_length=200, description="who acted")
    taken_on: date
    description: str = Field(min_length=1, max_length=5000, description="what was done (public)")
    measure: str | None = Field(default=None, max_length=40, description="a measure's code")
    source_url: str | None = Field(default=None, max_length=500)


class ActionOut(BaseModel):
    id: int
    situation_id: int
    actor: str
    taken_on: date
    description: str
    measure: MeasureOut | None
    source_url: str | None
    recorded_by: str | None = Field(
        description="who recorded it: a name for staff, 'analyst' for anyone else"
    )


class ResponsesOut(BaseModel):
    warned_on: date | None = Field(
        description="when the level last rose to serious concern or above (null: below it)"
    )
    warned_level: Level | None = Field(description="the level it rose to then")
    days_to_first_action: int | None = Field(
        description="from the warning to the first response recorded since (null: none yet)"
    )
    actions: list[ActionOut]
    recommended: list[RecommendationOut]


def _action_out(action: Action, names: dict[str, str]) -> ActionOut:
    by = f"user:{action.recorded_by_id}" if action.recorded_by_id else None
    return ActionOut(
        id=action.id,
        situation_id=action.situation_id,
        actor=action.actor,
        taken_on=action.taken_on,
        description=action.description,
        measure=MeasureOut.model_validate(action.measure) if action.measure else None,
        source_url=action.source_url,
        recorded_by=names.get(by) if by else None,
    )


@router.get(
    "/{situation_id:int}/responses", response_model=ResponsesOut, openapi_extra=TOKEN_OPTIONAL
)
def responses(
    situation_id: RowId,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ResponsesOut:
    """What was done about the situation's warning, the days it took, and the measures that
    answer its evidence (public)."""
    situation = uow.situations.get(situation_id)
    taken = actions.actions_for(uow, situation_id)
    names = actor_names(
        uow, (f"user:{a.recorded_by_id}" for a in taken if a.recorded_by_id), principal
    )
    gap = actions.response_gap(uow, situation_id)
    return ResponsesOut(
        warned_on=gap.warned_on if gap else None,
        warned_level=Level(gap.level) if gap else None,
        days_to_first_action=gap.days_to_first_action if gap else None,
        actions=[_action_out(a, names) for a in taken],
        recommended=[
            RecommendationOut(measure=MeasureOut.model_validate(r.measure), answers=r.answers)
            for r in measures.recommended_measures(uow, situation, utcnow().date())
        ],
    )


@router.post("/{situation_id:int}/actions", status_code=201, response_model=ActionOut)
def record_action(
    situation_id: RowId,
    payload: ActionIn,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> ActionOut:
    """Record a response taken in the situation (analysts, administrators; audited)."""
    action = actions.record_action(
        uow,
        situation_id,
        principal,
        payload.actor,
        payload.taken_on,
        payload.description,
        measure_code=payload.measure,
        source_url=payload.source_url,
    )
    return _action_out(action, actor_names(uow, [f"user:{principal.user_id}"], principal))
