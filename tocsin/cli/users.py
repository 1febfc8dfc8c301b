"""`tocsin user ...`: accounts and API tokens."""

from __future__ import annotations

import typer
from rich.table import Table

from tocsin.accounts.passwords import MIN_LENGTH
from tocsin.accounts.service import (
    Principal,
    add_user,
    issue_token,
    revoke_tokens,
    set_active,
    set_password,
    set_role,
    user_tokens,
)
from tocsin.accounts.token_life import TokenLifetime, shown, state
from tocsin.bootstrap import open_store
from tocsin.cli.console import command_console
from tocsin.cli.errors import err_console, friendly
from tocsin.config import get_settings
from tocsin.domain.errors import NotFound
from tocsin.domain.roles import Role
from tocsin.risk import following
from tocsin.store.models import Situation
from tocsin.store.uow import UnitOfWork

app = typer.Typer(help="Manage user accounts and API tokens.", no_args_is_help=True)
console = command_console()


@app.command("add")
@friendly
def add(
    email: str = typer.Argument(..., help="login e-mail"),
    role: str = typer.Option("analyst", help="admin, analyst or monitor"),
    name: str = typer.Option("", help="display name"),
    password: str = typer.Option(
        ...,
        prompt=True,
        hide_input=True,
        confirmation_prompt=True,
        help=f"at least {MIN_LENGTH} characters, not only spaces",
    ),
) -> None:
    """Create an account that can log in to the web pages and get API tokens."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        user_id = add_user(uow, email, name, role, password)
    console.print(f"created user {user_id} ({email}, {role})")


@app.command("token")
@friendly
def token(
    email: str,
    name: str = typer.Option("cli", help="what the token is for"),
    days: int | None = typer.Option(
        None, min=1, help="days it lives (default TOCSIN_TOKEN_DAYS, at most TOCSIN_TOKEN_MAX_DAYS)"
    ),
    never: bool = typer.Option(
        False, "--never", help="a token that never expires (in the audit log as such)"
    ),
) -> None:
    """Issue a bearer token for the JSON API; it is printed once and never stored."""
    settings = get_settings()
    store = open_store(settings, migrate=True)
    with store.uow(actor="cli") as uow:
        user = uow.users.by_email(email)
        if user is None:
            raise NotFound(f"no user {email}")
        lifetime = TokenLifetime(settings.token_days, settings.token_max_days)
        issued = issue_token(uow, user.id, name, days, lifetime, never=never)
    console.print(issued.token)
    err_console.print(f"expires: {shown(issued.expires_at)}")


@app.command("set-role")
@friendly
def change_role(
    email: str,
    role: str = typer.Argument(..., help="admin, analyst or monitor"),
) -> None:
    """Give an account another role, from its next request on (audited)."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        before = set_role(uow, email, role)
    if before == role:
        console.print(f"{email} was already {role}")
    else:
        console.print(f"{email} is now {role} (was {before}), from the next request on")


@app.command("password")
@friendly
def change_password(
    email: str,
    password: str = typer.Option(
        ...,
        prompt="New password",
        hide_input=True,
        confirmation_prompt=True,
        help=f"at least {MIN_LENGTH} characters, not only spaces",
    ),
) -> None:
    """Set a new password (audited). It also ends the person's sessions and revokes their
    API tokens: they log in again and are issued new ones."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        set_password(uow, email, password)
    console.print(f"new password set for {email}; its sessions ended and its tokens revoked")


@app.command("list")
def list_users() -> None:
    """List accounts, their roles, whether (and in which language) they are mailed notices of
    their work (each person's own choice, at /account), and the situations they follow."""
    store = open_store(migrate=True)
    table = Table("id", "email", "name", "role", "active", "notices", "follows")
    with store.uow() as uow:
        for user in uow.users.all():
            notices = user.language if user.notices else "off"
            follows = ", ".join(s.country_iso3 for s in following.followed_by(uow, user.id))
            table.add_row(
                str(user.id), user.email, user.name, user.role, str(user.active), notices, follows
            )
    console.print(table)


@app.command("tokens")
@friendly
def tokens(email: str) -> None:
    """List an account's API tokens: name, when issued, when it expires, when last used (to
    the hour), and whether it is live, expired or revoked."""
    store = open_store(migrate=True)
    table = Table("id", "name", "issued", "expires", "last used", "state")
    with store.uow() as uow:
        user = uow.users.by_email(email)
        if user is None:
            raise NotFound(f"no user {email}")
        for t in user_tokens(uow, user.id):
            used = shown(t.last_used_at) if t.last_used_at else "not yet"
            table.add_row(
                str(t.id), t.name, shown(t.created_at), shown(t.expires_at), used, state(t)
            )
    console.print(table)


@app.command("revoke-tokens")
@friendly
def revoke(
    email: str,
    name: str | None = typer.Option(None, help="only the tokens with this name (default: all)"),
) -> None:
    """Revoke an account's API tokens, say those on a phone that was lost or seized."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        revoked = revoke_tokens(uow, email, name)
    console.print(f"revoked {revoked} token(s) of {email}")


@app.command("deactivate")
@friendly
def deactivate(email: str) -> None:
    """Close an account: no more logins, its tokens and open sessions stop working, and its
    undecided reports go back to the queue."""
    returned = _set_active(email, False)
    console.print(f"{email} can no longer log in")
    if returned:
        console.print(f"{returned} undecided report(s) assigned to them went back to the queue")


@app.command("activate")
@friendly
def activate(email: str) -> None:
    """Reopen a closed account (its revoked tokens stay revoked)."""
    _set_active(email, True)
    console.print(f"{email} can log in again")


def _set_active(email: str, active: bool) -> int:
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        return set_active(uow, email, active)


@app.command("follow")
@friendly
def follow_situations(
    email: str = typer.Argument(..., help="the analyst's or administrator's login e-mail"),
    countries: list[str] = typer.Argument(..., help="countries under watch, codes or names"),
    stop: bool = typer.Option(False, "--stop", help="stop following them instead"),
) -> None:
    """Give a person the situations of their portfolio (a coordinator setting up an analyst),
    or take them back with --stop: as if they had followed them on the situations' pages.
    Each country must be under watch; nothing changes if one is not."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        user = uow.users.by_email(email)
        if user is None:
            raise NotFound(f"no user {email}")
        situations = [_watched(uow, country) for country in countries]
        person = Principal(user.id, Role(user.role), user.email)
        step = following.unfollow if stop else following.follow
        changed = [s for s in situations if step(uow, s.id, person)]
        now = ", ".join(s.country_iso3 for s in following.followed_by(uow, user.id)) or "none"
    verb = "no longer follows" if stop else "now follows"
    done = ", ".join(s.name for s in changed) or "nothing new"
    console.print(f"{email} {verb}: {done}; follows: {now}")


def _watched(uow: UnitOfWork, country: str) -> Situation:
    iso3 = uow.reference.resolve_country(country)
    situation = uow.situations.for_country(iso3) if iso3 else None
    if situation is None:
        raise NotFound(f"{country}: no situation under watch in this country")
    return situation
