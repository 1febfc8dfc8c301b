"""The rules of alert delivery, without I/O: how long to wait, when to give up, which SMTP
refusals are worth a retry, and what a signed subscription link proves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from itsdangerous import TimestampSigner

from tocsin.alerts.email import refusal
from tocsin.alerts.messages import mail_domain
from tocsin.alerts.retry import backoff, next_attempt
from tocsin.alerts.tokens import InvalidLink, SubscriptionLinks, owns
from tocsin.config import Settings
from tocsin.store.models import Delivery, Subscriber

QUEUED = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)


def _delivery(attempts: int) -> Delivery:
    return Delivery(attempts=attempts, queued_at=QUEUED)


def test_the_wait_doubles_up_to_an_hour():
    waits = [backoff(n, 30) for n in (1, 2, 3, 8, 9, 60)]
    assert waits[:3] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert waits[3:] == [timedelta(hours=1)] * 3


def test_retries_last_for_the_window_not_for_a_number_of_attempts():
    settings = Settings(secret_key="k")  # the defaults: 48 hours, 30 s doubling, 1 h at most
    overnight = QUEUED + timedelta(hours=10)
    assert next_attempt(_delivery(20), settings, overnight) == overnight + timedelta(hours=1)
    near_end = QUEUED + timedelta(hours=47, minutes=50)
    assert next_attempt(_delivery(60), settings, near_end) == QUEUED + timedelta(hours=48)
    assert next_attempt(_delivery(61), settings, QUEUED + timedelta(hours=48)) is None


def test_a_cap_on_attempts_holds_when_set():
    settings = Settings(secret_key="k", delivery_max_attempts=3)
    assert next_attempt(_delivery(2), settings, QUEUED) is not None
    assert next_attempt(_delivery(3), settings, QUEUED) is None


@pytest.mark.parametrize(
    ("replies", "retryable"),
    [
        ({"a@example.org": (450, b"4.2.0 Greylisted")}, True),
        ({"a@example.org": (451, b"4.3.0 Try later")}, True),
        ({"a@example.org": (452, b"4.2.2 Mailbox full")}, True),
        ({"a@example.org": (550, b"5.1.1 No such user")}, False),
        ({"a@example.org": (450, b"later"), "b@example.org": (553, b"bad")}, False),
    ],
)
def test_a_refusal_at_rcpt_is_retried_unless_permanent(replies, retryable):
    error = refusal(replies)
    assert error.retryable is retryable
    assert "a@example.org" in str(error)


def test_the_message_id_domain_is_the_deployments_host():
    assert mail_domain("https://alerts.example.org/tocsin") == "alerts.example.org"
    assert mail_domain("http://127.0.0.1:8000") == "127.0.0.1"
    assert mail_domain("http://[::1]:8000") == "[::1]"


def _subscriber(sid: int = 7, email: str = "desk@example.org") -> Subscriber:
    subscriber = Subscriber(name="Desk", email=email)
    subscriber.id = sid
    return subscriber


def test_a_link_proves_only_what_it_was_signed_for(monkeypatch):
    links = SubscriptionLinks("https://alerts.example.org", "secret")
    subscriber = _subscriber()
    confirm = links.confirm_token(subscriber, ["MLI", "BFA"], "imminent_risk")
    leave = links.unsubscribe_token(subscriber)

    read = links.read_confirmation(confirm)
    assert (read.subscriber_id, read.countries) == (7, ("BFA", "MLI"))
    assert read.min_level == "imminent_risk"
    assert links.read_unsubscription(leave).subscriber_id == 7
    assert links.unsubscribe_url(subscriber).startswith("https://alerts.example.org/unsubscribe/")
    for token, reader in (
        (leave, links.read_confirmation),
        (confirm, links.read_unsubscription),
        (leave[:-3] + "abc", links.read_unsubscription),
        (leave, SubscriptionLinks("https://alerts.example.org", "other").read_unsubscription),
    ):
        with pytest.raises(InvalidLink):
            reader(token)

    week_later = TimestampSigner.get_timestamp(TimestampSigner("x")) + 8 * 24 * 3600
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: week_later)
    with pytest.raises(InvalidLink):
        links.read_confirmation(confirm)
    assert links.read_unsubscription(leave).subscriber_id == 7, "unsubscribing never expires"


def test_a_link_names_its_mailbox_whatever_the_letter_case():
    links = SubscriptionLinks("https://alerts.example.org", "secret")
    token = links.unsubscribe_token(_subscriber(email="Desk@Example.org"))
    link = links.read_unsubscription(token)
    assert owns(_subscriber(email="desk@example.org"), link)
    assert not owns(_subscriber(email="someone.else@example.org"), link)
