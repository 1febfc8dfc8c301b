"""A subscriber's address cannot be checked against what leaves in their links or the audit log:
the links carry a keyed mark of the mailbox, not a bare SHA-256 of the address, and the log
keeps neither. Links mailed in the older form still work."""

from __future__ import annotations

import base64
import hashlib
import json

from itsdangerous import URLSafeSerializer, URLSafeTimedSerializer
from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from
from tocsin.alerts.subscriptions import request_subscription
from tocsin.alerts.tokens import CONFIRM_SALT, UNSUBSCRIBE_SALT, links_for
from tocsin.domain.roles import Role
from tocsin.network.subscribers import add_subscriber
from tocsin.store.models import AuditEntry

ADDRESS = "desk@partners.example.org"
DIGEST = hashlib.sha256(ADDRESS.encode()).hexdigest()


def _payload(token: str) -> list:
    """What anyone holding a link can read of it: the part before the signature."""
    head = token.split(".", 1)[0]
    return json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))


def _desk(store):
    analyst = make_principal(store, Role.ANALYST, "ana@example.org")
    with store.uow(analyst.actor) as uow:
        return add_subscriber(uow, "Desk", ADDRESS, ["BFA"], analyst)


def _status(store) -> str:
    with store.uow() as uow:
        return uow.subscribers.by_email(ADDRESS).status


def test_a_link_carries_no_digest_of_the_address(sqlite_store, settings):
    desk = _desk(sqlite_store)
    links = links_for(settings)

    for token in (
        links.unsubscribe_token(desk),
        links.confirm_token(desk, ["BFA"], "watch"),
    ):
        subscriber_id, key = _payload(token)[:2]
        assert subscriber_id == desk.id and len(key) == 16
        assert key not in DIGEST, "the bare digest of the address"


def test_a_link_mailed_in_the_older_form_still_unsubscribes(client, sqlite_store, settings):
    desk = _desk(sqlite_store)
    old = URLSafeSerializer(settings.secret_key, salt=UNSUBSCRIBE_SALT).dumps(
        [desk.id, DIGEST[:16]]
    )
    assert _payload(old) == [desk.id, DIGEST[:16]]

    assert "<button" in client.get(f"/unsubscribe/{old}").text
    done = client.post(f"/unsubscribe/{old}")

    assert done.status_code == 200 and "Unsubscribed" in done.text
    assert _status(sqlite_store) == "unsubscribed"


def test_a_confirmation_mailed_in_the_older_form_still_confirms(client, sqlite_store, settings):
    with sqlite_store.uow() as uow:
        request_subscription(uow, ADDRESS, ["BFA"], "watch")
        subscriber_id = uow.subscribers.by_email(ADDRESS).id
    old = URLSafeTimedSerializer(settings.secret_key, salt=CONFIRM_SALT).dumps(
        [subscriber_id, DIGEST[:16], ["BFA"], "watch"]
    )

    shown = client.get(f"/subscribe/confirm/{old}")
    confirmed = client.post(f"/subscribe/confirm/{old}", data={"csrf_token": csrf_from(shown.text)})

    assert confirmed.status_code == 200 and "Subscription confirmed" in confirmed.text
    assert _status(sqlite_store) == "active"


def test_a_mark_for_another_mailbox_does_not_work(client, sqlite_store, settings):
    desk = _desk(sqlite_store)
    other = hashlib.sha256(b"someone.else@example.org").hexdigest()[:16]
    forged = URLSafeSerializer(settings.secret_key, salt=UNSUBSCRIBE_SALT).dumps([desk.id, other])

    assert client.post(f"/unsubscribe/{forged}").status_code != 200
    assert _status(sqlite_store) == "active"


def test_the_audit_log_of_a_new_subscriber_holds_no_digest_of_the_address(client, sqlite_store):
    page = client.get("/subscribe")
    asked = client.post(
        "/subscribe",
        data={"csrf_token": csrf_from(page.text), "email": ADDRESS, "countries": ["BFA"]},
        follow_redirects=False,
    )
    assert asked.status_code == 303
    with sqlite_store.uow() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "Subscriber")
        ).all()

    (created,) = [e for e in entries if e.action == "insert"]
    assert created.changes["email"] == created.changes["email_key"] == "[restricted]"
    for entry in entries:
        assert DIGEST[:16] not in json.dumps(entry.changes)
