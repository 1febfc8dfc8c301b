"""/api/v1 reference data: the Framework of Analysis taxonomy, measures, countries."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL
from tocsin.web.deps import get_uow

router = APIRouter(tags=["reference"])


@router.get("/taxonomy", openapi_extra=TOKEN_OPTIONAL)
def taxonomy(uow: UnitOfWork = Depends(get_uow)) -> dict[str, Any]:
    """The current revision, with the flags on items not yet checked against the official text."""
    revision = uow.reference.current_revision()
    factors = uow.reference.risk_factors(revision) if revision else []
    return {
        "revision": revision,
        "risk_factors": [
            {
                "number": f.number,
                "kind": f.kind,
                "crime": f.crime,
                "title": f.title,
                "definition": f.definition,
                "flags": f.flags,
                "indicators": [
                    {
                        "code": i.code,
                        "title": i.title,
                        "summary": i.summary,
                        "unverified": i.unverified,
                        "confidence": i.confidence,
                    }
                    for i in sorted(f.indicators, key=lambda i: [int(p) for p in i.code.split(".")])
                ],
            }
            for f in factors
        ],
    }


@router.get("/measures", openapi_extra=TOKEN_OPTIONAL)
def measures(uow: UnitOfWork = Depends(get_uow)) -> list[dict[str, Any]]:
    return [
        {
            "code": m.code,
            "title": m.title,
            "description": m.description,
            "pillar": m.pillar,
            "coercive": m.coercive,
            "bodies": m.bodies,
            "risk_factors": m.risk_factors,
        }
        for m in uow.reference.measures()
    ]


@router.get("/countries", openapi_extra=TOKEN_OPTIONAL)
def countries(uow: UnitOfWork = Depends(get_uow)) -> list[dict[str, Any]]:
    return [
        {
            "iso3": c.iso3,
            "iso2": c.iso2,
            "name": c.name,
            "region": c.region,
            "subregion": c.subregion,
        }
        for c in uow.reference.countries()
    ]
