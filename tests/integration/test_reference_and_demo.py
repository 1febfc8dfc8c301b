"""`tocsin init` reference data and the demo: complete, idempotent, deterministic."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tocsin.demo.scenario import load_demo
from tocsin.reference.load import load_reference
from tocsin.respond.actions import response_gap
from tocsin.risk.following import followed_by
from tocsin.store.models import Country, Indicator, Measure, Report, Signal


def _counts(store):
    with store.uow() as uow:
        return {
            m.__name__: uow.session.scalar(select(func.count()).select_from(m))
            for m in (Country, Indicator, Measure)
        }


def test_reference_data_is_loaded_once(sqlite_store):
    before = _counts(sqlite_store)
    assert before["Country"] >= 249 and before["Indicator"] > 100 and before["Measure"] >= 15
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
        analyst = uow.users.by_email("analyst@demo.example.org")
        assert [s.country_iso3 for s in followed_by(uow, analyst.id)] == ["XVD"]
        gap = response_gap(uow, verdania.id)
        assert gap is not None and gap.actions == 2 and gap.days_to_first_action is not None
    assert load_demo(sqlite_store).already_loaded


def test_an_administrators_taxonomy_is_loaded_and_coded_against(
    sqlite_store, tmp_path, monkeypatch
):
    """TOCSIN_TAXONOMY_FILE names a corrected copy: `tocsin init` stores it as a new revision
    and the indicator coder reads its keywords."""
    from importlib.resources import files

    from tocsin.coding import registry
    from tocsin.coding.base import ReportBatch
    from tocsin.config import get_settings

    shipped = files("tocsin.data").joinpath("foa_2014.yaml").read_text(encoding="utf-8")
    edited = tmp_path / "foa_corrected.yaml"
    # An administrator adds a word monitors in the field use for a militia's lists of targets.
    first = 'keywords: ["lois d\'exception"'
    edited.write_text(
        shipped.replace(first, first.replace("[", '["listes noires de familles", '), 1),
        encoding="utf-8",
    )
    assert edited.read_text(encoding="utf-8") != shipped
    with sqlite_store.uow() as uow:
        before = uow.reference.current_revision()
    monkeypatch.setenv("TOCSIN_TAXONOMY_FILE", str(edited))
    get_settings.cache_clear()
    try:
        with sqlite_store.uow() as uow:
            summary = load_reference(uow)
            after = uow.reference.current_revision()
        assert after != before and summary.indicators > 100
        text = "Des miliciens tiennent des listes noires de familles dans chaque quartier."
        coder = registry.create("foa")
        assert coder.taxonomy.revision == after
        suggestion = next(s for s in coder.code(ReportBatch([text]))[0] if s.code == "7")
        assert text[suggestion.span[0] : suggestion.span[1]] == "listes noires de familles"
    finally:
        get_settings.cache_clear()


def _edited_taxonomy(tmp_path):
    from importlib.resources import files

    shipped = files("tocsin.data").joinpath("foa_2014.yaml").read_text(encoding="utf-8")
    edited = tmp_path / "foa_corrected.yaml"
    edited.write_text(
        shipped.replace("International or non-international armed conflict.",
                        "International or non-international armed conflict", 1),
        encoding="utf-8",
    )
    return edited


def test_going_back_to_an_earlier_taxonomy_file_makes_its_revision_current_again(
    sqlite_store, tmp_path
):
    """An administrator undoes a correction (unsets TOCSIN_TAXONOMY_FILE, `tocsin init`): the
    coder reads the shipped file again, so the store must tag and suggest against its
    revision, not against the correction that was stored last."""
    from tocsin.domain.taxonomy import load_taxonomy

    shipped = load_taxonomy()
    edited = _edited_taxonomy(tmp_path)
    with sqlite_store.uow() as uow:
        load_reference(uow, taxonomy_file=edited)
        assert uow.reference.current_revision() == load_taxonomy(edited).revision
    with sqlite_store.uow() as uow:
        summary = load_reference(uow, taxonomy_file=None)
        assert summary.indicators == 0 and summary.taxonomy_revision == shipped.revision
    with sqlite_store.uow() as uow:
        assert uow.reference.current_revision() == shipped.revision
        assert uow.reference.indicator(shipped.revision, "1.1").title.endswith("conflict.")


def test_serve_and_worker_refuse_a_taxonomy_file_the_store_has_not_loaded(
    sqlite_store, settings, tmp_path
):
    """Edited and the process restarted without `tocsin init`: the coder would read one
    revision while suggestions and ticks are stored against another by code."""
    import pytest

    from tocsin.bootstrap import same_taxonomy
    from tocsin.config import BadSettings

    same_taxonomy(sqlite_store, settings)  # the shipped file, loaded: nothing to say
    edited = settings.model_copy(update={"taxonomy_file": _edited_taxonomy(tmp_path)})
    with pytest.raises(BadSettings, match="TOCSIN_TAXONOMY_FILE: .* run `tocsin init`"):
        same_taxonomy(sqlite_store, edited)
    broken = tmp_path / "broken.yaml"
    broken.write_text("risk_factors: [", encoding="utf-8")
    with pytest.raises(BadSettings, match="TOCSIN_TAXONOMY_FILE: taxonomy: not valid YAML"):
        same_taxonomy(sqlite_store, settings.model_copy(update={"taxonomy_file": broken}))
    with sqlite_store.uow() as uow:
        load_reference(uow, taxonomy_file=edited.taxonomy_file)
    same_taxonomy(sqlite_store, edited)
