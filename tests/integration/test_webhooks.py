"""Alerts posted to a partner's webhook, through the outbox, to a real HTTP server on
loopback, on SQLite and PostgreSQL: signed so that the receiver can check them, in the
subscriber's language, retried on a 5xx with the same delivery id, failed at once on a 404
or a redirect, and never posted to a private address unless the deployment allows it."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.network.subscribers import add_subscriber, update_subscriber
from tocsin.risk.situations import ensure_situation, set_level
from tocsin.store.models import Delivery


class Receiver:
    """What a partner's endpoint got, and what it answers next (200 once the list is used)."""

    def __init__(self) -> None:
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.answers: list[int] = []


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, int]]:
    got = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802  (the standard library's name)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            got.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
            status = got.answers.pop(0) if got.answers else 200
            self.send_response(status)
            if status == 302:
                self.send_header("Location", "http://169.254.169.254/latest/meta-data")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield got, server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _partner(store, analyst, port: int, language: str = "fr") -> str:
    """A partner's system for Burkina Faso; its signing key."""
    with store.uow(analyst.actor) as uow:
        partner = add_subscriber(
            uow,
            "Partner case tracker",
            "tech@partner.example.org",
            ["BFA"],
            analyst,
            language=language,
            webhook_url=f"http://127.0.0.1:{port}/tocsin",
        )
        assert partner.webhook_secret and len(partner.webhook_secret) == 64
        return partner.webhook_secret


def _raise_level(store, analyst) -> None:
    with store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, "BFA")
        uow.commit()
        set_level(uow, situation.id, "imminent_risk", "attacks on villages in the Sahel", analyst)


def _deliveries(store) -> list[Delivery]:
    with store.uow() as uow:
        return list(uow.session.scalars(select(Delivery).where(Delivery.channel == "webhook")))


def test_an_alert_is_posted_signed_in_the_partners_language(store, analyst, settings, receiver):
    got, port = receiver
    settings.webhook_allow_private = True  # the partner's relay is on this machine
    secret = _partner(store, analyst, port)
    _raise_level(store, analyst)

    assert drain_outbox(store, build_channels(settings), settings).sent == 1
    ((headers, body),) = got.posts
    expected = hmac.new(
        secret.encode(), headers["x-tocsin-timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert headers["x-tocsin-signature"] == f"sha256={expected}"
    assert headers["content-type"].startswith("application/json")
    document = json.loads(body)
    (delivery,) = _deliveries(store)
    assert headers["x-tocsin-delivery"] == document["delivery"] == delivery.message_id
    assert (document["country"], document["level"], document["from_level"]) == (
        "BFA",
        "imminent_risk",
        "watch",
    )
    assert document["language"] == "fr"
    assert document["title"] == "Burkina Faso : niveau relevé à risque imminent"
    assert "attacks on villages in the Sahel" in document["text"]  # the analyst's words
    assert document["url"].endswith(f"/situations/{document['situation_id']}")
    assert delivery.status == "sent"


def test_a_server_error_is_retried_with_the_same_delivery_id(store, analyst, settings, receiver):
    got, port = receiver
    settings.webhook_allow_private = True
    _partner(store, analyst, port)
    _raise_level(store, analyst)
    got.answers = [503]

    channels = build_channels(settings)
    assert drain_outbox(store, channels, settings).retried == 1
    (waiting,) = _deliveries(store)
    assert waiting.status == "pending" and "503" in (waiting.last_error or "")
    assert drain_outbox(store, channels, settings).sent == 1
    first, second = got.posts
    assert first[0]["x-tocsin-delivery"] == second[0]["x-tocsin-delivery"]


@pytest.mark.parametrize(("status", "why"), [(404, "404"), (302, "redirect, not followed")])
def test_a_refusal_or_a_redirect_fails_at_once(store, analyst, settings, receiver, status, why):
    got, port = receiver
    settings.webhook_allow_private = True
    _partner(store, analyst, port)
    _raise_level(store, analyst)
    got.answers = [status]

    assert drain_outbox(store, build_channels(settings), settings).failed == 1
    (failed,) = _deliveries(store)
    assert failed.status == "failed" and why in (failed.last_error or "")
    assert len(got.posts) == 1  # the redirect was not followed


def test_a_private_address_is_refused_unless_allowed(store, analyst, settings, receiver):
    got, port = receiver
    _partner(store, analyst, port)
    _raise_level(store, analyst)

    assert drain_outbox(store, build_channels(settings), settings).failed == 1
    (refused,) = _deliveries(store)
    assert "inside a private network" in (refused.last_error or "")
    assert "TOCSIN_WEBHOOK_ALLOW_PRIVATE" in (refused.last_error or "")
    assert got.posts == []


def test_a_post_waiting_for_a_webhook_since_removed_is_cancelled(
    store, analyst, settings, receiver
):
    got, port = receiver
    settings.webhook_allow_private = True
    _partner(store, analyst, port)
    _raise_level(store, analyst)
    with store.uow(analyst.actor) as uow:
        (partner,) = uow.subscribers.all()
        update_subscriber(uow, partner.id, analyst, webhook_url="")

    assert drain_outbox(store, build_channels(settings), settings).cancelled == 1
    (cancelled,) = _deliveries(store)
    assert cancelled.status == "cancelled" and "webhook was removed" in (cancelled.last_error or "")
    assert got.posts == []
