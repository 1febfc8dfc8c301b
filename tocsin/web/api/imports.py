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
from tocsin.domain.errors import InvalidInput, TocsinError
from tocsin.domain.roles import Permission, require
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.dedup import confirm_duplicate, split_duplicate
from tocsin.ingest.jobs import JobStatus, job_rejects, job_status
from tocsin.ingest.mapping import load_mapping
from tocsin.ingest.places import unresolved_places
from tocsin.ingest.registry import get_importer
from tocsin.ingest.service import panels_for, run_job, start_import_job
from tocsin.store.uow import Store, UnitOfWork
from tocsin.web.api.contract import multipart_body
from tocsin.web.deps import (
    check_csrf,
    country_filter,
    get_principal,
    get_settings,
    get_store,
    get_uow,
)
from tocsin.web.params import PageSize, RowId

router = APIRouter(prefix="/imports", tags=["imports"], dependencies=[Depends(check_csrf)])
PERMISSION = Permission.IMPORT_EVENTS


def _job_out(job: JobStatus) -> dict[str, Any]:
    """A job as the API shows it: the file by its name, not by where the server keeps it."""
    return asdict(job) | {"file_name": Path(job.file_name).name}


async def _save(upload: UploadFile, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(upload.filename or "upload").name
    target = folder / f"{secrets.token_hex(8)}-{name}"
    with target.open("wb") as handle:
        while chunk := await upload.read(1 << 20):
            handle.write(chunk)
    return target


@router.post(
    "",
    status_code=202,
    openapi_extra=multipart_body(
        {
            "dataset": {"type": "string", "enum": ["acled", "ged", "gdelt", "csv"]},
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
    form = await request.form(max_files=2)
    upload, mapping = form.get("file"), form.get("mapping")
    # A refused request leaves no file behind.
    if not isinstance(upload, UploadFile):
        raise InvalidInput("file: attach the data file as the `file` part")
    if mapping is not None and not isinstance(mapping, UploadFile):
        raise InvalidInput("mapping: attach the column mapping as a file part")
    dataset = str(form.get("dataset") or "")
    get_importer(dataset)
    if (mapping is not None) != (dataset == "csv"):
        raise InvalidInput("mapping: a csv import takes a column mapping file, and only it")
    include_all = str(form.get("include_all", "false")).lower()
    if include_all not in ("true", "false"):
        raise InvalidInput("include_all: true or false")
    folder = Path(settings.data_dir) / "uploads"
    data_path = await _save(upload, folder)
    mapping_path = await _save(mapping, folder) if isinstance(mapping, UploadFile) else None
    try:
        if mapping_path is not None:
            load_mapping(mapping_path)  # a broken mapping is refused now, not in the background
        options = ImportOptions(mapping=mapping_path, include_all=include_all == "true")
        job_id = start_import_job(store, dataset, data_path, principal.actor, options)
    except TocsinError:
        for path in (data_path, mapping_path):
            if path is not None:
                path.unlink(missing_ok=True)
        raise
    background.add_task(run_job, store, job_id, panels_for(settings))
    return _job_out(job_status(store, job_id))


@router.get("/places/unresolved")
def places(
    country: str | None = Depends(country_filter),
    limit: PageSize = 100,
    store: Store = Depends(get_store),
    principal: Principal = Depends(get_principal),
) -> list[dict[str, Any]]:
    require(principal.role, PERMISSION)
    return [asdict(p) for p in unresolved_places(store, country, limit)]


@router.get("/{job_id:int}")
def status(
    job_id: RowId, store: Store = Depends(get_store), principal: Principal = Depends(get_principal)
) -> dict[str, Any]:
    require(principal.role, PERMISSION)
    job = job_status(store, job_id)
    return _job_out(job) | {"summary": job.summary()}


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
