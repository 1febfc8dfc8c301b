"""Jinja2 templates with one shared layout; autoescaping is on for every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from tocsin.domain.levels import Level
from tocsin.domain.roles import Permission, can
from tocsin.risk.escalation.labels import readable_drivers
from tocsin.web.deps import csrf_token
from tocsin.web.moments import mail_date, moment

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals["Level"] = Level


def level_label(value: str) -> str:
    try:
        return Level(value).label
    except ValueError:
        return value


templates.env.filters["level_label"] = level_label
templates.env.filters["escalation_drivers"] = readable_drivers
templates.env.filters["moment"] = moment
templates.env.filters["mail_date"] = mail_date


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    principal = getattr(request.state, "principal", None)
    context.setdefault("principal", principal)
    context["csrf_token"] = csrf_token(request)
    context["can_review"] = principal is not None and can(principal.role, Permission.REVIEW_REPORTS)
    context["can_manage_forms"] = principal is not None and can(
        principal.role, Permission.MANAGE_FORMS
    )
    context["can_import"] = principal is not None and can(principal.role, Permission.IMPORT_EVENTS)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(
        request, "error.html", status_code=status_code, message=message, status=status_code
    )
