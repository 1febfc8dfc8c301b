"""Logins in the audit log, the failed ones above all.

The store's flush hook logs changed rows, and a wrong password changes none: without these
entries a password guesser would leave no trace an administrator could find. Each entry names
the address tried and the client's network address, never the password.
"""

from __future__ import annotations

from tocsin.store.models import AuditEntry, User
from tocsin.store.uow import UnitOfWork

LOGIN = "login"
LOGIN_FAILED = "login_failed"

#: What is logged for a "login" that is no e-mail address at all: most likely a password typed
#: into the wrong field, which must not land in the log.
NOT_AN_ADDRESS = "[not an e-mail address]"


def _tried(email: str) -> str:
    email = email.strip()[:254]
    return email if "@" in email else NOT_AN_ADDRESS


def record_login(uow: UnitOfWork, user: User, email: str, client: str) -> None:
    uow.add(
        AuditEntry(
            actor=f"user:{user.id}",
            action=LOGIN,
            entity="User",
            entity_id=str(user.id),
            changes={"email": _tried(email), "client": client},
        )
    )


def record_failed_login(
    uow: UnitOfWork, user: User | None, email: str, client: str, password_right: bool
) -> None:
    """A refused login, with why (only administrators read the log; the person who tried is
    told no more than "wrong email or password"). The right password for a closed account is
    worth an administrator's notice: someone holds it, say on a seized phone."""
    if user is None:
        reason = "unknown account"
    elif not user.active:
        reason = "account closed, " + ("right password" if password_right else "wrong password")
    else:
        reason = "wrong password"
    uow.add(
        AuditEntry(
            actor="public",  # nobody is known yet
            action=LOGIN_FAILED,
            entity="User",
            entity_id=str(user.id) if user else None,
            changes={"email": _tried(email), "client": client, "reason": reason},
        )
    )
