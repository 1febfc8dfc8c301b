"""`tocsin audit`: read the audit log from the command line."""

from __future__ import annotations

import json
from datetime import datetime

import typer
from rich.table import Table
from rich.text import Text

from tocsin.accounts.audit_trail import AuditFilter, audit_entries
from tocsin.accounts.service import Principal
from tocsin.bootstrap import open_store
from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly
from tocsin.config import get_settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.roles import Role

console = command_console()


def _moment(value: str | None, name: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--{name}: a date or moment in ISO 8601, not {value!r}") from None


@friendly
def audit(
    entity: str | None = typer.Option(None, "--entity", help="Report, Event, Situation, ..."),
    entity_id: str | None = typer.Option(None, "--id", help="the record's id"),
    actor: str | None = typer.Option(None, "--actor", help="user:3, rule:level-fusion, worker"),
    since: str | None = typer.Option(None, "--since", help="YYYY-MM-DD[THH:MM]"),
    until: str | None = typer.Option(None, "--until", help="YYYY-MM-DD[THH:MM]"),
    limit: int = typer.Option(50, "--limit", min=1, max=10_000),
) -> None:
    """Who changed what and when, newest first (one record's history with --entity and --id)."""
    where = AuditFilter(entity, entity_id, actor, _moment(since, "since"), _moment(until, "until"))
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
