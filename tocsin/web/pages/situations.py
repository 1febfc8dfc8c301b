"""The watchlist and a situation's page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.actors import actor_names
from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, TocsinError
from tocsin.domain.level_fusion import FusionThresholds
from tocsin.domain.reports import PUBLIC_STATUSES
from tocsin.domain.roles import Permission, can
from tocsin.domain.signal_rule import Thresholds
from tocsin.ingest.export import EventFilter, latest_public
from tocsin.intake.public_version import public_version
from tocsin.respond import actions, measures
from tocsin.risk import following
from tocsin.risk import situations as levels
from tocsin.risk.escalation.service import country_trend
from tocsin.risk.level_review import confirm_level
from tocsin.risk.rankings import onset_drivers, unwatched_top
from tocsin.risk.watchlist import situation_summary, watchlist
from tocsin.store.base import utcnow
from tocsin.store.models import Situation
from tocsin.store.uow import Store, UnitOfWork
from tocsin.web import languages
from tocsin.web.charts import bar_chart
from tocsin.web.deps import check_csrf, get_principal, get_uow
from tocsin.web.params import RowId
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/")
def watchlist_page(
    request: Request,
    review: str = "",
    followed: bool = False,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """The watchlist; `?review=due` shows only the levels due for an analyst's review, and
    `?followed=1` only the situations the caller follows."""
    rows = watchlist(uow, review_days=request.app.state.settings.level_review_days)
    mine = following.followed_ids(uow, principal.user_id)
    if followed:
        rows = [row for row in rows if row["id"] in mine]
    due = [row for row in rows if row["review_due"]]
    return render(
        request,
        "watchlist.html",
        situations=due if review == "due" else rows,
        review_filter=review == "due",
        reviews_due=len(due),
        followed_filter=followed,
        followed_ids=mine,
        forecasts=_forecasts_shown(uow),
        unwatched=unwatched_top(uow),
        watch_depth=FusionThresholds().structural_watch_rank,
        alerts=uow.alerts.recent(limit=8),
    )


def _forecasts_shown(uow: UnitOfWork) -> dict[str, object]:
    """Which forecast each figure on the watchlist comes from: a country left out of the newest
    onset forecast keeps its rank from an older one, which must say so and how old it is."""
    return {
        "onset_latest": next(iter(uow.forecasts.issues("structural", limit=1)), None),
        "onset": uow.forecasts.latest_by_country("structural"),
        "escalation": uow.forecasts.latest_by_country("dynamic"),
        "today": utcnow().date(),
    }


def _situation_context(
    uow: UnitOfWork, situation_id: int, principal: Principal, store: Store, review_days: int
) -> dict:
    situation = uow.situations.get(situation_id)
    summary = situation_summary(uow, situation_id, review_days=review_days)
    structural = next(iter(uow.forecasts.latest(situation.country_iso3, "structural")), None)
    drivers = (structural.explanation or {}) if structural else {}
    restricted = can(principal.role, Permission.READ_RESTRICTED)
    reports = uow.reports.list(
        statuses=None if restricted else [s.value for s in PUBLIC_STATUSES],
        country=situation.country_iso3,
        limit=30,
    )
    history = uow.situations.history(situation_id)
    judgement = uow.situations.last_judgement(situation_id)
    return {
        "situation": situation,
        "review": summary if summary["review_due"] else None,
        "review_days": review_days,
        "window_days": Thresholds().window_days,
        "history": history,
        # While an analyst's setting holds the level, it can be handed back to the evidence.
        "overridden": judgement is not None and judgement.override,
        # Staff read who changed the level; the public, "an analyst" or "Tocsin".
        "changed_by": actor_names(uow, (c.changed_by for c in history), principal),
        "signals": uow.signals.for_country(situation.country_iso3, limit=50),
        "reports": reports,
        # Staff read a report's title as received; the public, the title it was published with.
        "report_titles": {
            r.id: r.title if restricted else public_version(r).title for r in reports
        },
        "events": latest_public(store, EventFilter(country=situation.country_iso3), limit=15),
        "alerts": uow.alerts.recent(limit=10, country=situation.country_iso3),
        "can_set_level": can(principal.role, Permission.SET_LEVEL),
        "following": following.follows(uow, situation_id, principal.user_id),
        "followers": (
            following.follower_names(uow, situation_id)
            if can(principal.role, Permission.SET_LEVEL)
            else []
        ),
        "structural": structural,
        "structural_drivers": {
            side: onset_drivers(drivers.get(side, []), top=5, told=languages.gettext)
            for side in ("raising", "lowering")
        },
        "onset_latest": next(iter(uow.forecasts.issues("structural", limit=1)), None),
        "today": utcnow().date(),
        "structural_history": uow.forecasts.history(situation.country_iso3, "structural"),
        "dynamic": uow.forecasts.latest(situation.country_iso3, "dynamic")[:8],
        "trend": _trend_chart(store, situation.country_iso3),
        **_responses(uow, situation, principal),
    }


def _responses(uow: UnitOfWork, situation: Situation, principal: Principal) -> dict:
    """What was done about the warning, and the measures that answer its evidence."""
    recording = can(principal.role, Permission.RECORD_ACTION)
    return {
        "actions": actions.actions_for(uow, situation.id),
        "gap": actions.response_gap(uow, situation.id),
        "recommended": measures.recommended_measures(uow, situation, utcnow().date()),
        "can_record_action": recording,
        "measures": measures.catalogue(uow) if recording else [],
    }


def _trend_chart(store: Store, country: str) -> dict[str, object]:
    """Violence against civilians per month over the last two years, from the stored Events."""
    months = country_trend(store, country)
    note = _partial_note(months)
    return {
        "events": bar_chart(
            [(m["month"], m["vac_events"]) for m in months],
            "Events of violence against civilians per month" + note,
        ),
        "deaths": bar_chart(
            [(m["month"], m["civilian_fatalities"]) for m in months],
            "Civilians killed per month" + note,
        ),
    }


def _partial_note(months: list[dict]) -> str:
    """Says that the last month is partial, so its short bar does not read as a drop."""
    if not months or "events_to" not in months[-1]:
        return ""
    return f"; {months[-1]['month']}: events to {months[-1]['events_to']} only"


@router.get("/situations/{situation_id}")
def situation_page(
    situation_id: RowId,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    return render(
        request,
        "situation.html",
        error=None,
        action_error=None,
        **_situation_context(
            uow,
            situation_id,
            principal,
            request.app.state.store,
            request.app.state.settings.level_review_days,
        ),
    )


@router.get("/situations/{situation_id}/brief")
def brief(
    situation_id: RowId,
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """A situation brief for decision-makers: one printable page of what is public (level
    and why, the evidence by risk factor, forecasts, events, responses, measures)."""
    public = Principal.public()  # a brief is handed on: it says what anyone may read
    context = _situation_context(
        uow,
        situation_id,
        public,
        request.app.state.store,
        request.app.state.settings.level_review_days,
    )
    situation = context["situation"]
    counts = measures.evidenced_factors(uow, situation.country_iso3, utcnow().date())
    revision = uow.reference.current_revision()
    titles = {f.number: f.title for f in uow.reference.risk_factors(revision)} if revision else {}
    evidence = [(n, titles.get(n, ""), counts[n]) for n in sorted(counts)]
    page = f"{request.app.state.settings.base_url.rstrip('/')}/situations/{situation_id}"
    return render(request, "brief.html", evidence=evidence, page=page, **context)


@router.post("/situations/{situation_id}/level", dependencies=[Depends(check_csrf)])
def set_level(
    situation_id: RowId,
    request: Request,
    level: str = Form(...),
    reason: str = Form(""),
    from_level: str = Form(""),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    return _decide(
        request,
        uow,
        situation_id,
        principal,
        lambda: levels.set_level(
            uow, situation_id, level, reason, principal, seen=from_level or None
        ),
    )


@router.post("/situations/{situation_id}/override/end", dependencies=[Depends(check_csrf)])
def end_override(
    situation_id: RowId,
    request: Request,
    reason: str = Form(""),
    from_level: str = Form(""),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    return _decide(
        request,
        uow,
        situation_id,
        principal,
        lambda: levels.end_override(uow, situation_id, reason, principal, seen=from_level or None),
    )


@router.post("/situations/{situation_id}/level/confirm", dependencies=[Depends(check_csrf)])
def confirm(
    situation_id: RowId,
    request: Request,
    reason: str = Form(""),
    from_level: str = Form(""),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    days = request.app.state.settings.level_review_days
    return _decide(
        request,
        uow,
        situation_id,
        principal,
        lambda: confirm_level(
            uow, situation_id, reason, principal, seen=from_level or None, review_days=days
        ),
    )


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(languages.N_("taken_on: a date (YYYY-MM-DD)")) from None


@router.post("/situations/{situation_id}/actions", dependencies=[Depends(check_csrf)])
def record_action(
    situation_id: RowId,
    request: Request,
    actor: str = Form(""),
    taken_on: str = Form(""),
    measure: str = Form(""),
    description: str = Form(""),
    source_url: str = Form(""),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    def record() -> object:
        return actions.record_action(
            uow,
            situation_id,
            principal,
            actor,
            _day(taken_on),
            description,
            measure_code=measure or None,
            source_url=source_url,
        )

    return _decide(request, uow, situation_id, principal, record, anchor="responses")


#: The page's two following buttons, each a step of `tocsin.risk.following`.
FOLLOWING_STEPS = {"follow": following.follow, "unfollow": following.unfollow}


@router.post("/situations/{situation_id}/{step}", dependencies=[Depends(check_csrf)])
def follow_or_not(
    situation_id: RowId,
    step: Literal["follow", "unfollow"],
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    """Follow the situation, or stop following it (registered last: a path of its own, as
    `/level`, is matched by its own route first)."""
    act = FOLLOWING_STEPS[step]
    return _decide(request, uow, situation_id, principal, lambda: act(uow, situation_id, principal))


def _decide(
    request: Request,
    uow: UnitOfWork,
    situation_id: int,
    principal: Principal,
    decision: Callable[[], object],
    anchor: str | None = None,
) -> Response:
    """An analyst's step on the situation (its level, following it, a response recorded):
    back to the page (at ``anchor``), or the page with the reason it was refused, beside the
    form it came from."""
    try:
        decision()
    except TocsinError as exc:
        uow.rollback()
        told = languages.told(exc)
        return render(
            request,
            "situation.html",
            status_code=exc.status_code,
            error=None if anchor else told,
            action_error=told if anchor == "responses" else None,
            **_situation_context(
                uow,
                situation_id,
                principal,
                request.app.state.store,
                request.app.state.settings.level_review_days,
            ),
        )
    where = f"#{anchor}" if anchor else ""
    return RedirectResponse(f"/situations/{situation_id}{where}", status_code=303)
