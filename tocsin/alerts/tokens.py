"""Signed links that let the owner of a mailbox confirm or end a subscription without an account.

The signature (itsdangerous, keyed with the deployment's secret key) is the credential, so a
link works from any browser and from a mail provider's one-click unsubscribe. Each kind of link
has its own salt: an unsubscribe link cannot be used as a confirmation, nor a session cookie as
either. A link names its subscriber and the start of their mailbox key, so it stops working if
the row is ever reused for another address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer, URLSafeTimedSerializer

from tocsin.bootstrap import secret_key
from tocsin.config import Settings
from tocsin.store.models.alerts import Subscriber

CONFIRM_SALT = "tocsin.subscription.confirm"
UNSUBSCRIBE_SALT = "tocsin.subscription.unsubscribe"
#: How long a confirmation link works after it was mailed.
CONFIRM_FOR = timedelta(days=7)
_KEY_PREFIX = 16


class InvalidLink(Exception):
    """A link that was altered, has expired, or was signed with another key."""


@dataclass(frozen=True)
class Confirmation:
    """What the owner of a mailbox is asked to confirm."""

    subscriber_id: int
    key: str
    countries: tuple[str, ...]
    min_level: str
    #: When the link was signed: a link older than the person's unsubscribing says nothing
    #: of what they want now.
    issued_at: datetime | None = None


@dataclass(frozen=True)
class Unsubscription:
    subscriber_id: int
    key: str


def _owner(subscriber: Subscriber) -> tuple[int, str]:
    return subscriber.id, subscriber.email_key[:_KEY_PREFIX]


def owns(subscriber: Subscriber, key: str) -> bool:
    return subscriber.email_key[:_KEY_PREFIX] == key


class SubscriptionLinks:
    def __init__(self, base_url: str, secret: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._confirm = URLSafeTimedSerializer(secret, salt=CONFIRM_SALT)
        self._unsubscribe = URLSafeSerializer(secret, salt=UNSUBSCRIBE_SALT)

    def confirm_token(self, subscriber: Subscriber, countries: list[str], min_level: str) -> str:
        return self._confirm.dumps([*_owner(subscriber), sorted(countries), min_level])

    def confirm_url(self, subscriber: Subscriber, countries: list[str], min_level: str) -> str:
        token = self.confirm_token(subscriber, countries, min_level)
        return f"{self.base_url}/subscribe/confirm/{token}"

    def unsubscribe_token(self, subscriber: Subscriber) -> str:
        return self._unsubscribe.dumps(list(_owner(subscriber)))

    def unsubscribe_url(self, subscriber: Subscriber) -> str:
        return f"{self.base_url}/unsubscribe/{self.unsubscribe_token(subscriber)}"

    def read_confirmation(self, token: str) -> Confirmation:
        try:
            (subscriber_id, key, countries, level), issued = self._confirm.loads(
                token, max_age=int(CONFIRM_FOR.total_seconds()), return_timestamp=True
            )
            return Confirmation(
                int(subscriber_id), str(key), tuple(countries), str(level), issued_at=issued
            )
        except (BadSignature, TypeError, ValueError) as exc:
            raise InvalidLink(str(exc)) from None

    def read_unsubscription(self, token: str) -> Unsubscription:
        try:
            subscriber_id, key = self._unsubscribe.loads(token)
            return Unsubscription(int(subscriber_id), str(key))
        except (BadSignature, TypeError, ValueError) as exc:
            raise InvalidLink(str(exc)) from None


def links_for(settings: Settings) -> SubscriptionLinks:
    """The links of this deployment: its address, and the key that signs its session cookies
    (the web app and the worker read the same one)."""
    return SubscriptionLinks(settings.base_url, secret_key(settings))
