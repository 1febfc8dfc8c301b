"""Alerts by e-mail for anyone, against a real SMTP server on loopback: subscribe on the public
page, confirm from the mailbox (double opt-in), receive alerts that say why and carry an
unsubscribe link, and unsubscribe in one click from the mail program."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.alerting import link_in, raise_level, text_of
from tests.integration.web.conftest import csrf_from
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.alerts.tokens import links_for
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber
from tocsin.store.models import AuditEntry


def _ask(client, email: str, countries: list[str], level: str = "watch", **extra):
    page = client.get("/subscribe")
    data = {"csrf_token": csrf_from(page.text), "email": email, "countries": countries}
    return client.post(
        "/subscribe", data={**data, "min_level": level, **extra}, follow_redirects=False
    )


def _drain(sqlite_store, settings):
    return drain_outbox(sqlite_store, build_channels(settings), settings)


def _subscriber(sqlite_store, email: str):
    with sqlite_store.uow() as uow:
        subscriber = uow.subscribers.by_email(email)
        assert subscriber is not None
        return subscriber, sorted(subscriber.countries)


def test_subscribe_confirm_receive_and_unsubscribe_in_one_click(
    app, client, sqlite_store, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    form = client.get("/subscribe")
    assert form.status_code == 200
    assert 'name="countries" multiple' in form.text and ">Burkina Faso</option>" in form.text
    assert 'href="/subscribe"' in client.get("/").text

    asked = _ask(client, "Amina@Example.org", ["BFA", "Mali"], "serious_concern")

    assert (asked.status_code, asked.headers["location"]) == (303, "/subscribe/sent")
    assert "Check your inbox" in client.get("/subscribe/sent").text
    subscriber, countries = _subscriber(sqlite_store, "amina@example.org")
    assert not subscriber.active and subscriber.status == "unconfirmed"
    assert countries == ["BFA", "MLI"]

    raise_level(sqlite_store, analyst, "BFA", "serious_concern")  # not for the unconfirmed
    assert _drain(sqlite_store, settings).sent == 1
    (confirmation,) = inbox.wait_for(1)
    assert confirmation["To"] == "Amina@example.org" and "Confirm" in confirmation["Subject"]
    assert confirmation["List-Unsubscribe"] is None
    confirm_path = link_in(text_of(confirmation), "/subscribe/confirm/")

    # Opening the link (a person, or a scanner screening the mail) changes nothing.
    shown = client.get(confirm_path)
    assert shown.status_code == 200 and "Amina@example.org" in shown.text
    assert "Burkina Faso" in shown.text and "Mali" in shown.text and "serious concern" in shown.text
    assert _subscriber(sqlite_store, "amina@example.org")[0].status == "unconfirmed"
    assert client.post(confirm_path).status_code == 403  # the page's button carries a token

    confirmed = client.post(confirm_path, data={"csrf_token": csrf_from(shown.text)})

    assert confirmed.status_code == 200 and "Subscription confirmed" in confirmed.text
    subscriber, _ = _subscriber(sqlite_store, "amina@example.org")
    assert subscriber.active and subscriber.confirmed_at is not None

    raise_level(sqlite_store, analyst, "MLI", "imminent_risk")
    assert _drain(sqlite_store, settings).sent == 1
    alert = inbox.wait_for(2)[1]
    body = text_of(alert)
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = alert["List-Unsubscribe"]
    assert header.startswith("<http://127.0.0.1:8000/unsubscribe/") and header.endswith(">")
    unsubscribe_path = link_in(header, "/unsubscribe/")
    assert link_in(body, "/unsubscribe/") == unsubscribe_path
    assert "because you subscribed at http://127.0.0.1:8000/subscribe and confirmed" in " ".join(
        body.split()
    )

    # The mail provider's one-click unsubscribe: a POST with no cookie and no form token.
    with TestClient(app, base_url="http://127.0.0.1") as provider:
        done = provider.post(
            unsubscribe_path,
            content=b"List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
    assert done.status_code == 200 and "Unsubscribed" in done.text
    subscriber, _ = _subscriber(sqlite_store, "amina@example.org")
    assert subscriber.status == "unsubscribed"
    with sqlite_store.uow() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "Subscriber", AuditEntry.action == "update"
            )
        ).all()[-1]
    assert entry.actor == f"subscriber:{subscriber.id}" and entry.changes["active"] == [True, False]

    raise_level(sqlite_store, analyst, "MLI", "current_crisis")
    assert _drain(sqlite_store, settings).sent == 0
    again = client.post(unsubscribe_path)
    assert again.status_code == 200, "unsubscribing twice is harmless"


def test_the_unsubscribe_link_shows_a_button_before_it_acts(client, sqlite_store, settings):
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        subscriber = add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst)
    path = "/unsubscribe/" + links_for(settings).unsubscribe_token(subscriber)

    page = client.get(path)

    assert page.status_code == 200 and "<button" in page.text and "desk@example.org" in page.text
    assert _subscriber(sqlite_store, "desk@example.org")[0].active
    assert client.post(path).status_code == 200
    assert _subscriber(sqlite_store, "desk@example.org")[0].status == "unsubscribed"


def test_an_analyst_added_subscriber_is_told_so_in_every_alert(sqlite_store, settings, smtp):
    inbox, port = smtp
    settings.smtp_port = port
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst)
    raise_level(sqlite_store, analyst, "BFA", "serious_concern")

    assert _drain(sqlite_store, settings).sent == 1

    body = " ".join(text_of(inbox.wait_for(1)[0]).split())
    assert "an analyst of this Tocsin early-warning service added this address" in body
    # The footer says a lowering comes too: it reaches those the level left had reached.
    assert "Burkina Faso, at watch and above, and when a level that reached it is lowered" in body
    assert "because you subscribed" not in body
    assert "/unsubscribe/" in body


def test_links_that_were_altered_or_are_of_another_kind_do_nothing(client, sqlite_store, settings):
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        subscriber = add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst)
    links = links_for(settings)
    unsubscribe = links.unsubscribe_token(subscriber)
    confirm = links.confirm_token(subscriber, ["MLI"], "watch")

    for path in (
        f"/unsubscribe/{unsubscribe[:-2]}xx",
        f"/unsubscribe/{confirm}",
        f"/subscribe/confirm/{unsubscribe}",
        "/subscribe/confirm/not-a-token",
    ):
        assert client.get(path).status_code == 404, path
        assert client.post(path).status_code in (403, 404), path
    kept, countries = _subscriber(sqlite_store, "desk@example.org")
    assert kept.active and countries == ["BFA"]


def test_the_page_tells_no_stranger_who_is_subscribed_and_changes_nothing_unconfirmed(
    client, sqlite_store, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst, min_level="watch")

    known = _ask(client, "DESK@example.org", ["SDN"], "current_crisis")
    unknown = _ask(client, "new@example.org", ["SDN"], "current_crisis")

    assert (known.status_code, known.headers["location"]) == (
        unknown.status_code,
        unknown.headers["location"],
    )
    subscriber, countries = _subscriber(sqlite_store, "desk@example.org")
    assert (subscriber.active, subscriber.min_level, countries) == (True, "watch", ["BFA"])
    assert _drain(sqlite_store, settings).sent == 2
    to_desk = next(m for m in inbox.wait_for(2) if m["To"] == "desk@example.org")
    path = link_in(text_of(to_desk), "/subscribe/confirm/")
    client.post(path, data={"csrf_token": csrf_from(client.get(path).text)})
    subscriber, countries = _subscriber(sqlite_store, "desk@example.org")
    assert (subscriber.min_level, countries, subscriber.origin) == (
        "current_crisis",
        ["SDN"],
        "sign_up",
    )


def test_a_mailbox_gets_three_confirmation_mails_a_day_at_most(client, sqlite_store):
    for _ in range(5):
        assert _ask(client, "victim@example.org", ["BFA"]).status_code == 303
    with sqlite_store.uow() as uow:
        assert [d.kind for d in uow.alerts.deliveries()] == ["confirmation"] * 3


def test_requests_are_limited_per_client_address(client, settings):
    settings.public_subscriptions_per_hour = 2
    assert _ask(client, "a@example.org", ["BFA"]).status_code == 303
    assert _ask(client, "b@example.org", ["BFA"]).status_code == 303

    third = _ask(client, "c@example.org", ["BFA"])

    assert third.status_code == 429 and "too many subscription requests" in third.text
    assert 'value="c@example.org"' in third.text


def test_a_request_is_refused_field_by_field_and_without_a_form_token(client, sqlite_store):
    bad_email = _ask(client, "not an address", ["BFA"])
    no_country = _ask(client, "a@example.org", [])
    unknown = _ask(client, "a@example.org", ["Atlantis"])
    no_token = client.post("/subscribe", data={"email": "a@example.org", "countries": ["BFA"]})
    bot = _ask(client, "bot@example.org", ["BFA"], website="http://spam.example")

    assert bad_email.status_code == 422 and "email: " in bad_email.text
    assert no_country.status_code == 422 and "at least one country" in no_country.text
    assert unknown.status_code == 422 and "Atlantis" in unknown.text
    assert no_token.status_code == 403
    assert bot.status_code == 303
    with sqlite_store.uow() as uow:
        assert uow.subscribers.all() == []


def test_a_weekly_summary_asked_on_the_page_starts_only_once_confirmed(
    client, sqlite_store, settings, smtp
):
    inbox, port = smtp
    settings.smtp_port = port
    assert 'name="digest" value="weekly"' in client.get("/subscribe").text
    _ask(client, "amina@example.org", ["BFA"], digest="weekly")
    assert _subscriber(sqlite_store, "amina@example.org")[0].digest == "none"  # not yet

    assert _drain(sqlite_store, settings).sent == 1
    (confirmation,) = inbox.wait_for(1)
    body = text_of(confirmation)
    assert "And, each week, a summary of where these countries stand." in body
    confirm_path = link_in(body, "/subscribe/confirm/")
    shown = client.get(confirm_path)
    assert 'id="digest"' in shown.text
    client.post(confirm_path, data={"csrf_token": csrf_from(shown.text)})
    subscriber, _ = _subscriber(sqlite_store, "amina@example.org")
    assert subscriber.active and subscriber.digest == "weekly"


def test_a_confirmation_link_signed_before_summaries_still_confirms(client, sqlite_store, settings):
    """A link mailed by the release before carries no summary choice: it confirms alerts."""
    _ask(client, "amina@example.org", ["BFA"])
    subscriber, _ = _subscriber(sqlite_store, "amina@example.org")
    path = links_for(settings).confirm_url(subscriber, ["BFA"], "watch")
    path = path.removeprefix(settings.base_url.rstrip("/"))
    shown = client.get(path)
    assert shown.status_code == 200 and 'id="digest"' not in shown.text
    client.post(path, data={"csrf_token": csrf_from(shown.text)})
    subscriber, _ = _subscriber(sqlite_store, "amina@example.org")
    assert subscriber.active and subscriber.digest == "none"
