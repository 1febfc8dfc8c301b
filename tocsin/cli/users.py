"""`tocsin user ...`: accounts and API tokens."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from tocsin.accounts.service import add_user, issue_token
from tocsin.bootstrap import open_store
from tocsin.cli.errors import friendly
from tocsin.domain.errors import NotFound

app = typer.Typer(help="Manage user accounts and API tokens.", no_args_is_help=True)
console = Console()


@app.command("add")
@friendly
def add(
    email: str = typer.Argument(..., help="login e-mail"),
    role: str = typer.Option("analyst", help="admin, analyst or monitor"),
    name: str = typer.Option("", help="display name"),
    password: str = typer.Option(
        ..., prompt=True, hide_input=True, confirmation_prompt=True, help="at least 10 characters"
    ),
) -> None:
    """Create an account that can log in to the web pages and get API tokens."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        user_id = add_user(uow, email, name or email, role, password)
    console.print(f"created user {user_id} ({email}, {role})")


@app.command("token")
@friendly
def token(email: str, name: str = typer.Option("cli", help="what the token is for")) -> None:
    """Issue a bearer token for the JSON API; it is printed once and never stored."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        user = uow.users.by_email(email)
        if user is None:
            raise NotFound(f"no user {email}")
        plain = issue_token(uow, user.id, name)
    console.print(plain)


@app.command("list")
def list_users() -> None:
    """List accounts and their roles."""
    store = open_store(migrate=True)
    table = Table("id", "email", "name", "role", "active")
    with store.uow() as uow:
        for user in uow.users.all():
            table.add_row(str(user.id), user.email, user.name, user.role, str(user.active))
    console.print(table)
