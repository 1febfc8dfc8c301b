"""Weekly summaries, through the outbox and a real SMTP server on loopback, on SQLite and
PostgreSQL: each weekly subscriber is sent one a week, in their language, with each of their
countries' level, the week's changes, the latest forecast and a link, and an unsubscribe
link; nobody who did not ask for one, or whose alerts go to a webhook, gets one."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tests.integration.alerting import text_of
from tests.integration.test_staff_notices import subject_of
from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.alerts.digests import queue_digests
from tocsin.network.subscribers import add_subscriber, update_subscriber
from tocsin.risk.situations import ensure_situation, set_level
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery, Forecast, Subscriber
from tocsin.store.models.alerts import DeliveryKind


def _subscribers(store, analyst) -> None:
    with store.uow(analyst.actor) as uow:
        add_subscriber(
            uow, "Desk", "desk@example.org", ["BFA", "MLI"], analyst, language="fr", digest="weekly"
        )
        add_subscriber(uow, "Alerts only", "alerts@example.org", ["BFA"], analyst)
        add_subscriber(
            uow,
            "Partner",
            "tech@partner.example.org",
            ["BFA"],
            analyst,
            webhook_url="https://partner.example.org/hook",
            digest="weekly",
        )
        for s in uow.session.scalars(select(Subscriber)):  # subscribed a week and a day ago
            s.created_at = utcnow() - timedelta(days=8)
        uow.commit()


def _digests(store) -> list[Delivery]:
    with store.uow() as uow:
        found = uow.session.scalars(
            select(Delivery).where(Delivery.kind == DeliveryKind.DIGEST.value)
        ).all()
        for d in found:
            _ = d.subscriber
        return list(found)


def test_a_weekly_subscriber_is_sent_the_week_of_their_countries(store, analyst, settings, smtp):
    inbox, port = smtp
    settings.smtp_port = port
    _subscribers(store, analyst)
    with store.uow(analyst.actor) as uow:
        burkina = ensure_situation(uow, "BFA")
        uow.commit()
        set_level(uow, burkina.id, "imminent_risk", "attacks on villages in the Sahel", analyst)
        uow.add(
            Forecast(
                kind="structural",
                country_iso3="BFA",
                period_start=date(2026, 1, 1),
                period_end=date(2027, 12, 31),
                probability=0.054,
                rank=12,
                model="test",
            )
        )
        uow.commit()
        burkina_id = burkina.id

    now = utcnow()
    with store.uow() as uow:
        (queued,) = queue_digests(uow, now, settings.base_url)
    with store.uow() as uow:
        assert queue_digests(uow, now + timedelta(hours=1), settings.base_url) == []
    (digest,) = _digests(store)
    assert digest.subscriber.email == "desk@example.org"

    drain_outbox(store, build_channels(settings), settings)
    mails = [m for m in inbox.wait_for(1) if m["To"] == "desk@example.org"]
    (mail,) = [m for m in mails if "semaine" in subject_of(m)]
    body = text_of(mail)
    assert subject_of(mail).startswith("[Tocsin] La semaine dans 2 pays")
    assert "- Burkina Faso : risque imminent (depuis " in body
    assert ": de surveillance à risque imminent" in body  # the week's change
    assert "risque de déclenchement 5,4% sur 2026-2027" in body
    assert f"/situations/{burkina_id}?lang=fr" in body
    assert "- Mali : pas sous surveillance" in body
    assert "attacks on villages" not in body  # the reasons are on the page, not here
    assert mail["List-Unsubscribe"] and "/unsubscribe/" in body

    with store.uow() as uow:  # a week later, the next one
        assert len(queue_digests(uow, now + timedelta(days=7), settings.base_url)) == 1


def test_no_summary_once_a_subscriber_stops_them(store, analyst, settings):
    _subscribers(store, analyst)
    with store.uow(analyst.actor) as uow:
        desk = uow.subscribers.by_email("desk@example.org")
        update_subscriber(uow, desk.id, analyst, digest="none")
    with store.uow() as uow:
        assert queue_digests(uow, utcnow(), settings.base_url) == []
