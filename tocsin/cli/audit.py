"""`tocsin audit`: read the audit log from the command line."""

from __future__ import annotations

import json

import typer
from rich.table import Table
from rich.text import Text

from tocsin.accounts.audit_trail import AuditFilter, audit_entries, audit_moment
from tocsin.accounts.service import Principal
from tocsin.bootstrap import open_store
from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly
from tocsin.config import get_settings
from tocsin.domain.roles import Role

console = command_console()


@friendly
def audit(
    entity: str | None = typer.Option(None, "--entity", help="Report, Event, Situation, ..."),
    entity_id: str | None = typer.Option(None, "--id", help="the record's id"),
    actor: str | None = typer.Option(None, "--actor", help="user:3, rule:level-fusion, worker"),
    since: str | None = typer.Option(
        None, "--since", help="from this day or moment: YYYY-MM-DD[THH:MM], in UTC"
    ),
    until: str | None = typer.Option(
        None,
        "--until",
        help="up to this moment, YYYY-MM-DDTHH:MM in UTC, or to the end of this day, YYYY-MM-DD",
    ),
    limit: int = typer.Option(50, "--limit", min=1, max=10_000),
) -> None:
    """Who changed what and when, newest first (one record's history with --entity and --id)."""
    where = AuditFilter(
        entity,
        entity_id,
        actor,
        audit_moment(since, "--since"),
        audit_moment(until, "--until", end_of_day=True),
    )
    store = open_store(get_settings())
    # Whoever runs commands on the server already holds the store: an administrator.
    admin = Principal(None, Role.ADMIN, "cli")
    with store.uow() as uow:
        entries, total = audit_entries(uow, admin, where, limit)
        table = Table("id", "at", "actor", "action", "record", "changes")
        for e in entries:
            record = f"{e.entity} {e.entity_id or ''}".strip()
            changes = json.dumps(e.changes, ensure_ascii=False)
            # Text, not markup: a change such as [null, "2"] would be read as a style and lost.
            cells = (str(e.id), e.at.isoformat(timespec="seconds"), e.actor, e.action, record)
            table.add_row(*(Text(c) for c in cells), Text(changes[:200]))
    console.print(table)
    console.print(f"{len(entries)} of {total} entries")
