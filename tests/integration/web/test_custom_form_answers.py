"""Custom forms on the page and the API: a file field is answered by a file, and answers are
read against the version of the form the reporter was shown."""

from __future__ import annotations

import json

from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from
from tocsin.accounts.service import Principal
from tocsin.domain.roles import Role
from tocsin.intake.forms import save_form
from tocsin.store.models import Attachment, Report, ReportForm

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
CORE = {
    "title": "Houses burned",
    "text": "Houses were burned at night in the village.",
    "country": "BFA",
}


def _form(store, fields: list[dict]) -> None:
    with store.uow() as uow:
        admin = uow.users.by_email("admin@example.org")
    admin = (
        Principal(admin.id, Role.ADMIN, admin.email)
        if admin
        else make_principal(store, Role.ADMIN, "admin@example.org")
    )
    with store.uow(admin.actor) as uow:
        save_form(uow, "photo-report", "Photo report", fields, admin)


PHOTO = {"name": "photo", "label": "Photo", "kind": "file", "required": True}


def _reports(store) -> list[Report]:
    with store.uow() as uow:
        return list(uow.session.scalars(select(Report)))


def test_a_file_attached_to_a_required_file_field_answers_it_on_the_page(client, sqlite_store):
    _form(sqlite_store, [PHOTO])
    page = client.get("/report?form=photo-report")
    r = client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), "form_key": "photo-report", **CORE},
        files=[("photo", ("burned.png", PNG, "image/png"))],
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    (report,) = _reports(sqlite_store)
    assert report.answers == {"photo": ["burned.png"]}
    with sqlite_store.uow() as uow:
        (attachment,) = uow.session.scalars(select(Attachment)).all()
        assert attachment.field_name == "photo"


def test_the_api_takes_a_file_field_as_a_part_named_after_it(client, sqlite_store):
    _form(sqlite_store, [PHOTO])
    report = json.dumps({**CORE, "form_key": "photo-report"})
    missing = client.post("/api/v1/reports/with-files", data={"report": report})
    assert missing.status_code == 422 and "Photo: required" in missing.json()["detail"]
    # A name is not a file: text given as the answer is refused, not stored.
    named = json.dumps({**CORE, "form_key": "photo-report", "answers": {"photo": "C:/x.png"}})
    r = client.post("/api/v1/reports/with-files", data={"report": named})
    assert r.status_code == 422 and "attach the file itself" in r.json()["detail"]
    assert _reports(sqlite_store) == []

    r = client.post(
        "/api/v1/reports/with-files",
        data={"report": report},
        files=[
            ("photo", ("burned.png", PNG, "image/png")),
            ("files", ("more.png", PNG, "image/png")),
        ],
    )
    assert r.status_code == 201, r.text
    (saved,) = _reports(sqlite_store)
    assert saved.answers == {"photo": ["burned.png"]}
    with sqlite_store.uow() as uow:
        fields = sorted((a.field_name or "") for a in uow.session.scalars(select(Attachment)).all())
        assert fields == ["", "photo"]


def test_answers_are_kept_when_the_form_changes_while_the_reporter_writes(client, sqlite_store):
    witness = {"name": "witness", "label": "Witness", "kind": "text"}
    killed = {"name": "killed", "label": "People killed", "kind": "number"}
    _form(sqlite_store, [witness, killed])
    page = client.get("/report?form=photo-report")
    assert 'name="form_version" value="1"' in page.text
    # An administrator saves version 2, without the witness and with the count renamed.
    _form(
        sqlite_store,
        [{"name": "deaths", "label": "Deaths", "kind": "number"}, PHOTO | {"required": False}],
    )

    r = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "form_key": "photo-report",
            "form_version": "1",
            "witness": "the village chief",
            "killed": "4",
            **CORE,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    (report,) = _reports(sqlite_store)
    assert report.answers == {"witness": "the village chief", "killed": 4.0}
    with sqlite_store.uow() as uow:
        assert uow.session.get(ReportForm, report.form_id).version == 1


def test_a_refused_form_comes_back_as_it_was_sent(client, sqlite_store):
    witness = {"name": "witness", "label": "Witness", "kind": "text"}
    armed = {"name": "armed", "label": "Armed", "kind": "choice", "choices": ["yes", "no"]}
    _form(sqlite_store, [witness, armed, PHOTO])
    page = client.get("/report?form=photo-report")
    r = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "form_key": "photo-report",
            "form_version": "1",
            "witness": "the village chief",
            "armed": "yes",
            "reporter_name": "Awa",
            **CORE,
        },
    )
    # Refused (the photo is missing), and nothing typed is lost without a draft to restore it.
    assert r.status_code == 422 and "Photo: required" in r.text
    assert 'value="the village chief"' in r.text
    assert '<option value="yes" selected>yes</option>' in r.text
    assert 'name="anonymous" checked' not in r.text


def test_the_review_page_says_which_question_a_file_answers(client, sqlite_store):
    from tests.integration.web.conftest import log_in
    from tocsin.domain.roles import Role

    _form(sqlite_store, [PHOTO])
    page = client.get("/report?form=photo-report")
    client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), "form_key": "photo-report", **CORE},
        files=[("photo", ("burned.png", PNG, "image/png"))],
    )
    (report,) = _reports(sqlite_store)
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org")
    listed = client.get(f"/review/{report.id}").text.split('id="attachments"')[1]
    assert "burned.png</a> (answers “Photo”)" in listed
