"""An alert's text is mailed, published in the Atom feed and the alerts API, and kept: it says
"an analyst" or "Tocsin" for who changed the level, never the account ("user:3")."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from tests.conftest import make_principal
from tocsin.alerts.messages import compose
from tocsin.alerts.outbox import queue_level_alert
from tocsin.alerts.tokens import links_for
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber
from tocsin.risk.situations import ensure_situation
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery, LevelChange

ATOM = "{http://www.w3.org/2005/Atom}"
ACCOUNT = re.compile(r"user:\d")


def test_a_level_override_alert_names_no_account(client, sqlite_store, settings, analyst_token):
    desk = make_principal(sqlite_store, Role.ANALYST, "desk@example.org")
    with sqlite_store.uow(desk.actor) as uow:
        add_subscriber(uow, "Desk", "desk@partners.example.org", ["MLI"], desk)
        situation = ensure_situation(uow, "MLI")
        uow.commit()
        situation_id = situation.id

    r = client.post(
        f"/api/v1/situations/{situation_id}/level",
        json={"level": "imminent_risk", "reason": "Troop build-up seen by monitors"},
        headers={"Authorization": f"Bearer {analyst_token}"},
    )
    assert r.status_code == 200 and r.json()["override"] is True

    (alert,) = client.get("/api/v1/alerts").json()
    assert alert["body"].endswith("Changed by: an analyst (override)")
    assert "Troop build-up seen by monitors" in alert["body"]
    feed = ET.fromstring(client.get("/alerts.atom").content)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}content") == alert["body"]
    with sqlite_store.uow() as uow:
        (delivery,) = uow.session.query(Delivery).all()
        mailed = compose(delivery, settings, links_for(settings)).get_content()
    assert "Changed by: an analyst (override)" in mailed
    for text in (alert["body"], entry.findtext(f"{ATOM}content"), mailed):
        assert not ACCOUNT.search(text) and "analyst@example.org" not in text


def test_a_rule_or_process_is_named_tocsin(sqlite_store):
    with sqlite_store.uow(actor="rule:level-fusion") as uow:
        situation = ensure_situation(uow, "BFA")
        change = LevelChange(
            situation_id=situation.id,
            from_level="watch",
            to_level="serious_concern",
            reasons=["2 risk factors verified in 90 days"],
            changed_by=uow.actor,
            at=utcnow(),
        )
        uow.add(change)
        alert = queue_level_alert(uow, situation, change)
        uow.commit()
        assert alert.body.endswith("Changed by: Tocsin")
