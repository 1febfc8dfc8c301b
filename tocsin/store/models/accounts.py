"""People who log in, their API tokens, and the append-only audit log."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, validates

from tocsin.store.base import Base, Timestamped, utcnow


def account_key(email: str) -> str:
    """One key per mailbox, whatever the letter case of the address, accented capitals too.

    Computed here rather than with the database's ``lower()``, which SQLite applies to ASCII
    letters only: "Çelik@" and "çelik@" must be one account on every store. A digest, as a
    subscriber's key is, so the audit log holds no second copy of the address.
    """
    folded = unicodedata.normalize("NFC", email.strip()).lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class User(Timestamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    #: ``account_key(email)``, unique. Null only for an account that shared its mailbox with an
    #: older one when revision 0013 added the key; it is then found by its exact address.
    email_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column()
    #: The language of the notices mailed to them (`tocsin.domain.wording.LANGUAGES`).
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    #: Whether they are mailed notices of their work: a report assigned to them, levels due
    #: for review (`tocsin.alerts.notices`). Their own choice, on their account page.
    notices: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())

    @validates("email")
    def _key_the_mailbox(self, _key: str, email: str) -> str:
        self.email_key = account_key(email)
        return email


class ApiToken(Timestamped, Base):
    """A bearer token; only its SHA-256 is kept, so a leaked database leaks no token."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Written at most once an hour (`accounts.token_life.LAST_USE_EVERY`).
    last_used_at: Mapped[datetime | None] = mapped_column()
    #: When it stops working; None only for a token an administrator issued to never expire.
    #: Tokens issued before revision 0018 were given a year from the upgrade.
    expires_at: Mapped[datetime | None] = mapped_column()


class LoginSession(Timestamped, Base):
    """A logged-in browser. The cookie holds a random id whose SHA-256 is kept here, so that
    logging out, or closing the account, ends the session on the server: a copied or seized
    cookie stops working, and reopening the account does not bring it back."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ended_at: Mapped[datetime | None] = mapped_column()


class AuditEntry(Base):
    """Who changed what, when, and how. Triggers in the migration forbid updates and deletes."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        # One record's history (`tocsin audit --entity Report --id 18`); a lookup by entity
        # alone uses the leading column, so there is no entity-only index (migration 0016).
        Index("ix_audit_entries_entity_entity_id", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # "user:3", "rule:level-fusion", "system"
    actor: Mapped[str] = mapped_column(String(254), index=True)
    action: Mapped[str] = mapped_column(String(20))  # insert, update, delete, or a use case name
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    changes: Mapped[dict] = mapped_column(default=dict)
    note: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str | None] = mapped_column(String(40))
