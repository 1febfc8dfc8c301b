"""Signed links that let the owner of a mailbox confirm or end a subscription without an account.

The signature (itsdangerous, keyed with the deployment's secret key) is the credential, so a
link works from any browser and from a mail provider's one-click unsubscribe. Each kind of link
has its own salt: an unsubscribe link cannot be used as a confirmation, nor a session cookie as
either. A link names its subscriber and a mark of their mailbox, so it stops working if the row
is ever reused for another address. The mark is a keyed HMAC (the same secret key) of the
mailbox key: the signed payload is readable by anyone the mail is forwarded to, and a bare
digest of the address could be tested against guessed addresses. Links mailed before the marks
carry the start of the bare mailbox key; they are accepted for as long as they work (a
confirmation for seven days, an unsubscribe link for good), so no one is left unable to leave.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer, URLSafeTimedSerializer

from tocsin.bootstrap import secret_key
from tocsin.config import Settings
from tocsin.domain.digests import parse_digest
from tocsin.domain.errors import InvalidInput
from tocsin.store.models.alerts import Subscriber

CONFIRM_SALT = "tocsin.subscription.confirm"
UNSUBSCRIBE_SALT = "tocsin.subscription.unsubscribe"
#: How long a confirmation link works after it was mailed.
CONFIRM_FOR = timedelta(days=7)
_KEY_PREFIX = 16
_MARK_SALT = b"tocsin.subscription.mailbox:"


class InvalidLink(Exception):
    """A link that was altered, has expired, or was signed with another key."""


@dataclass(frozen=True)
class Confirmation:
    """What the owner of a mailbox is asked to confirm."""

    subscriber_id: int
    key: str
    countries: tuple[str, ...]
    min_level: str
    #: "weekly" when a weekly summary was asked for too (links signed before it carry none).
    digest: str = "none"
    #: When the link was signed: a link older than the person's unsubscribing says nothing
    #: of what they want now.
    issued_at: datetime | None = None
    #: The key the link was signed with, which also keys its mark of the mailbox.
    secret: str = field(default="", repr=False, compare=False, kw_only=True)


@dataclass(frozen=True)
class Unsubscription:
    subscriber_id: int
    key: str
    secret: str = field(default="", repr=False, compare=False, kw_only=True)


def mailbox_mark(secret: str, email_key: str) -> str:
    """What a link carries of a mailbox: without the secret key, no guess can be checked."""
    digest = hmac.new(secret.encode("utf-8"), _MARK_SALT + email_key.encode(), hashlib.sha256)
    return digest.hexdigest()[:_KEY_PREFIX]


def _legacy_mark(email_key: str) -> str:
    """The start of the bare mailbox key, which links mailed before the marks carry."""
    return email_key[:_KEY_PREFIX]


def owns(subscriber: Subscriber, link: Confirmation | Unsubscription) -> bool:
    """Whether the link names this subscriber's mailbox, by its mark or in the older form."""
    marks = [_legacy_mark(subscriber.email_key)]
    if link.secret:
        marks.append(mailbox_mark(link.secret, subscriber.email_key))
    return any(hmac.compare_digest(link.key.encode(), mark.encode()) for mark in marks)


class SubscriptionLinks:
    def __init__(self, base_url: str, secret: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._secret = secret
        self._confirm = URLSafeTimedSerializer(secret, salt=CONFIRM_SALT)
        self._unsubscribe = URLSafeSerializer(secret, salt=UNSUBSCRIBE_SALT)

    def _owner(self, subscriber: Subscriber) -> tuple[int, str]:
        return subscriber.id, mailbox_mark(self._secret, subscriber.email_key)

    def confirm_token(
        self, subscriber: Subscriber, countries: list[str], min_level: str, digest: str = "none"
    ) -> str:
        asked = [*self._owner(subscriber), sorted(countries), min_level]
        return self._confirm.dumps(asked if digest == "none" else [*asked, digest])

    def confirm_url(
        self, subscriber: Subscriber, countries: list[str], min_level: str, digest: str = "none"
    ) -> str:
        token = self.confirm_token(subscriber, countries, min_level, digest)
        return f"{self.base_url}/subscribe/confirm/{token}"

    def unsubscribe_token(self, subscriber: Subscriber) -> str:
        return self._unsubscribe.dumps(list(self._owner(subscriber)))

    def unsubscribe_url(self, subscriber: Subscriber) -> str:
        return f"{self.base_url}/unsubscribe/{self.unsubscribe_token(subscriber)}"

    def read_confirmation(self, token: str) -> Confirmation:
        try:
            asked, issued = self._confirm.loads(
                token, max_age=int(CONFIRM_FOR.total_seconds()), return_timestamp=True
            )
            subscriber_id, key, countries, level, *digest = asked
            return Confirmation(
                int(subscriber_id),
                str(key),
                tuple(countries),
                str(level),
                digest=parse_digest(str(digest[0])) if digest else "none",
                issued_at=issued,
                secret=self._secret,
            )
        except (BadSignature, TypeError, ValueError, InvalidInput) as exc:
            raise InvalidLink(str(exc)) from None

    def read_unsubscription(self, token: str) -> Unsubscription:
        try:
            subscriber_id, key = self._unsubscribe.loads(token)
            return Unsubscription(int(subscriber_id), str(key), secret=self._secret)
        except (BadSignature, TypeError, ValueError) as exc:
            raise InvalidLink(str(exc)) from None


def links_for(settings: Settings) -> SubscriptionLinks:
    """The links of this deployment: its address, and the key that signs its session cookies
    (the web app and the worker read the same one)."""
    return SubscriptionLinks(settings.base_url, secret_key(settings))
