"""Survey forms: define a version, find the active one, read answers against it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tocsin.accounts.service import Principal
from tocsin.domain.errors import Conflict, InvalidInput, NotFound
from tocsin.domain.forms import FieldSpec, FormSpec, validate_answers
from tocsin.domain.roles import Permission, require
from tocsin.domain.wording import N_
from tocsin.store.models import ReportForm
from tocsin.store.uow import UnitOfWork

#: Saves of one form that may meet at once (two admins, a double click) before one gives up.
SAVE_ATTEMPTS = 5


def save_form(
    uow: UnitOfWork,
    key: str,
    title: str,
    fields: list[dict[str, Any]],
    principal: Principal,
    description: str | None = None,
    titles: dict[str, Any] | None = None,
    descriptions: dict[str, Any] | None = None,
) -> ReportForm:
    """Save a form as its next version; earlier versions stay for the answers given to them.

    Two saves of one key at once both read the same latest version; the store's unique
    (key, version) refuses the second, which then reads again and becomes the next one."""
    require(principal.role, Permission.MANAGE_FORMS)
    spec = FormSpec.parse(key, title, fields, titles, description, descriptions)
    for _ in range(SAVE_ATTEMPTS):
        try:
            return _save_version(uow, spec)
        except IntegrityError:
            uow.rollback()
    raise Conflict(f"form {key!r} was saved by someone else at the same time; save it again")


def _save_version(uow: UnitOfWork, spec: FormSpec) -> ReportForm:
    key = spec.key
    latest = uow.session.scalar(select(func.max(ReportForm.version)).where(ReportForm.key == key))
    for previous in uow.session.scalars(select(ReportForm).where(ReportForm.key == key)):
        previous.active = False
    form = ReportForm(
        key=key,
        version=(latest or 0) + 1,
        title=spec.title,
        description=spec.description,
        fields=[f.as_dict() for f in spec.fields],
        titles=dict(spec.titles),
        descriptions=dict(spec.descriptions),
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


def form_for(uow: UnitOfWork, key: str, version: int | None = None) -> ReportForm:
    """The form a report was filled in on: the version the reporter was shown when it is
    known, so that a version saved while they were writing neither drops nor refuses their
    answers; the active one otherwise."""
    if version is None:
        return active_form(uow, key)
    form = uow.session.scalar(
        select(ReportForm).where(ReportForm.key == key, ReportForm.version == version)
    )
    if form is None:
        raise NotFound(f"no form {key!r} version {version}")
    return form


def active_forms(uow: UnitOfWork) -> list[ReportForm]:
    query = select(ReportForm).where(ReportForm.active.is_(True)).order_by(ReportForm.title)
    return list(uow.session.scalars(query))


def spec_of(form: ReportForm) -> FormSpec:
    return FormSpec(
        key=form.key,
        title=form.title,
        fields=tuple(FieldSpec.parse(f) for f in form.fields),
        titles=dict(form.titles or {}),
        description=form.description,
        descriptions=dict(form.descriptions or {}),
    )


def definition(form: ReportForm) -> dict[str, Any]:
    """A version as a partner app renders it: every field with all its words, translations
    included (empty for a version saved without them)."""
    spec = spec_of(form)
    return {
        "key": form.key,
        "version": form.version,
        "title": spec.title,
        "titles": dict(spec.titles),
        "description": spec.description,
        "descriptions": dict(spec.descriptions),
        "fields": [f.as_dict() for f in spec.fields],
    }


def shown_in(form: ReportForm, language: str | None) -> dict[str, Any]:
    """A version in the words a reader of `language` sees, the default words wherever it has
    no translation; each choice as (the answer sent back, the words shown)."""
    spec = spec_of(form)
    return {
        "key": form.key,
        "version": form.version,
        "title": spec.title_in(language),
        "description": spec.description_in(language),
        "fields": [
            {
                "name": f.name,
                "kind": f.kind,
                "required": f.required,
                "label": f.label_in(language),
                "help": f.help_in(language),
                "choices": f.choices_in(language),
            }
            for f in spec.fields
        ],
    }


def check_answers(
    form: ReportForm,
    raw: dict[str, Any],
    attached: dict[str, list[str]] | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """Answers checked against the form, problems named by the labels a reader of `language`
    saw. A file field's answer is the names of the files attached to it (`attached`), never
    text the client sends: a name is not a file."""
    spec = spec_of(form)
    files = {f.name: f.label_in(language) for f in spec.fields if f.kind == "file"}
    if sent := [label for name, label in files.items() if name in raw]:
        raise InvalidInput(
            N_("{labels}: attach the file itself, not its name"), labels=", ".join(sent)
        )
    if stray := sorted(set(attached or {}) - set(files)):
        raise InvalidInput(
            N_("attachments: the form has no file field {names}"), names=", ".join(stray)
        )
    return validate_answers(spec, {**raw, **(attached or {})}, language)
