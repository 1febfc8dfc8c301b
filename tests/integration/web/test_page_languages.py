"""The pages in a visitor's language: chosen on the page, kept in a cookie, or read from the
browser; refusals told in it too; the JSON API in English whatever the browser asks."""

from __future__ import annotations

import re

import pytest
from babel import Locale
from markupsafe import escape

from tests.integration.alerting import link_in, text_of
from tests.integration.web.conftest import csrf_from
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.web.languages import COOKIE, LANGUAGES, translations


def _in(language: str, message: str) -> str:
    """A message as the catalog of ``language`` gives it."""
    return translations(language).gettext(message)


def _shows(page: str, told: str) -> bool:
    """Whether a page shows a message: a template's own words as they are, a message made in
    Python escaped as any value is."""
    return told in page or str(escape(told)) in page


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_the_report_form_speaks_the_browsers_language(client, language):
    page = client.get("/report", headers={"Accept-Language": f"{language}-XX, en;q=0.5"})
    assert page.status_code == 200
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in page.text
    assert page.headers["content-language"] == language
    assert "Accept-Language" in page.headers["vary"]
    for words in ("What happened", "Send report", "Keep me anonymous", "Submit a report"):
        translated = _in(language, words)
        assert translated != words, f"{words!r} has no {language} translation"
        assert _shows(page.text, translated)
    assert "What happened" not in page.text


def test_countries_are_named_and_sorted_in_the_visitors_language(client):
    page = client.get("/report", headers={"Accept-Language": "fr"})
    names = re.findall(r'<option value="([A-Z]{3})"\s*>([^<]+)</option>', page.text)
    by_code = dict(names)
    french = Locale("fr").territories
    assert by_code["BEN"] == french["BJ"] and by_code["DEU"] == french["DE"]
    shown = [name for _, name in names]
    assert shown == sorted(shown, key=str.casefold)


def test_a_language_picked_on_a_page_is_kept_and_wins_over_the_browser(client):
    picked = client.get("/report?lang=es&form=", headers={"Accept-Language": "fr"})
    assert picked.headers["content-language"] == "es"
    assert f"{COOKIE}=es" in picked.headers["set-cookie"]
    later = client.get("/subscribe", headers={"Accept-Language": "fr"})
    assert later.headers["content-language"] == "es"
    assert _shows(later.text, _in("es", "Alerts by e-mail"))
    assert "set-cookie" not in later.headers or COOKIE not in later.headers["set-cookie"]


def test_an_unknown_language_falls_back_to_the_browsers_then_english(client):
    assert client.get("/report?lang=xx").headers["content-language"] == "en"
    weighted = client.get("/report", headers={"Accept-Language": "de, pt;q=0.8, fr;q=0.5"})
    assert weighted.headers["content-language"] == "pt"
    refused = client.get("/report", headers={"Accept-Language": "fr;q=0, de"})
    assert refused.headers["content-language"] == "en"


def test_the_language_links_keep_the_pages_parameters_and_never_echo_its_path(client):
    page = client.get("/report/thanks/CALL%20+1%20555%200100?form=x")
    links = re.findall(r'<a href="([^"]*)" lang="(\w\w)" hreflang', page.text)
    assert {code for _, code in links} == set(LANGUAGES) - {"en"}
    for href, code in links:
        assert href.startswith("?") and f"lang={code}" in href and "form=x" in href
    assert "555" not in page.text


def _send(client, path: str, language: str, **fields):
    """A form sent from its page as a browser reading ``language`` sends it."""
    headers = {"Accept-Language": language}
    page = client.get(path, headers=headers)
    data = {"csrf_token": csrf_from(page.text), **fields}
    return client.post(path, headers=headers, data=data, follow_redirects=False)


def _refused(client, **fields: str):
    text = "Des hommes armés ont attaqué le marché du village ce matin."
    sent = _send(client, "/report", "fr", text=text, country="BFA", **fields)
    assert sent.status_code == 422
    return sent.text


def test_a_refused_report_names_each_problem_in_the_readers_language(client):
    french = translations("fr").gettext
    page = _refused(client, title="ab")
    title = f"{french('Title')}: {french('at least %(number)s characters') % {'number': 3}}"
    assert french("Title") != "Title" and _shows(page, title)
    assert _shows(page, french("The report was not sent. Please correct:"))

    page = _refused(client, title="Attaque du marché", latitude="48.85", longitude="2.35")
    english = (
        "the point ({latitude}, {longitude}) lies outside {country}'s borders; "
        "are latitude and longitude swapped?"
    )
    assert french(english) != english
    told = french(english).format(latitude=48.85, longitude=2.35, country="Burkina Faso")
    assert _shows(page, f"{french('Coordinates (latitude)')}: {told}")

    # The country in it is named as the page names it.
    text = "Des hommes armés ont attaqué le marché du village ce matin."
    fields = {"title": "Attaque", "latitude": "48.85", "longitude": "2.35"}
    arabic = _send(client, "/report", "ar", text=text, country="BFA", **fields)
    assert arabic.status_code == 422 and "بوركينا فاسو" in arabic.text
    assert "Burkina Faso" not in arabic.text.split("<main", 1)[1]


def test_a_rate_limit_refusal_is_told_in_the_readers_language(app, client):
    app.state.public_limiter.limit = 1
    for attempt in range(2):
        sent = _send(
            client,
            "/report",
            "ar",
            title=f"Attack number {attempt}",
            text="Armed men attacked the village market this morning.",
            country="BFA",
        )
    assert sent.status_code == 429
    told = translations("ar").gettext("too many reports from this address; try again in {wait} s")
    before_the_wait = told.split("{wait}")[0]
    assert told != "too many reports from this address; try again in {wait} s"
    assert before_the_wait and _shows(sent.text, before_the_wait)


def test_the_json_api_speaks_english_whatever_the_browser(client):
    answer = client.post(
        "/api/v1/reports",
        headers={"Accept-Language": "fr"},
        json={"title": "ab", "text": "Armed men attacked the market.", "country": "BFA"},
    )
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("title: String should have at least 3")
    assert "content-language" not in answer.headers


def test_a_subscription_asked_in_french_is_confirmed_by_a_french_mail(
    client, sqlite_store, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    asked = _send(
        client,
        "/subscribe",
        "fr",
        email="awa@example.org",
        countries=["BEN", "CIV"],
        min_level="serious_concern",
    )
    assert asked.status_code == 303
    assert drain_outbox(sqlite_store, build_channels(settings), settings).sent == 1
    (mail,) = inbox.wait_for(1)
    french = translations("fr").gettext
    assert mail["Subject"] == french("[Tocsin] Confirm your subscription to alerts")
    body = " ".join(text_of(mail).split())
    territories = Locale("fr").territories
    assert f"{territories['BJ']}, {territories['CI']}" in body
    said = french(
        "Someone, we hope you, asked on Tocsin's public page to send alerts to this address "
        "when the situation in these countries reaches {level} or above:"
    )
    assert said.format(level=french("serious concern")) in body
    link = link_in(text_of(mail), "/subscribe/confirm/")
    assert link.endswith("?lang=fr")
    shown = client.get(link, headers={"Accept-Language": "en"})
    assert shown.headers["content-language"] == "fr"
    assert _shows(shown.text, french("Confirm your subscription"))


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/", ("Watchlist", "Situations under watch, most urgent first.", "Latest alerts")),
        ("/forecasts", ("Forecasts", "Onset risk (2 years)", "Escalation (3 months)")),
        ("/forecasts/escalation", ("Escalation risk", "Kinds of forecast", "Onset risk (2 years)")),
    ],
)
def test_the_public_pages_anyone_reads_are_translated_too(client, path, words):
    page = client.get(path, headers={"Accept-Language": "pt-BR"})
    assert page.status_code == 200 and page.headers["content-language"] == "pt"
    for english in words:
        assert _in("pt", english) != english and _shows(page.text, _in("pt", english))


def test_a_page_s_bad_address_is_refused_in_the_readers_language(client):
    """/forecasts?page=abc on a French page: the parameter named as in the address, the
    problem in French; the API keeps the validator's English."""
    from tocsin.web.languages import translations

    french = translations("fr").gettext
    page = client.get("/forecasts?page=abc&lang=fr", headers={"Accept": "text/html"})
    assert page.status_code == 422 and "text/html" in page.headers["content-type"]
    told = "page: " + french("must be a whole number such as 12")
    assert told in page.text and "valid integer" not in page.text
    arabic = client.get("/forecasts?page=0&lang=ar", headers={"Accept": "text/html"})
    assert (
        "page: " + translations("ar").gettext("must be at least %(number)s") % {"number": 1}
        in arabic.text
    )
    tool = client.get("/forecasts?page=abc&lang=fr", headers={"Accept": "application/json"})
    assert "query.page: Input should be a valid integer" in tool.json()["detail"]


def test_an_unknown_country_in_a_page_s_filter_is_refused_in_the_readers_language(client):
    from markupsafe import escape

    from tocsin.web.languages import translations

    page = client.get("/forecasts?country=Atlantis&lang=fr", headers={"Accept": "text/html"})
    assert page.status_code == 422
    told = translations("fr").gettext("country: unknown country {country!r}")
    assert told.startswith("pays")
    assert str(escape(told.format(country="Atlantis"))) in page.text
    tool = client.get("/forecasts?country=Atlantis", headers={"Accept": "application/json"})
    assert tool.json()["detail"] == "country: unknown country 'Atlantis'"
