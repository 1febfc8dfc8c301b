"""A level change's reasons in the reader's language: on the situation page and the watchlist,
in a French subscriber's alert through a real SMTP server, and in the Atom feed asked for in
French; the API, the stored alert and the default feed keep the English."""

from __future__ import annotations

from datetime import timedelta
from xml.etree import ElementTree as ET

from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.alerting import text_of
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.domain.roles import Role
from tocsin.risk.escalation.target import plain_months
from tocsin.risk.situations import (
    end_override,
    reassess_countries,
    reassess_situation,
    set_level,
)
from tocsin.store.base import utcnow
from tocsin.store.models import Alert, Forecast, Indicator, Signal
from tocsin.web.languages import speaking
from tocsin.web.templating import templates

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ENGLISH = (
    "escalation forecast: 72% probability that violence against civilians rises sharply in "
    "the next three months in Sahel, model tocsin-dynamic"
)
FRENCH = (
    "prévision d'escalade : probabilité de 72% que la violence contre les civils augmente "
    "fortement dans un délai de trois mois (Sahel), modèle tocsin-dynamic"
)


def _escalation_raises(store, country: str = "BFA", admin1: str | None = "Sahel") -> int:
    """An escalation forecast for a region (Burkina Faso's Sahel by default) or a whole
    country raises that country's level (the fusion rule); returns the situation's id."""
    today = utcnow().date()
    with store.uow() as uow:
        uow.add(
            Forecast(
                kind="dynamic",
                country_iso3=country,
                admin1=admin1,
                probability=0.72,
                period_start=today.replace(day=1),
                period_end=today + timedelta(days=90),
                model="tocsin-dynamic",
                issued_at=utcnow(),
            )
        )
        uow.commit()
        assert reassess_countries(uow, [country]) == 1
        return uow.situations.for_country(country).id


def _words(html: str) -> str:
    return " ".join(html.replace("&#39;", "'").split())


def test_the_situation_page_and_the_watchlist_tell_the_rule_s_reasons_in_french(
    client, sqlite_store
):
    situation_id = _escalation_raises(sqlite_store)

    french = _words(client.get(f"/situations/{situation_id}?lang=fr").text)
    assert FRENCH in french and ENGLISH not in french
    assert "aucun signal vérifié au cours des 90 derniers jours" in french
    assert "placé sous surveillance" in french  # the opening, in the level history
    assert "Alertes pour Burkina Faso" in french  # the country's feed, in the page head
    assert "/alerts.atom?country=BFA&amp;lang=fr" in french
    watchlist = _words(client.get("/?lang=fr").text)
    assert FRENCH in watchlist and 'href="/alerts.atom?lang=fr"' in watchlist
    assert "Burkina Faso : niveau relevé à risque imminent" in watchlist  # the latest alerts

    english = _words(client.get(f"/situations/{situation_id}?lang=en").text)
    assert ENGLISH in english and 'href="/alerts.atom?country=BFA"' in english
    api = client.get(f"/api/v1/situations/{situation_id}", headers={"Accept-Language": "fr"})
    assert api.json()["reasons"] == [ENGLISH, "no verified signals in the last 90 days"]


def test_a_french_subscriber_s_alert_gives_the_reasons_in_french(
    client, sqlite_store, settings, smtp, analyst_token
):
    inbox, port = smtp
    settings.smtp_port = port
    for email, language in (("awa@example.org", "fr"), ("ben@example.org", "en")):
        added = client.post(
            "/api/v1/subscribers",
            headers={"Authorization": f"Bearer {analyst_token}"},
            json={"email": email, "countries": ["BFA"], "language": language},
        )
        assert added.status_code == 201, added.text

    _escalation_raises(sqlite_store)
    assert drain_outbox(sqlite_store, build_channels(settings), settings).sent == 2
    mails = {m["To"]: " ".join(text_of(m).split()) for m in inbox.wait_for(2)}

    assert f"- {FRENCH}" in mails["awa@example.org"]
    assert ENGLISH not in mails["awa@example.org"]
    assert f"- {ENGLISH}" in mails["ben@example.org"]
    with sqlite_store.uow() as uow:
        (alert,) = uow.alerts.recent(limit=1)
        assert f"- {ENGLISH}" in alert.body  # the alert itself, as the API gives it


def _feed(client, query: str = ""):
    response = client.get(f"/alerts.atom{query}")
    assert response.status_code == 200, response.text
    return response, ET.fromstring(response.content)


def test_the_feed_in_french_tells_titles_and_reasons_an_analyst_s_words_as_written(
    client, sqlite_store
):
    with sqlite_store.uow() as uow:  # an alert from before alerts knew their level change
        uow.add(Alert(kind="level_change", country_iso3="MLI", title="Mali: old", body="Why: x"))
        uow.commit()
    situation_id = _escalation_raises(sqlite_store)
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    words = "convoys reach Djibo again; the militia has left the road"
    with sqlite_store.uow(analyst.actor) as uow:
        set_level(uow, situation_id, "serious_concern", "reports from Djibo disputed", analyst)
    with sqlite_store.uow(analyst.actor) as uow:
        end_override(uow, situation_id, words, analyst)

    response, feed = _feed(client, "?lang=fr")
    assert response.headers["content-language"] == "fr"
    assert feed.get(XML_LANG) == "fr" and feed.findtext(f"{ATOM}title") == "Alertes Tocsin"
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles[0] == "Burkina Faso : niveau relevé à risque imminent"
    handed_back = entries[0].findtext(f"{ATOM}content")
    assert f"- un analyste a laissé de nouveau les preuves déterminer le niveau : {words}" in (
        handed_back
    )
    assert f"- {FRENCH}" in handed_back
    assert "- reports from Djibo disputed" in entries[1].findtext(f"{ATOM}content")
    assert f"- {FRENCH}" in entries[2].findtext(f"{ATOM}content")
    assert (
        entries[0].find(f"{ATOM}link").get("href").endswith(f"/situations/{situation_id}?lang=fr")
    )
    old = entries[-1]
    assert old.findtext(f"{ATOM}title") == "Mali: old" and old.get(XML_LANG) == "en"

    response, english = _feed(client)
    assert response.headers["content-language"] == "en" and english.get(XML_LANG) == "en"
    assert english.findtext(f"{ATOM}title") == "Tocsin alerts"
    first = english.findall(f"{ATOM}entry")[0]
    assert first.findtext(f"{ATOM}title") == "Burkina Faso: level raised to imminent risk"
    assert f"the evidence: {words}" in first.findtext(f"{ATOM}content")
    assert english.findtext(f"{ATOM}id") != feed.findtext(f"{ATOM}id")
    same = [e.findtext(f"{ATOM}id") for e in english.findall(f"{ATOM}entry")]
    assert same == [e.findtext(f"{ATOM}id") for e in entries]  # one entry, told otherwise

    arabic = _feed(client, "?lang=ar&country=BFA")[1]
    assert arabic.get(XML_LANG) == "ar" and len(arabic.findall(f"{ATOM}entry")) == 3
    refused = client.get("/alerts.atom?lang=de")
    assert refused.status_code == 422 and "lang: one of en, fr, es, pt, ar" in refused.text


def test_a_forecast_s_horizon_is_told_in_the_page_s_language():
    told = templates.env.from_string("{{ months|told_reason }}")
    with speaking("fr"):
        assert [told.render(months=plain_months(n)) for n in (1, 6, 18)] == [
            "un mois",
            "six mois",
            "18 mois",
        ]
    assert told.render(months=plain_months(6)) == "six months"


def test_a_whole_country_forecast_names_the_country_in_the_readers_language(client, sqlite_store):
    """A forecast for the whole of Benin names Benin as the page's and the feed's reader
    name it, in the reason as in the title; the API and the stored alert keep the English."""
    situation_id = _escalation_raises(sqlite_store, "BEN", admin1=None)
    english = ENGLISH.replace("in Sahel", "in Benin")
    french = FRENCH.replace("(Sahel)", "(Bénin)")

    page = _words(client.get(f"/situations/{situation_id}?lang=fr").text)
    assert french in page and "Benin" not in page
    assert "<h1>Bénin</h1>" in page
    watchlist = _words(client.get("/?lang=fr").text)
    assert french in watchlist and "Bénin : niveau relevé à risque imminent" in watchlist
    assert "Benin" not in watchlist

    arabic = _feed(client, "?lang=ar&country=BEN")[1]
    (entry, *_) = arabic.findall(f"{ATOM}entry")
    assert "بنين" in entry.findtext(f"{ATOM}title")
    assert "بنين" in entry.findtext(f"{ATOM}content")
    assert "Benin" not in entry.findtext(f"{ATOM}content")

    assert english in _words(client.get(f"/situations/{situation_id}?lang=en").text)
    api = client.get(f"/api/v1/situations/{situation_id}", headers={"Accept-Language": "fr"})
    assert api.json()["name"] == "Benin" and english in api.json()["reasons"]
    with sqlite_store.uow() as uow:
        (alert,) = uow.alerts.recent(limit=1)
        assert alert.title == "Benin: level raised to imminent risk" and english in alert.body


def test_counted_reasons_take_the_form_of_their_count_in_each_language(client, sqlite_store):
    """Four verified signals raise Burkina Faso: "4 signaux vérifiés" in French, Arabic's
    form for 3 to 10, and the English plural in the API."""
    observed = utcnow().date() - timedelta(days=3)
    with sqlite_store.uow() as uow:
        for code in ("1.1", "2.1", "9.1", "10.1"):
            indicator = uow.session.scalars(select(Indicator).where(Indicator.code == code)).one()
            uow.add(
                Signal(
                    indicator_id=indicator.id,
                    country_iso3="BFA",
                    observed_on=observed,
                    confidence=0.9,
                    status="confirmed",
                    asserted_by="user:1",
                )
            )
        uow.commit()
        assert reassess_situation(uow, "BFA") is not None
        uow.commit()
        situation_id = uow.situations.for_country("BFA").id

    french = _words(client.get(f"/situations/{situation_id}?lang=fr").text)
    assert "4 signaux vérifiés au cours des 90 derniers jours" in french
    assert "signal(aux)" not in french
    assert "4 facteurs de risque (seuil 4), dont propres à un crime : 2" in french
    arabic = _feed(client, "?lang=ar&country=BFA")[1].findtext(f"{ATOM}entry/{ATOM}content")
    assert "4 إشارات تم التحقق منها خلال آخر 90 يومًا" in arabic
    api = client.get(f"/api/v1/situations/{situation_id}", headers={"Accept-Language": "fr"})
    assert api.json()["reasons"][0].startswith("4 verified signals in the last 90 days")
