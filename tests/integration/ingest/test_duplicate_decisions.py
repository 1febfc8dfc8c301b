"""An analyst's word on a duplicate reaches the panels and the worker; which copy of a pair
counts does not depend on the order the files came in."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from tocsin.domain.errors import InvalidInput
from tocsin.ingest import panel_lock
from tocsin.ingest.dedup import decide_duplicate
from tocsin.ingest.panels import PanelStore
from tocsin.ingest.pipeline import import_file
from tocsin.risk.escalation.refresh import events_changed_at
from tocsin.store.engine import make_engine
from tocsin.store.locks import store_lock
from tocsin.store.models import Event
from tocsin.store.uow import Store


def _killing(dataset: str, source_id: str, day: date = date(2015, 5, 9), **more) -> Event:
    """One killing in Kachin, Myanmar, as a dataset records it."""
    admin1 = "Kachin State" if dataset == "ged" else "Kachin"
    return Event(
        dataset=dataset,
        source_event_id=source_id,
        event_date=day,
        country_iso3="MMR",
        admin1=admin1,
        fatalities=1,
        **more,
    )


def _pair(store: Store, copy_day: date = date(2015, 5, 9)) -> tuple[int, int]:
    """A GED killing and the ACLED row linked to it as a probable duplicate."""
    with store.uow() as uow:
        ged = _killing("ged", "209974")
        uow.add(ged)
        uow.flush()
        acled = _killing(
            "acled", "331MYA", copy_day, duplicate_of_id=ged.id, duplicate_status="probable"
        )
        uow.add(acled)
        uow.commit()
        return ged.id, acled.id


def _month(panels: PanelStore, panel: str, month: str) -> tuple[int, int]:
    frame = panels.read(panel, "MMR")
    row = frame[frame.month.astype(str) == month]
    return (int(row.events.sum()), int(row.fatalities.sum())) if len(row) else (0, 0)


def test_a_split_counts_the_event_in_its_panel_month_at_once(
    store: Store, panels: PanelStore
) -> None:
    _, acled = _pair(store)
    panels.rebuild(store)
    assert _month(panels, "country_month", "2015-05-01") == (1, 1)

    decide_duplicate(store, panels, "user:1", acled, "split")

    assert _month(panels, "country_month", "2015-05-01") == (2, 2)
    assert _month(panels, "admin1_month", "2015-05-01") == (2, 2)


def test_a_manual_link_leaves_the_copy_out_of_both_months(store: Store, panels: PanelStore) -> None:
    ged, acled = _pair(store, copy_day=date(2015, 6, 1))
    decide_duplicate(store, panels, "user:1", acled, "split")
    assert _month(panels, "country_month", "2015-06-01") == (1, 1)

    decide_duplicate(store, panels, "user:1", acled, "mark", original_id=ged)

    assert _month(panels, "country_month", "2015-05-01") == (1, 1)
    assert _month(panels, "country_month", "2015-06-01") == (0, 0)


def test_a_duplicate_decision_tells_the_worker_the_events_changed(
    store: Store, panels: PanelStore
) -> None:
    _, acled = _pair(store)
    before = events_changed_at(store)
    assert before is not None

    decide_duplicate(store, panels, "user:1", acled, "split")

    after = events_changed_at(store)
    assert after is not None and after > before


def test_an_original_with_copies_cannot_itself_be_marked_a_duplicate(
    store: Store, panels: PanelStore
) -> None:
    """Its copies would then point at a duplicate and drop out of every count."""
    ged, acled = _pair(store)
    with store.uow() as uow:
        other = _killing("csv", "P-1")
        uow.add(other)
        uow.commit()
        other_id = other.id

    with pytest.raises(InvalidInput, match="original of 1 other event"):
        decide_duplicate(store, panels, "user:1", ged, "mark", original_id=other_id)
    with store.uow() as uow:
        assert uow.session.get(Event, ged).duplicate_of_id is None
        assert uow.session.get(Event, acled).duplicate_of_id == ged


def test_a_decision_while_another_process_holds_the_panels_is_saved_with_a_warning(
    store: Store, panels: PanelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analyst's word is kept, and they are told the figures wait, rather than an error
    for a decision that was in fact saved."""
    _, acled = _pair(store)
    monkeypatch.setattr(panel_lock, "WAIT_SECONDS", 0.3)
    with store_lock(store.engine, "panels"):  # another process's turn, past the wait
        decided = decide_duplicate(store, panels, "user:1", acled, "split")

    assert decided.warning is not None
    assert decided.warning.startswith("panels not refreshed: run tocsin import panels")
    with store.uow() as uow:
        assert uow.session.get(Event, acled).duplicate_status == "split"


def _originals(store: Store) -> set[tuple[str, str, str, str]]:
    copy, original = aliased(Event), aliased(Event)
    query = select(
        copy.dataset, copy.source_event_id, original.dataset, original.source_event_id
    ).join(original, copy.duplicate_of_id == original.id)
    with store.uow() as uow:
        return {tuple(row) for row in uow.session.execute(query)}  # type: ignore[misc]


def test_the_copy_kept_does_not_depend_on_import_order(
    sqlite_store: Store, reference_db: Path, tmp_path: Path, ged191: Path, legacy_asia: Path
) -> None:
    """GED 19.1 then ACLED Asia 2015 and the other way round kept opposite copies of the
    same 19 pairs (Shan 2015-03: 170 deaths in one store, 181 in the other)."""
    shutil.copy(reference_db, tmp_path / "other.sqlite")
    other = Store(make_engine(f"sqlite:///{tmp_path / 'other.sqlite'}"))
    try:
        import_file(sqlite_store, "ged", ged191)
        import_file(sqlite_store, "acled", legacy_asia)
        import_file(other, "acled", legacy_asia)
        import_file(other, "ged", ged191)

        ged_first, acled_first = _originals(sqlite_store), _originals(other)
        assert ged_first == acled_first
        assert {(c, o) for c, _, o, _ in ged_first} == {("acled", "ged")}
        # A re-import of either file leaves the links as they are.
        import_file(other, "acled", legacy_asia, resume=False)
        import_file(other, "ged", ged191, resume=False)
        assert _originals(other) == acled_first
    finally:
        other.dispose()
