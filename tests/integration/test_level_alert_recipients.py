"""Who an alert of a level change goes to: a raising reaches those whose minimum it meets; a
lowering also reaches those whose minimum the level left had met, so nobody keeps an alert the
service has withdrawn."""

from __future__ import annotations

from sqlalchemy import select

from tests.integration.alerting import raise_level
from tocsin.accounts.service import Principal
from tocsin.network.subscribers import add_subscriber
from tocsin.store.models import Delivery
from tocsin.store.uow import Store


def _recipients(store: Store, alert_id: int) -> set[str]:
    with store.uow() as uow:
        deliveries = uow.session.scalars(select(Delivery).where(Delivery.alert_id == alert_id))
        return {delivery.subscriber.email for delivery in deliveries}


def test_a_lowering_reaches_everyone_the_level_left_had_reached(store, analyst: Principal):
    with store.uow(analyst.actor) as uow:
        for email, minimum in [
            ("b4@example.org", "serious_concern"),
            ("i4@example.org", "imminent_risk"),
            ("c4@example.org", "current_crisis"),
        ]:
            add_subscriber(uow, "Desk", email, ["BFA"], analyst, min_level=minimum)

    raised = raise_level(store, analyst, "BFA", "imminent_risk")
    assert _recipients(store, raised) == {"b4@example.org", "i4@example.org"}

    lowered = raise_level(store, analyst, "BFA", "serious_concern")
    assert _recipients(store, lowered) == {"b4@example.org", "i4@example.org"}

    lowered_again = raise_level(store, analyst, "BFA", "watch")
    assert _recipients(store, lowered_again) == {"b4@example.org"}


def test_a_raising_reaches_only_those_whose_minimum_it_meets(store, analyst: Principal):
    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "low@example.org", ["BFA"], analyst, min_level="watch")
        add_subscriber(uow, "Desk", "high@example.org", ["BFA"], analyst, min_level="imminent_risk")

    raised = raise_level(store, analyst, "BFA", "serious_concern")
    assert _recipients(store, raised) == {"low@example.org"}


def test_a_country_put_under_watch_is_told_to_its_watch_subscribers(store, analyst: Principal):
    from tocsin.risk.situations import open_situation
    from tocsin.store.models import Alert

    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk", "watch@example.org", ["NER"], analyst, min_level="watch")
        add_subscriber(uow, "Desk", "high@example.org", ["NER"], analyst, min_level="imminent_risk")
    with store.uow(analyst.actor) as uow:
        open_situation(uow, "NER", analyst)

    with store.uow() as uow:
        alerts = uow.session.scalars(select(Alert).where(Alert.country_iso3 == "NER")).all()
        assert [a.title for a in alerts] == ["Niger: placed under watch (watch)"]
        assert alerts[0].body.startswith("Niger is now under watch")
        opened = alerts[0].id
    assert _recipients(store, opened) == {"watch@example.org"}
