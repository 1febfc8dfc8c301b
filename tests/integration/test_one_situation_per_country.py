"""A country has one situation, also when two verifications open it at the same moment."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from tocsin.reference.load import load_reference
from tocsin.risk.situations import ensure_situation
from tocsin.store.base import utcnow
from tocsin.store.migrate import upgrade
from tocsin.store.models import AuditEntry, LevelChange, Situation
from tocsin.store.uow import Store


@pytest.mark.postgres
def test_two_transactions_opening_one_country_share_one_situation(postgres_store: Store):
    first = postgres_store.uow(actor="user:1").__enter__()
    opened = ensure_situation(first, "SDN")
    first.flush()  # the first has inserted, not yet committed

    second_saw: list[int] = []

    def second_opens() -> None:
        with postgres_store.uow(actor="user:2") as uow:
            # Blocks at the unique index until the first commits, then takes its situation.
            second_saw.append(ensure_situation(uow, "SDN").id)
            uow.commit()

    thread = threading.Thread(target=second_opens)
    thread.start()
    try:
        thread.join(timeout=1)
        waited = thread.is_alive()
        first.commit()
    finally:
        first.__exit__(None, None, None)
        thread.join(timeout=30)
    assert waited, "the second opening should wait for the first"

    assert second_saw == [opened.id]
    with postgres_store.uow() as uow:
        count = select(func.count()).select_from(Situation).where(Situation.country_iso3 == "SDN")
        assert uow.session.scalar(count) == 1
        changes = select(func.count()).select_from(LevelChange)
        assert uow.session.scalar(changes) == 1


def test_the_store_refuses_a_second_situation_for_a_country(store: Store):
    with store.uow() as uow:
        ensure_situation(uow, "MLI")
        uow.commit()
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(
            insert(Situation.__table__).values(
                country_iso3="MLI", name="Mali", level="watch", reasons=[], created_at=utcnow()
            )
        )
    # A region's own situation is another matter.
    with store.engine.begin() as conn:
        conn.execute(
            insert(Situation.__table__).values(
                country_iso3="MLI",
                admin1="Mopti",
                name="Mopti, Mali",
                level="watch",
                reasons=[],
                created_at=utcnow(),
            )
        )


def test_a_store_with_a_country_opened_twice_is_merged_into_the_first(empty_engine):
    engine = empty_engine
    upgrade(engine, "0016")
    store = Store(engine)
    with store.uow() as uow:
        load_reference(uow)
        uow.commit()
    with engine.begin() as conn:
        for situation_id, level in ((4, "watch"), (9, "serious_concern")):
            conn.execute(
                insert(Situation.__table__).values(
                    id=situation_id,
                    country_iso3="SDN",
                    name="Sudan",
                    level=level,
                    reasons=[],
                    created_at=utcnow(),
                )
            )
            conn.execute(
                insert(LevelChange.__table__).values(
                    situation_id=situation_id, to_level=level, reasons=[], changed_by="rule"
                )
            )

    upgrade(engine)

    with store.uow() as uow:
        kept = uow.session.scalars(select(Situation)).all()
        assert [(s.id, s.level) for s in kept] == [(4, "watch")]
        history = uow.session.scalars(select(LevelChange.situation_id)).all()
        assert sorted(history) == [4, 4]
        merged = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.actor == "migration:0017")
        ).all()
        assert [(e.entity_id, e.changes) for e in merged] == [("9", {"merged_into": 4})]
    store.dispose()
