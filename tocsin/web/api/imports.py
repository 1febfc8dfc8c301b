"""/api/v1/imports: start an import from an uploaded file as a job, and follow it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from tocsin.accounts.service import Principal
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.roles import Permission, require
from tocsin.ingest import dedup
from tocsin.ingest.jobs import JobStatus, job_rejects, job_status
from tocsin.ingest.places import resolve_place, unresolved_places
from tocsin.ingest.service import panels_for
from tocsin.ingest.uploads import DATASETS, as_sent, queue_upload, run_upload
from tocsin.store.uow import Store, UnitOfWork
from tocsin.web.api.contract import multipart_body
from tocsin.web.deps import (
    check_csrf,
    country_filter,
    get_principal,
    get_settings,
    get_store,
    get_uow,
    read_form,
)
from tocsin.web.params import PageSize, RowId

router = APIRouter(prefix="/imports", tags=["imports"], dependencies=[Depends(check_csrf)])
PERMISSION = Permission.IMPORT_EVENTS


def _job_out(store: Store, job: JobStatus) -> dict[str, Any]:
    """A job as the API shows it: its files named as they were sent, not as the server keeps
    them (docs/ingest.md), its error in English (the pages tell it in their reader's language
    from the parts kept beside it)."""
    shown = asdict(as_sent(store, job))
    del shown["error_parts"]
    return shown


@router.post(
    "",
    status_code=202,
    openapi_extra=multipart_body(
        {
            "dataset": {"type": "string", "enum": list(DATASETS)},
            "file": {"type": "string", "format": "binary", "description": "the data file"},
            "mapping": {
                "type": "string",
                "format": "binary",
                "description": "for csv: the column mapping (YAML)",
            },
            "include_all": {
                "type": "string",
                "enum": ["true", "false"],
                "description": "GDELT: keep the rows left out by default",
            },
        },
        required=["dataset", "file"],
    ),
)
async def start(
    request: Request,
    background: BackgroundTasks,
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
    principal: Principal = Depends(get_principal),
) -> dict[str, Any]:
    """Multipart form: `dataset` (acled, ged, gdelt, csv), `file`, and for csv a `mapping`
    file. Returns the queued job; poll GET /imports/{id} for its progress."""
    require(principal.role, PERMISSION)
    form = await read_form(request)
    job_id = await queue_upload(store, settings, form, principal.actor)
    background.add_task(run_upload, store, job_id, panels_for(settings))
    return _job_out(store, job_status(store, job_id))


@router.get("/places/unresolved")
def places(
    country: str | None = Depends(country_filter),
    limit: PageSize = 100,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> list[dict[str, Any]]:
    require(principal.role, PERMISSION)
    return [asdict(p) for p in unresolved_places(store, country, limit)]


class PlacePoint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


@router.post("/places/{place_id:int}/resolve")
def resolve(
    place_id: RowId,
    point: PlacePoint,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> dict[str, int]:
    """Give a place name the gazetteer could not find its point (inside its country); the
    events of that name with no point get it too. Returns how many events changed."""
    require(principal.role, PERMISSION)
    return {"events_changed": resolve_place(uow, place_id, point.latitude, point.longitude)}


@router.get("/{job_id:int}")
def status(
    job_id: RowId, store: Store = Depends(get_store), principal: Principal = Depends(get_principal)
) -> dict[str, Any]:
    require(principal.role, PERMISSION)
    job = job_status(store, job_id)
    return _job_out(store, job) | {"summary": job.summary()}


@router.get("/{job_id:int}/rejects")
def rejects(
    job_id: RowId,
    limit: PageSize = 1000,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> list[dict[str, Any]]:
    require(principal.role, PERMISSION)
    job_status(store, job_id)
    return [asdict(r) for r in job_rejects(store, job_id, limit)]


@router.post("/duplicates/{event_id:int}/{decision}")
def decide_duplicate(
    event_id: RowId,
    decision: str,
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
    principal: Principal = Depends(get_principal),
) -> dict[str, Any]:
    """An analyst's word on a probable duplicate: `confirm` keeps the link, `split` undoes it
    for good. Both are in the audit log, and the panels of both events are refreshed."""
    require(principal.role, PERMISSION)
    if decision not in ("confirm", "split"):
        raise InvalidInput("decision: confirm or split")
    decided = dedup.decide_duplicate(
        store, panels_for(settings), principal.actor, event_id, decision
    )
    event = decided.event
    return {
        "id": event.id,
        "duplicate_of_id": event.duplicate_of_id,
        "duplicate_status": event.duplicate_status,
        "warning": decided.warning,
    }
