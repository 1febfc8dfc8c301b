"""Alerts in the subscriber's language, against a real SMTP server on loopback: the language of
the page a subscriber confirmed on, or the one an analyst sets; the alert itself (feed, API)
stays as the service wrote it, and each reader's words are fixed when the alert is made."""

from __future__ import annotations

from email.header import decode_header, make_header

from babel import Locale

from tests.conftest import make_principal
from tests.integration.alerting import link_in, raise_level, text_of
from tests.integration.web.conftest import csrf_from
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.domain.roles import Role
from tocsin.domain.wording import translations

REASON = "an analyst's judgement of the situation"  # what `raise_level` writes


def _drain(store, settings) -> int:
    return drain_outbox(store, build_channels(settings), settings).sent


def _subject(mail) -> str:
    return str(make_header(decode_header(mail["Subject"])))


def _subscribe_in(client, language: str, email: str, country: str) -> None:
    page = client.get(f"/subscribe?lang={language}")
    client.post(
        "/subscribe",
        data={"csrf_token": csrf_from(page.text), "email": email, "countries": [country]},
    )


def test_a_subscriber_who_confirmed_in_french_reads_the_alerts_in_french(
    client, sqlite_store, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    _subscribe_in(client, "fr", "awa@example.org", "BEN")
    assert _drain(sqlite_store, settings) == 1
    confirm = link_in(text_of(inbox.wait_for(1)[0]), "/subscribe/confirm/")
    shown = client.get(confirm)
    client.post(confirm, data={"csrf_token": csrf_from(shown.text)})
    with sqlite_store.uow() as uow:
        assert uow.subscribers.by_email("awa@example.org").language == "fr"

    client.cookies.clear()  # an English reader, on the same country
    _subscribe_in(client, "en", "ben@example.org", "BEN")
    assert _drain(sqlite_store, settings) == 1
    confirm = link_in(text_of(inbox.wait_for(2)[1]), "/subscribe/confirm/")
    client.post(confirm, data={"csrf_token": csrf_from(client.get(confirm).text)})

    raise_level(sqlite_store, analyst, "BEN", "imminent_risk")
    sent = _drain(sqlite_store, settings)
    mails = {m["To"]: m for m in inbox.wait_for(4 + sent - 2)[-2:]}
    french, english = mails["awa@example.org"], mails["ben@example.org"]
    told = translations("fr").gettext
    benin = Locale("fr").territories["BJ"]

    # The country is named as a French reader names it; the English copy and the alert keep
    # the stored name.
    title = told("{name}: level raised to {level}").format(name=benin, level=told("imminent risk"))
    assert benin == "Bénin"
    assert _subject(french) == f"[Tocsin] {title}" and french["Content-Language"] == "fr"
    body = " ".join(text_of(french).split())
    headline = told("{name}: the situation level changed from {before} to {after}.").format(
        name=benin, before=told("watch"), after=told("imminent risk")
    )
    assert headline in body and "Benin" not in body
    assert told("Why:") in body and REASON in body  # the reasons stay as written
    assert told("Unsubscribe: {link}").split("{")[0].strip() in body
    assert f"{benin}, " in body and "?lang=fr" in body
    assert _subject(english) == "[Tocsin] Benin: level raised to imminent risk"
    assert "Why:" in text_of(english) and english["Content-Language"] is None

    with sqlite_store.uow() as uow:
        (alert,) = uow.alerts.recent(limit=1)
        assert alert.title == "Benin: level raised to imminent risk"


def test_an_analyst_sets_a_subscribers_language_and_it_is_checked(client, analyst_token):
    headers = {"Authorization": f"Bearer {analyst_token}"}
    added = client.post(
        "/api/v1/subscribers",
        headers=headers,
        json={"email": "ines@example.org", "countries": ["MOZ"], "language": "pt"},
    )
    assert added.status_code == 201 and added.json()["language"] == "pt"
    changed = client.patch(
        f"/api/v1/subscribers/{added.json()['id']}", headers=headers, json={"language": "ar"}
    )
    assert changed.status_code == 200 and changed.json()["language"] == "ar"
    refused = client.post(
        "/api/v1/subscribers",
        headers=headers,
        json={"email": "kim@example.org", "countries": ["MOZ"], "language": "de"},
    )
    assert refused.status_code == 422 and "language: must be one of en" in refused.text
    default = client.post(
        "/api/v1/subscribers",
        headers=headers,
        json={"email": "lee@example.org", "countries": ["MOZ"]},
    )
    assert default.json()["language"] == "en"
