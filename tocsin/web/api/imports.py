"""/api/v1/imports: start an import from an uploaded file as a job, and follow it."""

from __future__ import annotations

import secrets
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from starlette.datastructures import UploadFile

from tocsin.accounts.service import Principal
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.roles import Permission, require
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.dedup import confirm_duplicate, split_duplicate
from tocsin.ingest.jobs import job_rejects, job_status
from tocsin.ingest.places import unresolved_places
from tocsin.ingest.service import panels_for, run_job, start_import_job
from tocsin.store.uow import Store, UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_settings, get_store, get_uow

router = APIRouter(prefix="/imports", tags=["imports"], dependencies=[Depends(check_csrf)])
PERMISSION = Permission.IMPORT_EVENTS


async def _save(upload: UploadFile, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(upload.filename or "upload").name
    target = folder / f"{secrets.token_hex(8)}-{name}"
    with target.open("wb") as handle:
        while chunk := await upload.read(1 << 20):
            handle.write(chunk)
    return target


@router.post("", status_code=202)
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
    form = await request.form(max_files=2)
    upload, mapping = form.get("file"), form.get("mapping")
    if not isinstance(upload, UploadFile):
        raise InvalidInput("file: attach the data file as the `file` part")
    folder = Path(settings.data_dir) / "uploads"
    path = await _save(upload, folder)
    mapping_path = await _save(mapping, folder) if isinstance(mapping, UploadFile) else None
    options = ImportOptions(
        mapping=mapping_path, include_all=str(form.get("include_all", "")).lower() == "true"
    )
    job_id = start_import_job(store, str(form.get("dataset") or ""), path, principal.actor, options)
    background.add_task(run_job, store, job_id, panels_for(settings))
    return asdict(job_status(store, job_id))


@router.get("/places/unresolved")
def places(
    country: str | None = None,
    limit: int = 100,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> list[dict[str, Any]]:
    require(principal.role, PERMISSION)
    return [asdict(p) for p in unresolved_places(store, country, limit)]


@router.get("/{job_id}")
def status(
    job_id: int, store: Store = Depends(get_store), principal: Principal = Depends(get_principal)
) -> dict[str, Any]:
    require(principal.role, PERMISSION)
    job = job_status(store, job_id)
    return asdict(job) | {"summary": job.summary()}


@router.get("/{job_id}/rejects")
def rejects(
    job_id: int,
    limit: int = 1000,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> list[dict[str, Any]]:
    require(principal.role, PERMISSION)
    job_status(store, job_id)
    return [asdict(r) for r in job_rejects(store, job_id, limit)]


@router.post("/duplicates/{event_id}/{decision}")
def decide_duplicate(
    event_id: int,
    decision: str,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> dict[str, Any]:
    """An analyst's word on a probable duplicate: `confirm` keeps the link, `split` undoes it
    for good. Both are in the audit log."""
    require(principal.role, PERMISSION)
    actions = {"confirm": confirm_duplicate, "split": split_duplicate}
    if decision not in actions:
        raise InvalidInput("decision: confirm or split")
    event = actions[decision](uow, event_id)
    return {
        "id": event.id,
        "duplicate_of_id": event.duplicate_of_id,
        "duplicate_status": event.duplicate_status,
    }
