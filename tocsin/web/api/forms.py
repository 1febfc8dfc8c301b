"""/api/v1/forms: survey forms for partner tools and mobile apps to render."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel, ConfigDict, Field

from tocsin.accounts.service import Principal
from tocsin.domain.forms import DESCRIPTION_LIMIT, TITLE_LIMIT
from tocsin.intake.forms import active_form, active_forms, definition, save_form
from tocsin.store.models import ReportForm
from tocsin.store.uow import UnitOfWork
from tocsin.web.api.contract import TOKEN_OPTIONAL
from tocsin.web.deps import check_csrf, get_principal, get_uow

router = APIRouter(prefix="/forms", tags=["forms"], dependencies=[Depends(check_csrf)])


class FormIn(BaseModel):
    """A form definition; each field is checked in full by the form's own rules."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(max_length=60, description="lower-case letters, digits and dashes")
    title: str = Field(default="", max_length=TITLE_LIMIT)
    titles: dict[str, Any] | None = Field(
        default=None, description='the title in other languages: {"fr": "...", "ar": "..."}'
    )
    description: str | None = Field(default=None, max_length=DESCRIPTION_LIMIT)
    descriptions: dict[str, Any] | None = Field(
        default=None, description="the description in other languages, as titles"
    )
    fields: list[dict[str, Any]] = Field(
        default_factory=list,
        max_length=100,
        description="each {name, label, kind, required, choices, minimum, maximum, help}; kind "
        "is text, textarea, choice, multichoice, date, location, number or file. In other "
        'languages (en, fr, es, pt, ar): labels {"fr": "..."}, helps {"fr": "..."}, and '
        'choice_labels {"fr": ["...", ...]}, one per choice in the order of choices; an '
        "answer is stored as the choice in choices, whatever language it was picked in",
    )


class FormOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    key: str
    version: int
    title: str
    titles: dict[str, str]
    description: str | None
    descriptions: dict[str, str]
    fields: list[dict[str, Any]]


def _out(form: ReportForm) -> FormOut:
    return FormOut.model_validate(definition(form))


@router.get("", response_model=list[FormOut], openapi_extra=TOKEN_OPTIONAL)
def list_forms(uow: UnitOfWork = Depends(get_uow)) -> list[FormOut]:
    return [_out(f) for f in active_forms(uow)]


@router.get("/{key}", response_model=FormOut, openapi_extra=TOKEN_OPTIONAL)
def get_form(key: str, uow: UnitOfWork = Depends(get_uow)) -> FormOut:
    return _out(active_form(uow, key))


@router.post("", status_code=201, response_model=FormOut)
def create_form_version(
    payload: FormIn = Body(
        examples=[
            {
                "key": "incident",
                "title": "Incident report",
                "titles": {"fr": "Signalement d'incident"},
                "fields": [
                    {
                        "name": "where",
                        "label": "Where",
                        "labels": {"fr": "Où"},
                        "kind": "location",
                        "required": True,
                    },
                    {
                        "name": "attackers",
                        "label": "Who attacked?",
                        "labels": {"fr": "Qui a attaqué ?"},
                        "kind": "choice",
                        "choices": ["militia", "unknown"],
                        "choice_labels": {"fr": ["milice", "inconnu"]},
                    },
                ],
            }
        ],
    ),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> FormOut:
    """Save a form; an existing key gets its next version (admins only)."""
    form = save_form(
        uow,
        payload.key,
        payload.title,
        payload.fields,
        principal,
        description=payload.description,
        titles=payload.titles,
        descriptions=payload.descriptions,
    )
    return _out(form)
