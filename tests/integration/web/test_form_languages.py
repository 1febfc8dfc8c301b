"""A survey form in its reporters' languages, on the page and the API: a French reporter reads
French labels and choices and is told what to correct by the French label; the answer is kept
as the default choice; a missing translation falls back to the default words."""

from __future__ import annotations

import json

from markupsafe import escape
from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.store.models import Report, ReportForm
from tocsin.web.languages import translations

CORE = {
    "title": "Village attaqué",
    "text": "Des hommes armés ont attaqué le village à l'aube.",
    "country": "BFA",
}
FORM = {
    "key": "sahel",
    "title": "Incident report",
    "titles": {"fr": "Signalement d'incident", "ar": "بلاغ عن حادث"},
    "description": "Tell us about one incident.",
    "descriptions": {"fr": "Parlez-nous d'un incident."},
    "fields": [
        {
            "name": "village",
            "label": "Village",
            "labels": {"fr": "Localité", "ar": "القرية"},
            "kind": "text",
            "required": True,
        },
        {
            "name": "who",
            "label": "Who attacked?",
            "labels": {"fr": "Qui a attaqué ?", "ar": "من هاجم؟"},
            "help": "Pick the closest.",
            "helps": {"fr": "Choisissez le plus proche."},
            "kind": "choice",
            "required": True,
            "choices": ["militia", "army", "unknown"],
            "choice_labels": {
                "fr": ["milice", "armée", "inconnu"],
                "ar": ["ميليشيا", "الجيش", "غير معروف"],
            },
        },
        {"name": "dead", "label": "People killed", "kind": "number", "minimum": 0},
    ],
}


def _admin(client, store) -> dict[str, str]:
    with store.uow() as uow:
        known = uow.users.by_email("admin@example.org")
    if known is None:
        make_principal(store, Role.ADMIN, "admin@example.org")
    r = client.post(
        "/api/v1/tokens", json={"email": "admin@example.org", "password": "correct horse battery"}
    )
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _saved(client, store, form: dict = FORM) -> dict:
    r = client.post("/api/v1/forms", json=form, headers=_admin(client, store))
    assert r.status_code == 201, r.text
    return r.json()


def _has(page: str, words: str) -> bool:
    return str(escape(words)) in page


def test_the_french_page_shows_the_french_words_and_sends_the_default_choices(client, sqlite_store):
    _saved(client, sqlite_store)
    page = client.get("/report?form=sahel&lang=fr").text
    for words in (
        "Signalement d'incident",
        "Parlez-nous d'un incident.",
        "Localité",
        "Qui a attaqué ?",
        "Choisissez le plus proche.",
        '<option value="militia">milice</option>',
        '<option value="army">armée</option>',
    ):
        assert words in page or _has(page, words), words
    # No translation: the default words, per item.
    assert "People killed" in page
    assert "Who attacked?" not in page and ">militia<" not in page
    # The forms' list names the form in the page's language too.
    assert '<a href="/report?form=sahel">Signalement d' in page


def test_a_french_refusal_names_the_french_label_and_the_answer_is_kept_canonical(
    client, sqlite_store
):
    _saved(client, sqlite_store)
    page = client.get("/report?form=sahel&lang=fr")
    refused = client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), "form_key": "sahel", "who": "army", **CORE},
    )
    assert refused.status_code == 422
    required = translations("fr").gettext("required")
    assert required != "required"
    assert _has(refused.text, f"Localité: {required}")
    assert "Village: " not in refused.text
    # What was picked is still picked, shown in French.
    assert '<option value="army" selected>armée</option>' in refused.text
    # Sent in its French words (a client that sends what it reads), it is still picked.
    again = client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), "form_key": "sahel", "who": "armée", **CORE},
    )
    assert again.status_code == 422
    assert '<option value="army" selected>armée</option>' in again.text

    # A page without its options' values (or a client that sends what it reads) sends the
    # French words: taken, and kept as the default choice.
    sent = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(refused.text),
            "form_key": "sahel",
            "who": "milice",
            "village": "Djibo",
            **CORE,
        },
        follow_redirects=False,
    )
    assert sent.status_code == 303, sent.text
    with sqlite_store.uow() as uow:
        (report,) = uow.session.scalars(select(Report)).all()
        assert report.answers == {"village": "Djibo", "who": "militia"}
        report_id = report.id

    # The analysts read the default label and choice.
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org")
    review = client.get(f"/review/{report_id}").text
    assert "Who attacked?" in review and "militia" in review
    assert "Qui a attaqué" not in review and "milice" not in review


def test_a_wrong_answer_is_told_in_the_words_the_reader_saw(client, sqlite_store):
    form = {
        **FORM,
        "fields": [*FORM["fields"][:2], {**FORM["fields"][2], "labels": {"fr": "Morts"}}],
    }
    _saved(client, sqlite_store, form)
    page = client.get("/report?form=sahel&lang=fr")
    refused = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "form_key": "sahel",
            "who": "gendarmes",
            "village": "Djibo",
            "dead": "-2",
            **CORE,
        },
    )
    assert refused.status_code == 422
    french = translations("fr").gettext
    one_of = french("must be one of %(choices)s") % {"choices": "'milice', 'armée', 'inconnu'"}
    at_least = french("must be at least %(number)s") % {"number": "0"}
    assert one_of.startswith("doit") and at_least.startswith("doit")
    assert _has(refused.text, f"Qui a attaqué ?: {one_of}")
    assert _has(refused.text, f"Morts: {at_least}")
    assert "must be" not in refused.text


def test_the_arabic_page_shows_the_arabic_words(client, sqlite_store):
    _saved(client, sqlite_store)
    page = client.get("/report?form=sahel", headers={"Accept-Language": "ar"}).text
    assert '<html lang="ar" dir="rtl">' in page
    for words in (
        "بلاغ عن حادث",
        "القرية",
        "من هاجم؟",
        '<option value="unknown">غير معروف</option>',
    ):
        assert words in page, words
    # No Arabic description or help: the default ones.
    assert "Tell us about one incident." in page and "Pick the closest." in page
    refused = client.post(
        "/report",
        data={"csrf_token": csrf_from(page), "form_key": "sahel", **CORE},
        headers={"Accept-Language": "ar"},
    )
    required = translations("ar").gettext("required")
    assert f"القرية: {required}" in refused.text and f"من هاجم؟: {required}" in refused.text


def test_a_language_without_translations_reads_the_default_words(client, sqlite_store):
    _saved(client, sqlite_store)
    page = client.get("/report?form=sahel&lang=es").text
    for words in ("Incident report", "Tell us about one incident.", "Village", "Who attacked?"):
        assert words in page, words
    assert '<option value="militia">militia</option>' in page


def test_the_api_returns_the_translations_for_a_partner_app(client, sqlite_store):
    saved = _saved(client, sqlite_store)
    got = client.get("/api/v1/forms/sahel").json()
    assert got == saved
    assert got["titles"] == FORM["titles"] and got["descriptions"] == FORM["descriptions"]
    who = got["fields"][1]
    assert who["labels"] == FORM["fields"][1]["labels"]
    assert who["helps"] == {"fr": "Choisissez le plus proche."}
    assert who["choice_labels"]["fr"] == ["milice", "armée", "inconnu"]
    assert got["fields"][2]["labels"] == {} and got["fields"][2]["choice_labels"] == {}
    # A new version carries its own words; the earlier one keeps its own.
    changed = {**FORM, "titles": {"fr": "Incident"}}
    assert _saved(client, sqlite_store, changed)["version"] == 2
    with sqlite_store.uow() as uow:
        versions = uow.session.scalars(select(ReportForm).order_by(ReportForm.version)).all()
        assert [v.titles for v in versions] == [FORM["titles"], {"fr": "Incident"}]

    # An API report may answer in any of the form's languages; the default choice is kept.
    sent = {**CORE, "form_key": "sahel", "answers": {"village": "Djibo", "who": "الجيش"}}
    r = client.post("/api/v1/reports/with-files", data={"report": json.dumps(sent)})
    assert r.status_code == 201, r.text
    with sqlite_store.uow() as uow:
        (report,) = uow.session.scalars(select(Report)).all()
        assert report.answers["who"] == "army"


def test_a_bad_translation_is_refused_by_the_api_naming_field_and_language(client, sqlite_store):
    admin = _admin(client, sqlite_store)
    fields = json.loads(json.dumps(FORM["fields"]))
    fields[1]["choice_labels"]["fr"] = ["milice", "armée"]
    r = client.post("/api/v1/forms", json={**FORM, "fields": fields}, headers=admin)
    assert r.status_code == 422
    assert "form field who: choice_labels: fr: 2 choices for the 3" in r.json()["detail"]
    r = client.post("/api/v1/forms", json={**FORM, "titles": {"de": "Vorfall"}}, headers=admin)
    assert r.status_code == 422 and "form titles: unknown language 'de'" in r.json()["detail"]
    with sqlite_store.uow() as uow:
        assert uow.session.scalars(select(ReportForm)).all() == []


def test_the_admin_page_takes_the_title_in_other_languages_with_the_fields(client, sqlite_store):
    _admin(client, sqlite_store)
    log_in(client, "admin@example.org")
    page = client.get("/admin/forms")
    words = {"titles": {"fr": "Signalement"}, "fields": FORM["fields"]}
    r = client.post(
        "/admin/forms",
        data={
            "csrf_token": csrf_from(page.text),
            "key": "sahel",
            "title": "Incident report",
            "fields": json.dumps(words),
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    page = client.get("/admin/forms")
    bad = {"titles": {"fr": "Signalement"}, "field": []}
    r = client.post(
        "/admin/forms",
        data={
            "csrf_token": csrf_from(page.text),
            "key": "sahel",
            "title": "Incident report",
            "fields": json.dumps(bad),
        },
    )
    assert r.status_code == 422 and "fields: unknown key(s) field" in r.text
    with sqlite_store.uow() as uow:
        (form,) = uow.session.scalars(select(ReportForm)).all()
        assert form.titles == {"fr": "Signalement"}
        assert form.fields[1]["choice_labels"]["fr"] == ["milice", "armée", "inconnu"]


def test_the_demo_form_reads_in_each_language_of_the_pages(client, sqlite_store):
    from tocsin.demo.scenario import FORM, FORM_KEY, load_demo
    from tocsin.web.languages import LANGUAGES

    load_demo(sqlite_store)
    for language in LANGUAGES:
        page = client.get(f"/report?form={FORM_KEY}&lang={language}").text
        title = FORM["titles"].get(language, FORM["title"])
        assert _has(page, title), language
        for spec in FORM["fields"]:
            assert _has(page, spec["labels"].get(language, spec["label"])), (language, spec)
    page = client.get(f"/report?form={FORM_KEY}&lang=fr").text
    assert '<option value="militia">milice</option>' in page


SITE = {"name": "site", "label": "Where", "labels": {"fr": "Lieu", "ar": "المكان"}}


def _refused_numbers(client, store, language: str) -> str:
    form = {
        **FORM,
        "fields": [
            FORM["fields"][0],
            {**FORM["fields"][2], "labels": {"fr": "Morts", "ar": "القتلى"}},
            {**SITE, "kind": "location"},
        ],
    }
    _saved(client, store, form)
    page = client.get(f"/report?form=sahel&lang={language}")
    refused = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "form_key": "sahel",
            "village": "Djibo",
            "dead": "1,000",
            "site__lat": "95",
            "site__lon": "-1,6",
            **CORE,
        },
    )
    assert refused.status_code == 422
    return refused.text


def test_a_badly_written_number_or_point_is_told_in_french(client, sqlite_store):
    text = _refused_numbers(client, sqlite_store, "fr")
    french = translations("fr").gettext
    thousands = french(
        "write %(text)s without a thousands separator (%(whole)s), "
        "or with a decimal point (%(decimal)s)"
    ) % {"text": "1,000", "whole": "1000", "decimal": "1.000"}
    latitude = french("latitude must be between -%(limit)s and %(limit)s") % {"limit": "90"}
    assert thousands.startswith("écrivez") and latitude.startswith("la latitude")
    assert _has(text, f"Morts: {thousands}")
    assert _has(text, f"Lieu: {latitude}")
    assert "thousands separator" not in text and "must be between" not in text


def test_a_badly_written_point_is_told_in_arabic(client, sqlite_store):
    text = _refused_numbers(client, sqlite_store, "ar")
    arabic = translations("ar").gettext
    latitude = arabic("latitude must be between -%(limit)s and %(limit)s") % {"limit": "90"}
    assert _has(text, f"المكان: {latitude}")
    assert "must be between" not in text
