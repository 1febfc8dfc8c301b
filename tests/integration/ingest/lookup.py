"""Reading back what an import stored, for the import tests."""

from __future__ import annotations

from sqlalchemy import func, select

from tocsin.store.models import Event
from tocsin.store.uow import Store


def event(store: Store, dataset: str, source_id: str) -> Event:
    with store.uow() as uow:
        found = uow.session.scalar(
            select(Event).where(Event.dataset == dataset, Event.source_event_id == source_id)
        )
        assert found is not None, source_id
        return found


def count(store: Store, *where) -> int:  # type: ignore[no-untyped-def]
    with store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Event).where(*where)) or 0
