"""Alerts, Subscribers and the durable outbox of deliveries.

An Alert is written in the same transaction as the change it tells of; one Delivery row per
subscriber and channel is the outbox the worker drains. A delivery is never deleted: it ends
`sent`, or `failed` after its last attempt, with the error kept.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tocsin.store.base import Base, Timestamped, utcnow


class Subscriber(Timestamped, Base):
    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    organisation: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    min_level: Mapped[str] = mapped_column(String(20), default="watch")

    subscriptions: Mapped[list[Subscription]] = relationship(
        back_populates="subscriber", cascade="all, delete-orphan"
    )


class Subscription(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("subscriber_id", "country_iso3"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id"), index=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), index=True)

    subscriber: Mapped[Subscriber] = relationship(back_populates="subscriptions")


class Alert(Timestamped, Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # level_change, escalation, incitement
    situation_id: Mapped[int | None] = mapped_column(ForeignKey("situations.id"), index=True)
    country_iso3: Mapped[str] = mapped_column(String(3), index=True)
    level: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)

    deliveries: Mapped[list[Delivery]] = relationship(back_populates="alert")


class Delivery(Timestamped, Base):
    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("alert_id", "subscriber_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id"))
    channel: Mapped[str] = mapped_column(String(20), default="email")
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    claimed_until: Mapped[datetime | None] = mapped_column()
    message_id: Mapped[str] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column()

    alert: Mapped[Alert] = relationship(back_populates="deliveries")
    subscriber: Mapped[Subscriber] = relationship()
