"""The administrator's survey forms: list them and save a new version.

The fields box takes the JSON list of fields; or, to give the form's title and description in
other languages too, an object: `{"titles": {"fr": "..."}, "description": "...",
"descriptions": {"fr": "..."}, "fields": [...]}`."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput, TocsinError
from tocsin.domain.forms import KINDS, TITLE_LIMIT
from tocsin.domain.roles import Permission, require
from tocsin.intake.forms import active_forms, save_form
from tocsin.store.uow import UnitOfWork
from tocsin.web.deps import check_csrf, get_principal, get_uow
from tocsin.web.languages import N_, told
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False)

EXAMPLE = json.dumps(
    [
        {
            "name": "where",
            "label": "Exact location",
            "labels": {"fr": "Lieu exact"},
            "kind": "location",
            "required": True,
        },
        {
            "name": "attackers",
            "label": "Who attacked?",
            "labels": {"fr": "Qui a attaqué ?"},
            "kind": "choice",
            "choices": ["security forces", "militia", "armed group", "unknown"],
            "choice_labels": {"fr": ["forces de sécurité", "milice", "groupe armé", "inconnu"]},
        },
        {"name": "photo", "label": "Photo", "kind": "file"},
    ],
    indent=2,
    ensure_ascii=False,
)
#: What the fields box may hold besides the list of fields.
FORM_WORDS = ("titles", "description", "descriptions")


def _page(
    request: Request,
    uow: UnitOfWork,
    error: str | None = None,
    status_code: int = 200,
    values: dict | None = None,
) -> Response:
    return render(
        request,
        "forms_admin.html",
        status_code=status_code,
        forms=active_forms(uow),
        kinds=KINDS,
        title_limit=TITLE_LIMIT,
        error=error,
        values=values or {"fields": EXAMPLE},
    )


@router.get("/admin/forms")
def forms_page(
    request: Request,
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    if principal.user_id is None:
        return RedirectResponse("/login?next=/admin/forms", status_code=303)
    require(principal.role, Permission.MANAGE_FORMS)
    return _page(request, uow)


@router.post("/admin/forms", dependencies=[Depends(check_csrf)])
def save(
    request: Request,
    key: str = Form(...),
    title: str = Form(...),
    fields: str = Form(...),
    uow: UnitOfWork = Depends(get_uow),
    principal: Principal = Depends(get_principal),
) -> Response:
    values = {"key": key, "title": title, "fields": fields}
    try:
        try:
            parsed = json.loads(fields)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                N_("fields: not valid JSON ({problem} at line {line})"),
                problem=exc.msg,
                line=exc.lineno,
            ) from exc
        words: dict = {}
        if isinstance(parsed, dict):
            if stray := sorted(set(parsed) - {"fields", *FORM_WORDS}):
                raise InvalidInput(
                    N_("fields: unknown key(s) {keys} (an object holds fields, {words})"),
                    keys=", ".join(stray),
                    words=", ".join(FORM_WORDS),
                )
            words = {k: parsed[k] for k in FORM_WORDS if k in parsed}
            parsed = parsed.get("fields")
            if words.get("description") is not None and not isinstance(words["description"], str):
                raise InvalidInput(N_("fields: description: a text"))
        if not isinstance(parsed, list):
            raise InvalidInput(
                N_(
                    "fields: a JSON list of field definitions, or an object with its list in "
                    '"fields"'
                )
            )
        save_form(uow, key.strip(), title, parsed, principal, **words)
    except TocsinError as exc:
        uow.rollback()
        return _page(request, uow, told(exc), exc.status_code, values)
    return RedirectResponse("/admin/forms", status_code=303)
