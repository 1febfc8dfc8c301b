"""Use cases for accounts: add a user, log in, issue, check and revoke API tokens, and close an
account (a lost or seized phone, a monitor who left)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select

from tocsin.accounts.login_audit import record_failed_login, record_login
from tocsin.accounts.passwords import (
    MIN_LENGTH,
    hash_password,
    needs_rehash,
    verify_nobody,
    verify_password,
)
from tocsin.accounts.token_life import (
    DEFAULT_LIFETIME,
    IssuedToken,
    TokenLifetime,
    note_use,
    record_expired_use,
    record_no_expiry,
    shown,
)
from tocsin.domain.errors import Conflict, InvalidInput, NotAuthenticated, NotFound
from tocsin.domain.reports import ReportStatus
from tocsin.domain.roles import Role
from tocsin.domain.wording import LANGUAGES, N_
from tocsin.store.base import utcnow
from tocsin.store.models import ApiToken, LoginSession, Report, User
from tocsin.store.uow import UnitOfWork


@dataclass(frozen=True)
class Principal:
    """Who is acting: what services need to know of a user, detached from the store."""

    user_id: int | None
    role: Role
    name: str = "anonymous"

    @property
    def actor(self) -> str:
        return f"user:{self.user_id}" if self.user_id else "public"

    @classmethod
    def public(cls) -> Principal:
        return cls(None, Role.PUBLIC)


def _principal(user: User) -> Principal:
    return Principal(user.id, Role(user.role), user.name)


def normalise_email(email: str) -> str:
    try:
        # Deliverability needs DNS, which an offline deployment does not have.
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidInput(f"email: {exc}") from exc


def _account_role(role: str) -> Role:
    try:
        parsed = Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role if r is not Role.PUBLIC)
        raise InvalidInput(f"role: must be one of {choices}") from None
    if parsed is Role.PUBLIC:
        raise InvalidInput("role: the public role is for anonymous visitors, not accounts")
    return parsed


def _check_password(password: str) -> None:
    # Spaces alone pass a length check, and are what a slip of the thumb or a script's empty
    # variable padded out would give.
    if not password.strip():
        raise InvalidInput("password: must not be blank or only spaces")
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"password: at least {MIN_LENGTH} characters")


def add_user(uow: UnitOfWork, email: str, name: str, role: str, password: str) -> int:
    email = normalise_email(email)
    parsed_role = _account_role(role)
    _check_password(password)
    existing = uow.users.by_email(email)
    if existing:
        spelt = "" if existing.email == email else f", as {existing.email}"
        raise Conflict(f"a user with email {email} already exists{spelt}")
    user = User(
        email=email,
        name=name.strip() or email,  # the address as stored (domain in lower case)
        role=parsed_role.value,
        password_hash=hash_password(password),
    )
    uow.add(user)
    uow.flush()
    uow.commit()
    return user.id


def authenticate(uow: UnitOfWork, email: str, password: str, client: str = "?") -> Principal:
    """Check a login; success and failure alike go in the audit log with the client's
    address (``client``), so that an administrator can see a password being guessed."""
    user = uow.users.by_email(email.strip())
    right = verify_password(user.password_hash, password) if user else verify_nobody(password)
    if user is None or not user.active or not right:
        record_failed_login(uow, user, email, client, password_right=right)
        uow.commit()
        raise NotAuthenticated(N_("wrong email or password"))
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    record_login(uow, user, email, client)
    uow.commit()
    return _principal(user)


def _user(uow: UnitOfWork, email: str) -> User:
    user = uow.users.by_email(normalise_email(email))
    if user is None:
        raise NotFound(f"no user {email}")
    return user


def set_active(uow: UnitOfWork, email: str, active: bool) -> int:
    """Close or reopen an account. Closing ends its sessions and revokes its tokens at once,
    so that reopening it (the person is back, on a new phone) revives nothing a seized device
    still holds: they log in again and are issued new tokens. Closing also returns the
    account's undecided reports to the queue, where they would otherwise look taken by someone
    who has left; decided ones keep it as who reviewed them. Everything the account did stays,
    with its name. Returns how many reports went back to the queue."""
    user = _user(uow, email)
    user.active = active
    returned = 0
    if not active:
        _end_access(uow, user)
        undecided = (ReportStatus.RECEIVED.value, ReportStatus.IN_REVIEW.value)
        for report in uow.session.scalars(
            select(Report).where(Report.assigned_to_id == user.id, Report.status.in_(undecided))
        ):
            report.assigned_to_id = None
            returned += 1
    uow.commit()
    return returned


def _end_access(uow: UnitOfWork, user: User) -> None:
    """Revoke every token of the account and end its open sessions."""
    for token in user_tokens(uow, user.id):
        token.revoked = True
    for session in uow.session.scalars(
        select(LoginSession).where(LoginSession.user_id == user.id, LoginSession.ended_at.is_(None))
    ):
        session.ended_at = utcnow()


def set_role(uow: UnitOfWork, email: str, role: str) -> str:
    """Give an account another role; returns the role it had. Roles are read afresh on every
    request, so the person's open sessions and tokens carry the new role from the next one
    (an analyst made a monitor no longer sees restricted data). Audited as any change is."""
    user = _user(uow, email)
    parsed = _account_role(role)
    before = user.role
    user.role = parsed.value
    uow.commit()
    return before


def set_password(uow: UnitOfWork, email: str, password: str) -> None:
    """Set a new password, say for someone who forgot theirs or whose password may be known.
    It ends the account's sessions and revokes its API tokens too: whoever held the old
    password may have logged in or been issued a token with it. Audited (never the hash)."""
    user = _user(uow, email)
    _check_password(password)
    user.password_hash = hash_password(password)
    _end_access(uow, user)
    uow.commit()


def set_notices(uow: UnitOfWork, user_id: int, notices: bool, language: str) -> User:
    """A person's own choice: whether they are mailed notices of their work
    (`tocsin.alerts.notices`), and in which language. Notices already queued follow it when
    they are sent (turned off: cancelled; another language: told in it). Audited."""
    if language not in LANGUAGES:
        raise InvalidInput(
            N_("language: one of {languages}"), languages=", ".join(sorted(LANGUAGES))
        )
    user = uow.users.get(user_id)
    user.notices = notices
    user.language = language
    uow.commit()
    return user


#: A session lasts as long as its cookie: the server ends it after this even if the browser
#: kept the cookie.
SESSION_HOURS = 12


def open_session(uow: UnitOfWork, user_id: int) -> str:
    """A new login session; the returned id goes in the signed cookie, only its hash here."""
    session_id = secrets.token_urlsafe(32)
    uow.add(LoginSession(user_id=user_id, token_hash=_token_hash(session_id)))
    uow.commit()
    return session_id


def end_session(uow: UnitOfWork, session_id: str) -> None:
    found = uow.session.scalar(
        select(LoginSession).where(LoginSession.token_hash == _token_hash(session_id))
    )
    if found is not None and found.ended_at is None:
        found.ended_at = utcnow()
        uow.commit()


def principal_for_session(uow: UnitOfWork, user_id: int, session_id: str) -> Principal | None:
    """Who a session cookie speaks for, if its session is still open on the server."""
    found = uow.session.scalar(
        select(LoginSession).where(LoginSession.token_hash == _token_hash(session_id))
    )
    if (
        found is None
        or found.user_id != user_id
        or found.ended_at is not None
        or found.created_at < utcnow() - timedelta(hours=SESSION_HOURS)
    ):
        return None
    return principal_for_user(uow, user_id)


def revoke_tokens(uow: UnitOfWork, email: str, name: str | None = None) -> int:
    """Revoke the account's API tokens (only those called ``name``, if given), say on a phone
    that was lost or seized; returns how many were still live."""
    user = _user(uow, email)
    live = [t for t in user_tokens(uow, user.id) if not t.revoked and name in (None, t.name)]
    for token in live:
        token.revoked = True
    uow.commit()
    return len(live)


def revoke_own_token(uow: UnitOfWork, user_id: int, token_id: int) -> ApiToken:
    """Revoke one of the caller's own tokens (an app logging out, a script retired); another
    account's token is as unknown as a missing one. Revoking twice is no error."""
    token = uow.session.get(ApiToken, token_id)
    if token is None or token.user_id != user_id:
        raise NotFound(f"no token {token_id} of yours")
    token.revoked = True
    uow.commit()
    return token


def user_tokens(uow: UnitOfWork, user_id: int) -> list[ApiToken]:
    return list(
        uow.session.scalars(
            select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)
        )
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(
    uow: UnitOfWork,
    user_id: int,
    name: str,
    days: int | None = None,
    lifetime: TokenLifetime = DEFAULT_LIFETIME,
    never: bool = False,
) -> IssuedToken:
    """Create a bearer token that expires after ``days`` (the lifetime's default when None),
    or never if ``never`` (an administrator's choice on the server; audited as such). The
    plain token is shown once and never stored. None for a closed account: it would not work,
    and would come back to life if the account were reopened, unlike the tokens revoked when
    it was closed."""
    if never and days is not None:
        raise InvalidInput("days: a token either expires after a number of days or never")
    expires_at = None if never else lifetime.expiry(days)
    user = uow.users.get(user_id)
    if not user.active:
        raise Conflict(f"cannot issue a token: the account of {user.email} is closed")
    token = "tcs_" + secrets.token_urlsafe(32)
    issued = ApiToken(
        user_id=user_id, name=name, token_hash=_token_hash(token), expires_at=expires_at
    )
    uow.add(issued)
    if never:
        uow.flush()
        record_no_expiry(uow, issued)
    uow.commit()
    return IssuedToken(token, expires_at)


def principal_for_token(uow: UnitOfWork, token: str, client: str = "?") -> Principal:
    """Who a bearer token speaks for. Once its hash matched, an expired token is told so, and
    when: the holder had the token, and needs to know to ask for a new one rather than check
    a typo. Its use is kept (``last_used_at``, to the hour), an expired one's in the audit
    log with the client's address."""
    found = uow.users.by_token_hash(_token_hash(token))
    if found is None or not found[0].active:
        raise NotAuthenticated("invalid or revoked API token")
    user, api_token = found
    now = utcnow()
    if api_token.expires_at is not None and api_token.expires_at <= now:
        record_expired_use(uow, api_token, client, now)
        raise NotAuthenticated(
            f"API token expired on {shown(api_token.expires_at)}; ask for a new one"
        )
    note_use(uow, api_token, now)
    return _principal(user)


def principal_for_user(uow: UnitOfWork, user_id: int) -> Principal | None:
    user = uow.session.get(User, user_id)
    if user is None or not user.active:
        return None
    return _principal(user)
