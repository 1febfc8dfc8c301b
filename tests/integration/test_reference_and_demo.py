"""`tocsin init` reference data and the demo: complete, idempotent, deterministic."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tocsin.demo.scenario import load_demo
from tocsin.reference.load import load_reference
from tocsin.store.models import Country, Indicator, Measure, Organization, Report, Signal


def _counts(store):
    with store.uow() as uow:
        return {
            m.__name__: uow.session.scalar(select(func.count()).select_from(m))
            for m in (Country, Indicator, Measure, Organization)
        }


def test_reference_data_is_loaded_once(sqlite_store):
    before = _counts(sqlite_store)
    assert before["Country"] >= 249 and before["Indicator"] > 100 and before["Measure"] >= 15
    assert before["Organization"] >= 33
    with sqlite_store.uow() as uow:
        summary = load_reference(uow)
    assert summary.countries == summary.indicators == summary.measures == 0
    assert _counts(sqlite_store) == before


def test_countries_carry_un_regions(sqlite_store):
    with sqlite_store.uow() as uow:
        bfa = uow.reference.country("BFA")
        assert (bfa.region, bfa.subregion) == ("Africa", "Western Africa")
        assert uow.reference.resolve_country("Ivory Coast") == "CIV"


def test_demo_is_deterministic_and_escalates(sqlite_store, tmp_path):
    result = load_demo(sqlite_store, today=date(2026, 6, 1))
    assert result.reports == 14 and result.level_changes >= 2 and result.alerts >= 2
    with sqlite_store.uow() as uow:
        verdania = uow.situations.for_country("XVD")
        levels = [c.to_level for c in reversed(uow.situations.history(verdania.id))]
        assert levels[:3] == ["watch", "serious_concern", "imminent_risk"]
        assert uow.session.scalar(select(func.count()).select_from(Signal)) > 10
        assert all(r.country_iso3 in ("XVD", "XKM") for r in uow.session.scalars(select(Report)))
        deliveries = uow.alerts.deliveries()
        assert deliveries and all(d.status == "pending" for d in deliveries)
    assert load_demo(sqlite_store).already_loaded
