"""Revision 0020 on a store with level changes and alerts: their reasons and texts are kept,
the new columns start empty (the reasons then show as stored, in every language), and the
revision comes off again without losing a row."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tocsin.domain.reasons import told_reasons
from tocsin.domain.wording import translations
from tocsin.store.migrate import alembic_config, current_revision, upgrade
from tocsin.store.uow import Store

REASONS = '["opened for watch", "3 verified signal(s) in the last 90 days across risk factors 1"]'


def _seed_at_0019(engine) -> None:
    upgrade(engine, "0019")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO countries (iso3, iso2, name) VALUES ('BFA', 'BF', 'BF')"))
        conn.execute(
            text(
                "INSERT INTO situations (id, country_iso3, name, level, reasons, level_changed_at,"
                " created_at) VALUES (1, 'BFA', 'Burkina Faso', 'serious_concern', :reasons,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"reasons": REASONS},
        )
        conn.execute(
            text(
                "INSERT INTO level_changes (id, situation_id, at, from_level, to_level, reasons,"
                " changed_by, override) VALUES (1, 1, CURRENT_TIMESTAMP, 'watch',"
                " 'serious_concern', :reasons, 'rule:level-fusion', FALSE)"
            ),
            {"reasons": REASONS},
        )
        conn.execute(
            text(
                "INSERT INTO alerts (id, kind, situation_id, country_iso3, level, title, body,"
                " created_at) VALUES (1, 'level_change', 1, 'BFA', 'serious_concern',"
                " 'Burkina Faso: level raised', 'Why: ...', CURRENT_TIMESTAMP)"
            )
        )


def _columns(engine, table: str) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns(table)}


def test_revision_0020_keeps_every_reason_and_comes_off_cleanly(empty_engine):
    engine = empty_engine
    _seed_at_0019(engine)

    upgrade(engine)
    store = Store(engine)
    with store.uow() as uow:
        situation = uow.situations.get(1)
        (change,) = uow.situations.history(1)
        (alert,) = uow.alerts.recent()
        assert situation.reason_parts is None and change.reason_parts is None
        assert alert.level_change_id is None and alert.level_change is None
        french = translations("fr").gettext
        assert told_reasons(change.reasons, change.reason_parts, french) == [
            "opened for watch",
            "3 verified signal(s) in the last 90 days across risk factors 1",
        ]

    command.downgrade(alembic_config(engine), "0019")
    assert current_revision(engine) == "0019"
    assert "reason_parts" not in _columns(engine, "situations") | _columns(engine, "level_changes")
    assert "level_change_id" not in _columns(engine, "alerts")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM alerts")).scalar_one() == (
            "Burkina Faso: level raised"
        )
        assert conn.execute(text("SELECT count(*) FROM level_changes")).scalar_one() == 1
    upgrade(engine)
    assert "level_change_id" in _columns(engine, "alerts")
    engine.dispose()
