"""Keeping the escalation forecast current: a new one once the events have changed.

An import (from the command line, the API or a partner's upload) or a verified report adds
Events; the escalation forecast made before them is stale, and so is any level it set. The
worker calls `refresh_escalation_forecast` on a timer: it forecasts again only when events were
added or changed (an import, an analyst's duplicate decision) after the latest forecast was
made, so an idle deployment does no work. New forecasts reassess the situations they concern,
which may raise a level and alert its subscribers: the loop from data to warning runs without
anyone at the command line.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from tocsin.risk.escalation.service import EscalationRun, run_escalation_forecast
from tocsin.store.locks import store_lock
from tocsin.store.models import AuditEntry, Event, ImportJob
from tocsin.store.uow import Store


def events_changed_at(store: Store) -> datetime | None:
    """When the events last changed: the newest event, the last import that took or
    updated rows (an import that corrects rows adds none), or the last change an analyst
    made to one, such as a duplicate confirmed, split or linked (an event has no column for
    when it last changed; the audit log, which every such change writes, has)."""
    with store.uow() as uow:
        added = uow.session.scalar(select(func.max(Event.created_at)))
        imported = uow.session.scalar(
            select(func.max(ImportJob.finished_at)).where(
                ImportJob.status == "succeeded", (ImportJob.taken + ImportJob.updated) > 0
            )
        )
        edited = uow.session.scalar(
            select(func.max(AuditEntry.at)).where(AuditEntry.entity == Event.__name__)
        )
    stamps = [s for s in (added, imported, edited) if s is not None]
    return max(stamps) if stamps else None


def refresh_escalation_forecast(
    store: Store, tried: datetime | None = None
) -> tuple[EscalationRun | None, datetime | None]:
    """Forecast again if the events changed after the latest escalation forecast (and after
    `tried`, the change a previous call already forecast from, which may have stored nothing:
    too few escalations to train on). Returns the run, or None, and the change it answered."""
    # Check and run under one lock: two workers would both find the forecast stale and both
    # store a new one. The one that finds the lock taken leaves the work to the other.
    with store_lock(store.engine, "escalation", wait=False) as held:
        if not held:
            return None, tried
        changed = events_changed_at(store)
        if changed is None or (tried is not None and changed <= tried):
            return None, tried
        with store.uow() as uow:
            latest = next(iter(uow.forecasts.issues("dynamic", limit=1)), None)
        if latest is not None and latest >= changed:
            return None, changed
        return run_escalation_forecast(store), changed
