"""Survey forms: define a version, find the active one, read answers against it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from tocsin.accounts.service import Principal
from tocsin.domain.errors import NotFound
from tocsin.domain.forms import FieldSpec, FormSpec, validate_answers
from tocsin.domain.roles import Permission, require
from tocsin.store.models import ReportForm
from tocsin.store.uow import UnitOfWork


def save_form(
    uow: UnitOfWork,
    key: str,
    title: str,
    fields: list[dict[str, Any]],
    principal: Principal,
    description: str | None = None,
) -> ReportForm:
    """Save a form as its next version; earlier versions stay for the answers given to them."""
    require(principal.role, Permission.MANAGE_FORMS)
    spec = FormSpec.parse(key, title, fields)
    latest = uow.session.scalar(select(func.max(ReportForm.version)).where(ReportForm.key == key))
    for previous in uow.session.scalars(select(ReportForm).where(ReportForm.key == key)):
        previous.active = False
    form = ReportForm(
        key=spec.key,
        version=(latest or 0) + 1,
        title=spec.title,
        description=description,
        fields=[f.as_dict() for f in spec.fields],
    )
    uow.add(form)
    uow.commit()
    return form


def active_form(uow: UnitOfWork, key: str) -> ReportForm:
    form = uow.session.scalar(
        select(ReportForm).where(ReportForm.key == key, ReportForm.active.is_(True))
    )
    if form is None:
        raise NotFound(f"no active form {key!r}")
    return form


def active_forms(uow: UnitOfWork) -> list[ReportForm]:
    query = select(ReportForm).where(ReportForm.active.is_(True)).order_by(ReportForm.title)
    return list(uow.session.scalars(query))


def spec_of(form: ReportForm) -> FormSpec:
    return FormSpec(
        key=form.key, title=form.title, fields=tuple(FieldSpec.parse(f) for f in form.fields)
    )


def check_answers(form: ReportForm, raw: dict[str, Any]) -> dict[str, Any]:
    return validate_answers(spec_of(form), raw)
