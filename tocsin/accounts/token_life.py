"""How long an API token lives, and what its use leaves behind.

A token that lives for ever works for ever once leaked (a partner's script pasted in a ticket,
a phone backed up to a stranger's cloud), so every token is issued with an end, as GitHub's
fine-grained tokens are: a default, a longest choice, and "never" only when an administrator
issues it on the server on purpose (`tocsin user token EMAIL --never`), which the audit log
then says.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import or_, select, update
from sqlalchemy.exc import OperationalError

from tocsin.domain.errors import InvalidInput
from tocsin.store.base import table_of, utcnow
from tocsin.store.models import ApiToken, AuditEntry
from tocsin.store.uow import UnitOfWork

log = logging.getLogger("tocsin.accounts")

#: A token's last use is written at most this often: a partner tool asking every few seconds
#: would otherwise write to the store on every request. "Last used" is then right to the hour,
#: which is what an administrator deciding whether a token is still needed asks.
LAST_USE_EVERY = timedelta(hours=1)
#: An expired token presented again is logged at most this often, for the same reason.
EXPIRED_USE_EVERY = timedelta(hours=1)

NO_EXPIRY = "no_expiry"
EXPIRED_USE = "token_expired"


@dataclass(frozen=True)
class TokenLifetime:
    """The deployment's rule for token lifetimes (``TOCSIN_TOKEN_DAYS``, ``..._MAX_DAYS``)."""

    default_days: int = 90
    max_days: int = 365

    def expiry(self, days: int | None, now: datetime | None = None) -> datetime:
        """When a token issued now for ``days`` (the default when None) expires."""
        days = self.default_days if days is None else days
        if days < 1:
            raise InvalidInput("days: a token lives at least 1 day")
        if days > self.max_days:
            raise InvalidInput(
                f"days: at most {self.max_days} (TOCSIN_TOKEN_MAX_DAYS); a token that never "
                "expires is issued by an administrator on the server"
            )
        return (now or utcnow()) + timedelta(days=days)


#: The shipped rule, for callers without settings of their own (tests, scripts).
DEFAULT_LIFETIME = TokenLifetime()


@dataclass(frozen=True)
class IssuedToken:
    """A token as issued: shown once, with when it stops working (None: never)."""

    token: str
    expires_at: datetime | None


def shown(moment: datetime | None) -> str:
    """A stored moment as people read it, its zone written out."""
    return "never" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


TokenState = Literal["live", "expired", "revoked"]


def state(token: ApiToken, now: datetime | None = None) -> TokenState:
    """live, expired or revoked: what a listing shows of a token."""
    if token.revoked:
        return "revoked"
    if token.expires_at is not None and token.expires_at <= (now or utcnow()):
        return "expired"
    return "live"


def record_no_expiry(uow: UnitOfWork, token: ApiToken) -> None:
    """The log's insert entry leaves out what is empty; a token that never expires is worth
    an administrator's notice, so it gets an entry of its own."""
    uow.add(
        AuditEntry(
            actor=uow.actor,
            action=NO_EXPIRY,
            entity="ApiToken",
            entity_id=str(token.id),
            changes={"name": token.name, "user_id": token.user_id},
            note="issued to never expire",
        )
    )


def record_expired_use(uow: UnitOfWork, token: ApiToken, client: str, now: datetime) -> None:
    """An expired token presented: the holder may be a forgotten script, or whoever found a
    leaked token. Logged once an hour per token, so that a script retrying cannot flood the
    log; committed at once, as the request is then refused."""
    last = uow.session.scalar(
        select(AuditEntry.at)
        .where(
            AuditEntry.entity == "ApiToken",
            AuditEntry.entity_id == str(token.id),
            AuditEntry.action == EXPIRED_USE,
        )
        .order_by(AuditEntry.at.desc())
        .limit(1)
    )
    if last is not None and last > now - EXPIRED_USE_EVERY:
        return
    uow.add(
        AuditEntry(
            actor="public",  # whoever holds it is no longer its owner's doing
            action=EXPIRED_USE,
            entity="ApiToken",
            entity_id=str(token.id),
            changes={"client": client, "expired_at": shown(token.expires_at)},
        )
    )
    _commit_quietly(uow)


def note_use(uow: UnitOfWork, token: ApiToken, now: datetime) -> None:
    """Keep the token's last use, at most once per LAST_USE_EVERY. Written past the audit
    log (a use is no change anyone made, and would be an entry an hour per token), with a
    condition, so that requests at the same moment write it once."""
    if token.last_used_at is not None and token.last_used_at > now - LAST_USE_EVERY:
        return
    table = table_of(ApiToken)
    uow.session.execute(
        update(table)
        .where(
            table.c.id == token.id,
            or_(table.c.last_used_at.is_(None), table.c.last_used_at <= now - LAST_USE_EVERY),
        )
        .values(last_used_at=now)
    )
    _commit_quietly(uow)


def _commit_quietly(uow: UnitOfWork) -> None:
    """Bookkeeping a busy store cannot take now is dropped, never the request it came with."""
    try:
        uow.commit()
    except OperationalError:
        uow.rollback()
        log.warning("could not record an API token's use; the store is busy", exc_info=True)
