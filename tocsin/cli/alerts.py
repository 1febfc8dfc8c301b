"""`tocsin alerts ...`: subscribers and the deliveries of the outbox."""

from __future__ import annotations

import typer
from rich.table import Table

from tocsin.accounts.service import Principal
from tocsin.alerts.retry import requeue
from tocsin.alerts.subscriptions import unsubscribe as unsubscribe_subscriber
from tocsin.bootstrap import open_store
from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly
from tocsin.domain.errors import InvalidInput, NotFound
from tocsin.domain.roles import Role
from tocsin.network.subscribers import update_subscriber

app = typer.Typer(help="Alert subscribers and deliveries.", no_args_is_help=True)
console = command_console()
STATUSES = ("pending", "sent", "failed", "cancelled")
CLI = Principal(None, Role.ADMIN, "cli")


@app.command("subscribers")
def subscribers(
    status: str | None = typer.Option(
        None, help="only active, unconfirmed, unsubscribed or inactive subscribers"
    ),
) -> None:
    """List subscribers: their countries, minimum level, status, how they came, and where
    their alerts go (their mailbox, or the webhook a partner's system listens on)."""
    store = open_store(migrate=True)
    table = Table("id", "email", "name", "countries", "min level", "status", "origin", "sent to")
    with store.uow() as uow:
        for s in uow.subscribers.all():
            if status and s.status != status:
                continue
            table.add_row(
                str(s.id),
                s.email,
                s.name,
                " ".join(s.countries),
                s.min_level,
                s.status,
                s.origin,
                s.webhook_url or "mailbox",
            )
    console.print(table)


@app.command("unsubscribe")
@friendly
def unsubscribe(email: str) -> None:
    """Stop the alerts to EMAIL on the person's behalf (only they can subscribe again)."""
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        subscriber = uow.subscribers.by_email(email)
        if subscriber is None:
            raise NotFound(f"no subscriber {email}")
        unsubscribe_subscriber(uow, subscriber)
    console.print(f"unsubscribed {email}")


@app.command("deactivate")
@friendly
def deactivate(email: str) -> None:
    """Pause the alerts to EMAIL; `activate` resumes them."""
    _set_active(email, False)


@app.command("activate")
@friendly
def activate(email: str) -> None:
    """Resume the alerts to EMAIL after `deactivate`."""
    _set_active(email, True)


def _set_active(email: str, active: bool) -> None:
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        subscriber = uow.subscribers.by_email(email)
        if subscriber is None:
            raise NotFound(f"no subscriber {email}")
        update_subscriber(uow, subscriber.id, CLI, active=active)
    console.print(f"{email}: {'active' if active else 'inactive'}")


@app.command("deliveries")
@friendly
def deliveries(
    status: str | None = typer.Option(None, help="pending, sent, failed or cancelled"),
    limit: int = typer.Option(100, min=1, help="the most rows to list"),
) -> None:
    """List deliveries, oldest first: to whom, what, how many attempts, the last error."""
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"--status: one of {', '.join(STATUSES)}")
    store = open_store(migrate=True)
    table = Table("id", "kind", "alert", "to", "status", "attempts", "queued", "last error")
    with store.uow() as uow:
        for d in uow.alerts.deliveries(status=status, limit=limit):
            table.add_row(
                str(d.id),
                d.kind,
                str(d.alert_id or ""),
                d.address,
                d.status,
                str(d.attempts),
                d.queued_at.isoformat(timespec="minutes"),
                d.last_error or "",
            )
    console.print(table)


@app.command("retry")
@friendly
def retry(
    all_failed: bool = typer.Option(False, "--all-failed", help="every failed delivery"),
    delivery: int | None = typer.Option(None, "--delivery", help="one failed delivery, by id"),
) -> None:
    """Queue failed deliveries again, each with a fresh retry window."""
    if all_failed == (delivery is not None):
        raise InvalidInput("name one failed delivery (--delivery ID) or --all-failed")
    store = open_store(migrate=True)
    with store.uow(actor="cli") as uow:
        if delivery is not None:
            chosen = [uow.alerts.delivery(delivery)]
            if chosen[0].status != "failed":
                raise InvalidInput(f"delivery {delivery} is {chosen[0].status}, not failed")
        else:
            chosen = uow.alerts.deliveries(status="failed")
        count = requeue(uow, chosen)
    console.print(f"queued {count} deliver{'y' if count == 1 else 'ies'} again")
