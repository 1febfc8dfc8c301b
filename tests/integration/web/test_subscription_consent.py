"""Only the owner of a mailbox decides what it receives: a stranger typing the address on the
public page changes nothing, and a later decision (unsubscribing, an analyst's pause) is not
undone by an old link."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from
from tocsin.alerts.subscriptions import (
    confirm_subscription,
    forget_unconfirmed,
    request_subscription,
    unsubscribe,
)
from tocsin.alerts.tokens import links_for
from tocsin.domain.errors import Conflict
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber, update_subscriber
from tocsin.store.base import utcnow
from tocsin.store.models import AuditEntry, Delivery


def _ask(client, email: str, countries: list[str], level: str = "watch"):
    page = client.get("/subscribe")
    data = {"csrf_token": csrf_from(page.text), "email": email, "countries": countries}
    return client.post("/subscribe", data={**data, "min_level": level}, follow_redirects=False)


def _link(store, settings, email: str):
    """The link the confirmation mail carries (signed when the mail is sent)."""
    links = links_for(settings)
    with store.uow() as uow:
        subscriber = uow.subscribers.by_email(email)
        return links.read_confirmation(links.confirm_token(subscriber, ["BFA"], "watch"))


def test_a_stranger_cannot_rewrite_a_paused_subscriber(client, sqlite_store):
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    with sqlite_store.uow() as uow:
        desk = add_subscriber(
            uow, "Desk", "desk@example.org", ["XVD"], analyst, min_level="imminent_risk"
        )
        update_subscriber(uow, desk.id, analyst, active=False)
    assert _ask(client, "DESK@example.org", ["BFA", "MLI"]).status_code == 303
    with sqlite_store.uow() as uow:
        desk = uow.subscribers.by_email("desk@example.org")
        assert (desk.countries, desk.min_level, desk.active) == (["XVD"], "imminent_risk", False)


def test_an_old_link_does_not_undo_unsubscribing(sqlite_store, settings):
    with sqlite_store.uow() as uow:
        request_subscription(uow, "amina@example.org", ["BFA"], "watch")
    link = _link(sqlite_store, settings, "amina@example.org")
    with sqlite_store.uow() as uow:
        confirm_subscription(uow, link)
    with sqlite_store.uow() as uow:
        unsubscribe(
            uow, uow.subscribers.by_email("amina@example.org"), now=utcnow() + timedelta(seconds=2)
        )
    with sqlite_store.uow() as uow, pytest.raises(Conflict, match="older than your unsubscribing"):
        confirm_subscription(uow, link)


def test_a_new_link_lasts_its_seven_days_and_a_sign_up_leaves_no_address_in_the_log(
    sqlite_store, settings
):
    with sqlite_store.uow() as uow:
        request_subscription(uow, "late@example.org", ["BFA"], "watch")
    with sqlite_store.uow() as uow:  # first asked eight days ago, asked again just now
        subscriber = uow.subscribers.by_email("late@example.org")
        subscriber.created_at = utcnow() - timedelta(days=8)
        for delivery in uow.session.scalars(select(Delivery)):
            delivery.created_at = utcnow() - timedelta(days=8)
        uow.commit()
    with sqlite_store.uow() as uow:
        request_subscription(uow, "late@example.org", ["BFA"], "watch")
    with sqlite_store.uow() as uow:
        assert forget_unconfirmed(uow) == 0
        assert uow.subscribers.by_email("late@example.org") is not None
        logged = " ".join(str(e.changes) for e in uow.session.scalars(select(AuditEntry)))
    assert "late@example.org" not in logged


def test_an_analyst_adds_an_address_someone_signed_up_but_never_confirmed(client, sqlite_store):
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    _ask(client, "desk@example.org", ["BFA"])
    with sqlite_store.uow() as uow:
        desk = add_subscriber(uow, "Desk officer", "desk@example.org", ["MLI"], analyst)
        assert (desk.name, desk.countries, desk.active, desk.origin) == (
            "Desk officer",
            ["MLI"],
            True,
            "analyst",
        )
    with sqlite_store.uow() as uow, pytest.raises(Conflict, match="already a subscriber"):
        add_subscriber(uow, "Again", "desk@example.org", ["MLI"], analyst)
