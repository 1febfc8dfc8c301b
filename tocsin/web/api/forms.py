"""/api/v1/forms: survey forms for partner tools and mobile apps to render."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends

from tocsin.accounts.service import Principal
from tocsin.intake.forms import active_form, active_forms, save_form
from tocsin.store.models import ReportForm
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_uow

router = APIRouter(prefix="/forms", tags=["forms"], dependencies=[Depends(check_csrf)])


def _out(form: ReportForm) -> dict[str, Any]:
    return {
        "key": form.key,
        "version": form.version,
        "title": form.title,
        "description": form.description,
        "fields": form.fields,
    }


@router.get("")
def list_forms(uow: UnitOfWork = Depends(get_uow)) -> list[dict[str, Any]]:
    return [_out(f) for f in active_forms(uow)]


@router.get("/{key}")
def get_form(key: str, uow: UnitOfWork = Depends(get_uow)) -> dict[str, Any]:
    return _out(active_form(uow, key))


@router.post("", status_code=201)
def create_form_version(
    payload: dict[str, Any] = Body(
        ...,
        examples=[
            {
                "key": "incident",
                "title": "Incident report",
                "fields": [
                    {"name": "where", "label": "Where", "kind": "location", "required": True}
                ],
            }
        ],
    ),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> dict[str, Any]:
    """Save a form; an existing key gets its next version (admins only)."""
    fields = payload.get("fields") or []
    if not isinstance(fields, list) or not all(isinstance(f, dict) for f in fields):
        from tocsin.domain.errors import InvalidInput

        raise InvalidInput("fields: a list of field definitions")
    form = save_form(
        uow,
        str(payload.get("key", "")),
        str(payload.get("title", "")),
        fields,
        principal,
        description=payload.get("description"),
    )
    return _out(form)
