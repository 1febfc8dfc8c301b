"""Alerts, Subscribers and the durable outbox of deliveries.

An Alert is written in the same transaction as the change it tells of; one Delivery row per
subscriber and channel is the outbox the worker drains. The outbox also carries the mail that
asks a new subscriber to confirm their address, and the notices mailed to staff about their
work (`tocsin.alerts.notices`): a delivery goes to a subscriber or to a person who logs in,
never both. A delivery is never deleted: it ends `sent`,
`failed` once its retry window has passed (with the error kept), or `cancelled` when its
subscriber unsubscribed before it could be sent.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from tocsin.store.base import NEVER_REUSED_IDS, Base, Timestamped, utcnow
from tocsin.store.models.geo import Country

if TYPE_CHECKING:
    from tocsin.store.models.accounts import User
    from tocsin.store.models.risk import LevelChange


class SubscriberOrigin(StrEnum):
    """How a person came to be subscribed, which the footer of every alert tells them."""

    ANALYST = "analyst"  # added by an analyst
    SIGN_UP = "sign_up"  # asked on the public page and confirmed from their mailbox


class SubscriberStatus(StrEnum):
    ACTIVE = "active"
    UNCONFIRMED = "unconfirmed"  # signed up, confirmation link not yet used
    UNSUBSCRIBED = "unsubscribed"  # by the person
    INACTIVE = "inactive"  # deactivated by an analyst


class DeliveryKind(StrEnum):
    ALERT = "alert"
    CONFIRMATION = "confirmation"  # asks a new subscriber to confirm their address
    NOTICE = "notice"  # tells an analyst of their work; to a user, not a subscriber
    DIGEST = "digest"  # a subscriber's weekly summary of their countries


def mailbox_key(email: str) -> str:
    """One key per mailbox, whatever the letter case of the address.

    A digest rather than the lower-cased address, but an unkeyed one, which anyone can check a
    guessed address against: so the audit log leaves it out as it does the address, and the
    links mailed to subscribers carry a keyed mark of it instead (`tocsin.alerts.tokens`).
    """
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class Subscriber(Timestamped, Base):
    __tablename__ = "subscribers"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(64), unique=True)
    organisation: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    min_level: Mapped[str] = mapped_column(String(20), default="watch")
    origin: Mapped[str] = mapped_column(String(20), default=SubscriberOrigin.ANALYST.value)
    confirmed_at: Mapped[datetime | None] = mapped_column()
    #: Set when the person unsubscribed; only they can subscribe again.
    unsubscribed_at: Mapped[datetime | None] = mapped_column()
    #: The language their alerts are written in (`tocsin.domain.wording.LANGUAGES`).
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    #: A partner's system that takes the alerts as signed JSON (`tocsin.alerts.webhook`)
    #: instead of mails; None for a mailbox.
    webhook_url: Mapped[str | None] = mapped_column(String(500))
    #: The key that signs what is posted to it (HMAC-SHA256), given to the partner.
    webhook_secret: Mapped[str | None] = mapped_column(String(64))
    #: "weekly": a summary of their countries each week, beside the alerts (`alerts.digests`).
    digest: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    #: When the last summary was queued; the next is due a week later.
    digest_sent_at: Mapped[datetime | None] = mapped_column()

    subscriptions: Mapped[list[Subscription]] = relationship(
        back_populates="subscriber", cascade="all, delete-orphan"
    )

    @validates("email")
    def _key_the_mailbox(self, _key: str, email: str) -> str:
        self.email_key = mailbox_key(email)
        return email

    @property
    def status(self) -> SubscriberStatus:
        if self.active:
            return SubscriberStatus.ACTIVE
        if self.unsubscribed_at is not None:
            return SubscriberStatus.UNSUBSCRIBED
        if self.origin == SubscriberOrigin.SIGN_UP and self.confirmed_at is None:
            return SubscriberStatus.UNCONFIRMED
        return SubscriberStatus.INACTIVE

    @property
    def countries(self) -> list[str]:
        return [s.country_iso3 for s in self.subscriptions]


class Subscription(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("subscriber_id", "country_iso3"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id"), index=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), index=True)

    subscriber: Mapped[Subscriber] = relationship(back_populates="subscriptions")
    country: Mapped[Country] = relationship()


class Alert(Timestamped, Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # level_change, escalation, incitement
    situation_id: Mapped[int | None] = mapped_column(ForeignKey("situations.id"), index=True)
    country_iso3: Mapped[str] = mapped_column(String(3), index=True)
    level: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    #: The level change it tells of, to tell it again in a feed reader's language (the title
    #: and body are kept in English); None for alerts from before revision 0020.
    level_change_id: Mapped[int | None] = mapped_column(ForeignKey("level_changes.id"))

    level_change: Mapped[LevelChange | None] = relationship()
    deliveries: Mapped[list[Delivery]] = relationship(back_populates="alert")


class Delivery(Timestamped, Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "subscriber_id", "channel"),
        CheckConstraint("(subscriber_id IS NULL) <> (user_id IS NULL)", name="one_recipient"),
        NEVER_REUSED_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default=DeliveryKind.ALERT.value)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), index=True)
    subscriber_id: Mapped[int | None] = mapped_column(ForeignKey("subscribers.id"))
    #: The person a notice is for (kind `notice`); None for a subscriber's delivery.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20), default="email")
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: Start of the retry window (the delivery's creation, or when it was last requeued).
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    claimed_until: Mapped[datetime | None] = mapped_column()
    #: The random token of the worker whose claim it is (see `tocsin.alerts.delivery`).
    claim_token: Mapped[str | None] = mapped_column(String(32))
    #: The random, unique part of the Message-ID; the domain is the deployment's host. Rows
    #: written before revision 0008 hold a whole Message-ID in angle brackets.
    message_id: Mapped[str] = mapped_column(String(200))
    #: What a confirmation asks to confirm: the countries and the minimum level.
    payload: Mapped[dict | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column()

    alert: Mapped[Alert | None] = relationship(back_populates="deliveries")
    subscriber: Mapped[Subscriber | None] = relationship()
    user: Mapped[User | None] = relationship()

    @property
    def address(self) -> str:
        """The mailbox it goes to, a subscriber's or a person's."""
        recipient = self.subscriber or self.user
        assert recipient is not None, "a delivery with no recipient"
        return recipient.email
