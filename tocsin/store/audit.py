"""Every ORM write leaves an AuditEntry, written in the same flush as the change.

Hooking the session's flush (rather than asking each service to remember) is what makes the
log complete: a service cannot forget to audit. Bulk imports that bypass the ORM write one
entry for the whole batch themselves.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from tocsin.store.base import Base, table_of
from tocsin.store.models import AuditEntry

# Never copied into the log: secrets, and raw payloads that can hold restricted data. A
# subscriber's `email_key` is a bare digest of the address, which a guess can be checked against.
_REDACTED = {
    "password_hash",
    "token_hash",
    "reporter_contact",
    "reporter_name",
    "raw",
    "email",
    "email_key",
}
ACTOR_KEY = "tocsin_actor"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def _changes(obj: Base, created: bool) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        hist = state.attrs[key].history
        if created:
            value = getattr(obj, key)
            if value is None:
                continue
            out[key] = "[restricted]" if key in _REDACTED else _jsonable(value)
        elif hist.has_changes():
            if key in _REDACTED:
                out[key] = "[restricted]"
            else:
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                out[key] = [_jsonable(old), _jsonable(new)]
    return out


def _identity(obj: Base) -> str | None:
    # Read from the primary-key columns, not the identity map: a row inserted in this flush
    # has its id already but joins the identity map only after the flush's last hook.
    state = inspect(obj)
    ident = state.mapper.primary_key_from_instance(obj)
    return ",".join(str(i) for i in ident) if any(i is not None for i in ident) else None


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    actor = session.info.get(ACTOR_KEY, "system")
    entries: list[tuple[str, Base]] = []
    entries += [("update", o) for o in session.dirty if session.is_modified(o)]
    entries += [("delete", o) for o in session.deleted]
    for action, obj in entries:
        if isinstance(obj, AuditEntry):
            continue
        session.add(
            AuditEntry(
                actor=actor,
                action=action,
                entity=type(obj).__name__,
                entity_id=_identity(obj),
                # A deleted row is logged whole: the log is then all that is left of it.
                changes=_changes(obj, created=action == "delete"),
            )
        )
    session.info.setdefault("tocsin_new", []).extend(
        o for o in session.new if not isinstance(o, AuditEntry)
    )


def _after_flush(session: Session, _ctx: Any) -> None:
    # New rows get their ids in the flush, so they are logged after it, in the same transaction.
    created = session.info.pop("tocsin_new", [])
    if not created:
        return
    actor = session.info.get(ACTOR_KEY, "system")
    rows = [
        {
            "at": datetime.now().astimezone(),
            "actor": actor,
            "action": "insert",
            "entity": type(o).__name__,
            "entity_id": _identity(o),
            "changes": _changes(o, created=True),
        }
        for o in created
    ]
    session.execute(table_of(AuditEntry).insert(), rows)


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush", _after_flush)
