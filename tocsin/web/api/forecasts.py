"""/api/v1/forecasts: the latest onset-risk and escalation rankings, a page at a time."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, Field

from tocsin.domain.levels import Level
from tocsin.risk.rankings import ESCALATION, ONSET, Ranking, Scope, ranking
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL, TOTAL_HEADER, TOTAL_HEADER_DOC
from tocsin.web.deps import check_csrf, country_filter, get_uow
from tocsin.web.params import Offset, PageSize

router = APIRouter(prefix="/forecasts", tags=["forecasts"], dependencies=[Depends(check_csrf)])


class DriverOut(BaseModel):
    label: str
    risk_factors: list[int] = Field(
        default_factory=list, description="Framework of Analysis risk factors it evidences"
    )
    value: str | None = Field(
        None,
        description="its value now in the unit it counts (battle deaths, mass killings under "
        "way, population, infant deaths per 1,000 live births; a change of battle deaths as a "
        "ratio), other inputs as the model reads them, three significant digits; the label "
        "says which side of typical it is on",
    )
    typical: str | None = Field(
        None, description="its typical value (onset: the median over the training years)"
    )
    model_value: float | None = Field(
        None,
        description="onset: the model input's own value, on its scale (log2 of battle deaths "
        "plus one, the square root of infant mortality, ...)",
    )
    model_typical: float | None = Field(
        None, description="onset: the model input's typical value, on its scale"
    )
    effect: float | None = Field(
        None, description="onset: how far it moves the log-odds of onset (positive raises it)"
    )


class RankedOut(BaseModel):
    rank: int
    country_iso3: str
    country: str
    admin1: str | None
    probability: float
    previous_rank: int | None = Field(description="rank in the previous onset forecast")
    movement: int | None = Field(description="places climbed since then (negative: fell)")
    ewp_rank: int | None = Field(description="the Early Warning Project's published rank")
    situation_id: int | None
    level: Level | None
    raising: list[DriverOut]
    lowering: list[DriverOut]
    recent: dict[str, int] = Field(
        description="escalation: civilian deaths and attacks on civilians, last 3 months"
    )
    period_start: date | None = Field(None, description="the first day this row forecasts")
    period_end: date | None = Field(
        None,
        description="the last day: escalation rows of one issue may differ, each country "
        "being forecast from its own last month of events",
    )


class EwpAgreementOut(BaseModel):
    countries: int = Field(description="countries both rank")
    spearman: float
    kendall: float
    top30_overlap: int
    only_tocsin_top30: list[str]
    only_ewp_top30: list[str]


class RankingOut(BaseModel):
    kind: str
    issued_at: datetime | None = Field(description="when the forecast was made; null if never")
    period_start: date | None = Field(
        description="the earliest first day of the rows matching the filter, on every page; "
        "null when no row matches (escalation)"
    )
    period_end: date | None = Field(description="the latest last day of those rows")
    model: str | None
    data_year: int | None
    previous_issued_at: datetime | None
    total: int = Field(description="rows over all pages")
    rows: list[RankedOut]
    ewp_agreement: EwpAgreementOut | None = Field(
        None, description="onset: agreement with the Early Warning Project's published ranking"
    )
    target: str | None = Field(
        None, description="escalation: what the forecast counts as a sharp rise, in words"
    )


def _out(result: Ranking, response: Response) -> RankingOut:
    response.headers[TOTAL_HEADER] = str(result.total)
    rows = [
        RankedOut(
            rank=r.rank,
            country_iso3=r.country_iso3,
            country=r.country,
            admin1=r.admin1,
            probability=r.probability,
            previous_rank=r.previous_rank,
            movement=r.movement,
            ewp_rank=r.ewp_rank,
            situation_id=r.situation_id,
            level=Level(r.level) if r.level else None,
            raising=[DriverOut.model_validate(d) for d in r.raising],
            lowering=[DriverOut.model_validate(d) for d in r.lowering],
            recent=r.recent,
            period_start=r.period_start,
            period_end=r.period_end,
        )
        for r in result.rows
    ]
    return RankingOut(
        kind=result.kind,
        issued_at=result.issued_at,
        period_start=result.period_start,
        period_end=result.period_end,
        model=result.model,
        data_year=result.data_year,
        previous_issued_at=result.previous_issued_at,
        total=result.total,
        rows=rows,
        ewp_agreement=EwpAgreementOut(**result.ewp_agreement) if result.ewp_agreement else None,
        target=result.target,
    )


_PAGED: dict[int | str, dict[str, Any]] = {200: {"headers": TOTAL_HEADER_DOC}}


@router.get("/onset", response_model=RankingOut, responses=_PAGED, openapi_extra=TOKEN_OPTIONAL)
def onset_ranking(
    response: Response,
    country: str | None = Depends(country_filter),
    limit: PageSize = 200,
    offset: Offset = 0,
    uow: UnitOfWork = Depends(get_uow),
) -> RankingOut:
    """Every country by the risk that a state-led mass killing begins in the next two years,
    from the latest structural forecast, with its movement since the previous one."""
    return _out(ranking(uow, ONSET, country, offset, limit), response)


@router.get(
    "/escalation", response_model=RankingOut, responses=_PAGED, openapi_extra=TOKEN_OPTIONAL
)
def escalation_ranking(
    response: Response,
    country: str | None = Depends(country_filter),
    scope: Scope = Scope.ALL,
    limit: PageSize = 200,
    offset: Offset = 0,
    uow: UnitOfWork = Depends(get_uow),
) -> RankingOut:
    """Places by the probability that violence against civilians rises sharply in the months
    ahead (`target` says how many, and what counts), from the latest escalation forecast
    (`scope`: admin1 areas, whole countries, or both)."""
    return _out(ranking(uow, ESCALATION, country, offset, limit, scope), response)
