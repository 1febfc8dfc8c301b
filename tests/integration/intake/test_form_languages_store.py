"""A form's words in other languages are kept by either store, with the version they belong
to, and an answer in their words is kept as the default choice."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import make_principal
from tocsin.domain.roles import Role
from tocsin.intake.forms import active_form, check_answers, definition, save_form
from tocsin.store.models import ReportForm

FIELDS = [
    {
        "name": "who",
        "label": "Who attacked?",
        "labels": {"ar": "من هاجم؟", "pt": "Quem atacou?"},
        "kind": "multichoice",
        "choices": ["militia", "army"],
        "choice_labels": {"ar": ["ميليشيا", "الجيش"], "pt": ["milícia", "exército"]},
    }
]


def test_translations_are_kept_by_the_store_with_their_version(store):
    admin = make_principal(store, Role.ADMIN, "admin@example.org")
    with store.uow(admin.actor) as uow:
        save_form(
            uow,
            "incident",
            "Incident",
            FIELDS,
            admin,
            description="One incident per report.",
            titles={"ar": "حادث", "pt": "Incidente"},
            descriptions={"pt": "Um incidente por relato."},
        )
        save_form(uow, "incident", "Incident", [{**FIELDS[0], "labels": {}}], admin)
    with store.uow() as uow:
        form = active_form(uow, "incident")
        assert form.version == 2 and definition(form)["titles"] == {}
        assert definition(form)["fields"][0]["labels"] == {}
    with store.uow() as uow:
        old = uow.session.scalar(select(ReportForm).where(ReportForm.version == 1))
        words = definition(old)
        assert words["titles"] == {"ar": "حادث", "pt": "Incidente"}
        assert words["descriptions"] == {"pt": "Um incidente por relato."}
        assert words["fields"][0]["choice_labels"]["ar"] == ["ميليشيا", "الجيش"]
        assert check_answers(old, {"who": ["الجيش", "milícia"]}, language="ar") == {
            "who": ["army", "militia"]
        }
