"""One subscriber per mailbox, on SQLite and PostgreSQL: the service refuses a second one in
another letter case, and so does the store itself when two requests race."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from tocsin.alerts.subscriptions import request_subscription
from tocsin.domain.errors import Conflict
from tocsin.network.subscribers import add_subscriber
from tocsin.store.models import Subscriber


def test_a_mailbox_subscribed_in_another_case_is_already_a_subscriber(store, analyst):
    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "Desk@Example.org", ["BFA"], analyst)
    with store.uow(analyst.actor) as uow, pytest.raises(Conflict, match="already a subscriber"):
        add_subscriber(uow, "Desk", "dESK@example.ORG", ["MLI"], analyst)
    with store.uow() as uow:
        assert [s.email for s in uow.subscribers.all()] == ["Desk@example.org"]
        assert uow.subscribers.by_email("DESK@EXAMPLE.ORG") is not None


def test_the_store_refuses_a_second_row_for_one_mailbox(store):
    with store.uow() as uow:
        uow.add(Subscriber(name="a", email="desk@example.org"))
        uow.commit()
    with store.uow() as uow, pytest.raises(IntegrityError):
        uow.add(Subscriber(name="b", email="DESK@example.org"))
        uow.commit()


def test_signing_up_an_address_an_analyst_added_keeps_one_subscriber(store, analyst):
    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "desk@example.org", ["BFA"], analyst)
    with store.uow("public") as uow:
        request_subscription(uow, "Desk@Example.org", ["MLI"], "watch")
    with store.uow() as uow:
        (subscriber,) = uow.subscribers.all()
        assert subscriber.countries == ["BFA"] and subscriber.active
        assert [d.kind for d in uow.alerts.deliveries()] == ["confirmation"]


def test_sign_ups_never_confirmed_are_forgotten_once_their_link_expires(store):
    from datetime import timedelta

    from tocsin.alerts.subscriptions import forget_unconfirmed, request_subscription
    from tocsin.store.base import utcnow
    from tocsin.store.models import Delivery, Subscriber

    with store.uow() as uow:
        request_subscription(uow, "typed.by.someone@example.org", ["BFA"], "watch")
        request_subscription(uow, "desk@example.org", ["MLI"], "watch")
    with store.uow() as uow:
        assert forget_unconfirmed(uow) == 0  # links still good: kept
        typed = uow.subscribers.by_email("typed.by.someone@example.org")
        typed.created_at = utcnow() - timedelta(days=8)
        for mail in uow.session.query(Delivery).filter_by(subscriber_id=typed.id):
            mail.created_at = utcnow() - timedelta(days=8)  # its link was mailed then too
        uow.commit()
    with store.uow() as uow:
        assert forget_unconfirmed(uow) == 1
    with store.uow() as uow:
        emails = {s.email for s in uow.session.query(Subscriber)}
        assert emails == {"desk@example.org"}
        assert uow.session.query(Delivery).count() == 1  # only desk's confirmation is left
