"""The analysts' and administrators' pages in their reader's language: the review queue, a
report's review page, imports and survey forms speak French or Arabic around the data, which
stay as written, and their refusals are told in that language too."""

from __future__ import annotations

import json
import re

import pytest
from markupsafe import escape

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.domain.wording import situation_name_in
from tocsin.web.languages import COOKIE, translations


def _in(language: str, message: str) -> str:
    return translations(language).gettext(message)


def _shows(page: str, told: str) -> bool:
    """A template's own words as they are, a message made in Python escaped as any value is."""
    return told in page or str(escape(told)) in page


def _reading(client, language: str) -> None:
    """The analyst picked ``language`` in a page footer: it is kept in their cookie."""
    client.cookies.set(COOKIE, language)


def _forms_page(client, sqlite_store, language: str):
    """The survey forms page, as an administrator reading ``language`` opens it."""
    make_principal(sqlite_store, Role.ADMIN, "admin@example.org")
    log_in(client, "admin@example.org")
    _reading(client, language)
    return client.get("/admin/forms")


def _translated(page: str, language: str, *messages: str) -> None:
    for message in messages:
        told = _in(language, message)
        assert told != message, f"{message!r} has no {language} translation"
        assert _shows(page, told), f"{told!r} ({message!r}) not on the page"


def _untouched_english(page: str, *messages: str) -> None:
    for message in messages:
        assert message not in page, f"{message!r} left in English"


def _analyst(client, store) -> None:
    make_principal(store, Role.ANALYST, "an@example.org")
    assert log_in(client, "an@example.org").status_code == 303


def _report(client, title: str = "Attaque du marché de Djibo") -> int:
    page = client.get("/report")
    sent = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            "title": title,
            "text": "Des hommes armés ont attaqué le marché de Djibo à l'aube.",
            "country": "BFA",
            "source": "Radio Djibo",
        },
        follow_redirects=False,
    )
    assert sent.status_code == 303
    return int(re.search(r'href="/review/(\d+)"', client.get("/review").text).group(1))


def _decided(client, store, reading: str, /, **decision: str):
    """An analyst reading the pages in ``reading`` posts a decision on a fresh report's
    review page."""
    _analyst(client, store)
    report_id = _report(client)
    _reading(client, reading)
    page = client.get(f"/review/{report_id}")
    return client.post(
        f"/review/{report_id}", data={"csrf_token": csrf_from(page.text), **decision}
    )


def test_the_review_queue_speaks_french_around_the_reports(client, sqlite_store):
    _analyst(client, sqlite_store)
    report_id = _report(client)
    _reading(client, "fr")
    page = client.get("/review")
    assert page.status_code == 200 and page.headers["content-language"] == "fr"
    _translated(
        page.text,
        "fr",
        "Review queue",
        "Country (code or name)",
        "Recently decided",
        "Automatic coding",
        "Learning from your decisions:",
        "web form",
    )
    _untouched_english(page.text, "Review queue", "Recently decided", "Nothing waiting")
    row = page.text.split(f'href="/review/{report_id}"')[1].split("</tr>")[0]
    assert "Attaque du marché de Djibo" in row  # the report's own words, as sent
    assert _in("fr", "received") in row
    assert _shows(
        page.text,
        _in("fr", "Waiting: %(first)s–%(last)s of %(total)s") % {"first": 1, "last": 1, "total": 1},
    )


def test_a_reports_review_page_speaks_french_and_tells_its_refusals_in_it(client, sqlite_store):
    _analyst(client, sqlite_store)
    report_id = _report(client)
    _reading(client, "fr")
    page = client.get(f"/review/{report_id}")
    assert page.status_code == 200
    _translated(
        page.text,
        "fr",
        "Framework of Analysis indicators",
        "Grading and coding",
        "Information credibility",
        "Verify",
        "Reject",
        "Comments",
        "Add a comment",
        "Assignment",
        "Back to the queue",
        "usually reliable",
        "probably true",
        "Violence against civilians",
        "same incident",
    )
    _untouched_english(
        page.text, "Grading and coding", "Add a comment", "No comments yet", "Back to the queue"
    )
    # The event types are picked by their names as the data keep them.
    assert '<option value="Violence against civilians">' in page.text
    token = csrf_from(page.text)

    no_reason = client.post(
        f"/review/{report_id}", data={"csrf_token": token, "decision": "reject", "note": " "}
    )
    assert no_reason.status_code == 422
    _translated(no_reason.text, "fr", "note: say why the report is rejected")

    too_soon = client.post(
        f"/review/{report_id}", data={"csrf_token": token, "decision": "publish"}
    )
    assert too_soon.status_code == 409
    told = _in("fr", "a report cannot go from {current} to {target}").format(
        current=_in("fr", "received"), target=_in("fr", "published")
    )
    assert _shows(too_soon.text, told), told

    unlinked = client.post(
        f"/review/{report_id}/work",
        data={"csrf_token": token, "action": "link", "kind": "corroborates", "reference": "R-NOPE"},
    )
    assert unlinked.status_code == 404
    assert _shows(unlinked.text, _in("fr", "no report {reference}").format(reference="R-NOPE"))

    commented = client.post(
        f"/review/{report_id}/work",
        data={
            "csrf_token": token,
            "choices": "posted",
            "action": "comment",
            "body": "Appelé la radio.",
        },
    )
    assert "Appelé la radio." in commented.text  # the analyst's words, as written
    _translated(commented.text, "fr", "Comment added.")


def test_the_review_page_in_arabic_reads_right_to_left(client, sqlite_store):
    _analyst(client, sqlite_store)
    report_id = _report(client)
    _reading(client, "ar")
    page = client.get(f"/review/{report_id}")
    assert '<html lang="ar" dir="rtl">' in page.text
    _translated(page.text, "ar", "Verify", "Reject", "Comments", "Grading and coding")
    _untouched_english(page.text, "Grading and coding", "Add a comment")
    refused = client.post(
        f"/review/{report_id}/work",
        data={"csrf_token": csrf_from(page.text), "action": "comment", "body": "   "},
    )
    assert refused.status_code == 422 and '<html lang="ar" dir="rtl">' in refused.text
    _translated(refused.text, "ar", "comment: empty")


def test_a_refused_public_version_names_the_reports_status_in_the_readers_language(
    client, sqlite_store
):
    refused = _decided(
        client,
        sqlite_store,
        "es",
        decision="public",
        public_title="Ataque",
        public_text="Un ataque en el mercado.",
    )
    assert refused.status_code == 409
    told = _in("es", "a {status} report has no public version: verify it first").format(
        status=_in("es", "received")
    )
    assert _shows(refused.text, told), told


def test_the_imports_page_speaks_french_and_tells_its_refusals_in_it(client, sqlite_store):
    _analyst(client, sqlite_store)
    _reading(client, "fr")
    page = client.get("/imports")
    assert page.status_code == 200
    _translated(
        page.text,
        "fr",
        "Import event data",
        "Dataset",
        "Recent imports",
        "Rows read",
        "Probable duplicates",
        "No imports yet.",
        "another table, with a column mapping",
    )
    _untouched_english(page.text, "Import event data", "Recent imports", "No imports yet")
    refused = client.post(
        "/imports",
        data={"csrf_token": csrf_from(page.text), "dataset": "csv"},
        files={"file": ("table.csv", b"a,b\n1,2\n", "text/csv")},
    )
    assert refused.status_code == 422
    _translated(
        refused.text, "fr", "mapping: a csv import takes a column mapping file, and only it"
    )


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_survey_forms_page_speaks_the_admins_language(client, sqlite_store, language):
    page = _forms_page(client, sqlite_store, language)
    assert page.status_code == 200
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in page.text
    _translated(page.text, language, "Survey forms", "Save a form", "Save form", "Form page")
    _untouched_english(page.text, "Save a form", "No forms yet")
    # The JSON keys an administrator types stay as the form definition reads them.
    assert "choice, multichoice" in page.text
    refused = client.post(
        "/admin/forms",
        data={
            "csrf_token": csrf_from(page.text),
            "key": "BAD KEY",
            "title": "Enquête",
            "fields": "[]",
        },
    )
    assert refused.status_code == 422
    _translated(refused.text, language, "form key: lower-case letters, digits and dashes")
    assert "Enquête" in refused.text  # what the administrator typed comes back as typed


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_refused_verification_names_its_fields_in_the_readers_language(
    client, sqlite_store, language
):
    refused = _decided(
        client,
        sqlite_store,
        language,
        decision="verify",
        reliability="G",
        credibility="9",
        fatalities="2000000",
        language="xx",
    )
    assert refused.status_code == 422
    one_of = _in(language, "must be one of {choices}")
    for told in (
        _in(language, "Source reliability") + ": " + one_of.format(choices="A, B, C, D, E, F"),
        _in(language, "Information credibility") + ": " + one_of.format(choices="1, 2, 3, 4, 5, 6"),
        _in(language, "Fatalities")
        + ": "
        + _in(language, "must be at most %(number)s") % {"number": 1000000},
        _in(language, "Language")
        + ": "
        + _in(language, "'{value}' is not an ISO 639-1 language code").format(value="xx"),
    ):
        assert _shows(refused.text, told), told
    _untouched_english(refused.text, "must be one of", "should match pattern", "less than")
    # What the analyst chose comes back as chosen.
    assert 'value="2000000"' in refused.text


def test_a_refused_event_type_is_named_as_the_page_names_the_types(client, sqlite_store):
    refused = _decided(client, sqlite_store, "fr", decision="verify", event_type="Raid")
    assert refused.status_code == 422
    assert _shows(refused.text, _in("fr", "Violence against civilians"))
    assert _shows(refused.text, _in("fr", "Event type") + ": ")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_refused_form_definition_is_told_in_the_admins_language(client, sqlite_store, language):
    page = _forms_page(client, sqlite_store, language)
    field = {"name": "who", "label": "Who?", "kind": "choice", "choices": ["army", "army "]}
    cases = [
        (
            [{**field, "required": "yes"}],
            "form field {name}: required: true or false, not {given}",
            {"name": "who", "given": '"yes"'},
        ),
        (
            [field],
            "form field {name}: choices: {choice!r} is listed twice (choices are compared with "
            "spaces trimmed and collapsed)",
            {"name": "who", "choice": "army"},
        ),
        (
            [{**field, "choices": ["army"], "labels": {"de": "Wer?"}}],
            "{where}: unknown language {language!r} (one of {languages})",
            {
                "where": "form field who: labels",
                "language": "de",
                "languages": "en, fr, es, pt, ar",
            },
        ),
    ]
    for fields, template, values in cases:
        refused = client.post(
            "/admin/forms",
            data={
                "csrf_token": csrf_from(page.text),
                "key": "enquete",
                "title": "Enquête",
                "fields": json.dumps(fields),
            },
        )
        assert refused.status_code == 422
        told = _in(language, template)
        assert told != template, template
        assert _shows(refused.text, told.format(**values)), told.format(**values)
        assert template.format(**values) not in refused.text


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_place_outside_the_reports_country_is_refused_in_the_readers_language(
    client, sqlite_store, language
):
    refused = _decided(client, sqlite_store, language, decision="verify", place="Dakar|14.7|-17.4")
    assert refused.status_code == 422
    template = (
        "{where}: the point ({latitude}, {longitude}) lies outside {country}'s borders; "
        "are latitude and longitude swapped?"
    )
    country = situation_name_in(language, "BFA", "Burkina Faso")  # named in the page's language
    values = {"where": "latitude", "latitude": 14.7, "longitude": -17.4, "country": country}
    told = _in(language, template)
    assert told != template and _shows(refused.text, told.format(**values))
    assert "lies outside" not in refused.text
