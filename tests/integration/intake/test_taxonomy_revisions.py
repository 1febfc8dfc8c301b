"""A report's suggestions and ticks across a new revision of the taxonomy: a code that names
another indicator now is never confirmed in the earlier indicator's place."""

from __future__ import annotations

from datetime import date
from importlib.resources import files

import yaml

from tests.conftest import make_principal
from tocsin.accounts.service import Principal
from tocsin.domain.reports import Channel
from tocsin.domain.roles import Role
from tocsin.intake.service import parse_submission, parse_verification, submit_report, verify_report
from tocsin.reference.load import load_reference
from tocsin.store.models import Signal
from tocsin.web.pages.review import _review_context

PROTEST = "Thousands marched against the governor's decree; police dispersed them with tear gas."


def _renumbered(tmp_path):
    """1.10 found not to be in the official text and removed; 1.11 is 1.10 there; 1.1's
    wording corrected."""
    text = files("tocsin.data").joinpath("foa_2014.yaml").read_text(encoding="utf-8")
    document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    first = document["risk_factors"][0]
    first["indicators"] = [i for i in first["indicators"] if i["code"] != "1.10"]
    first["indicators"][-1]["code"] = "1.10"
    first["indicators"][0]["title"] = first["indicators"][0]["title"].rstrip(".")
    path = tmp_path / "foa_renumbered.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(document, Dumper=dumper, allow_unicode=True, sort_keys=False))
    return path


def _coded_under_the_shipped_revision(store, codes):
    with store.uow() as uow:
        report = submit_report(
            uow,
            parse_submission({"title": "Protest", "text": PROTEST, "country": "BFA"}),
            Principal.public(),
            Channel.WEB,
        )
        revision = uow.reference.current_revision()
        for code in codes:  # as the worker stores the coder's suggestions
            uow.add(
                Signal(
                    indicator_id=uow.reference.indicator(revision, code).id,
                    country_iso3="BFA",
                    observed_on=date(2026, 5, 1),
                    report_id=report.id,
                    confidence=0.8,
                    status="suggested",
                    asserted_by="model:foa-coder",
                )
            )
        uow.commit()
        return report.id, revision


def test_suggestions_follow_their_indicator_into_a_new_revision_never_its_bare_code(
    sqlite_store, tmp_path
):
    analyst = make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    codes = ["1.1", "1.10", "1.11", "8.7"]
    report_id, shipped = _coded_under_the_shipped_revision(sqlite_store, codes)
    with sqlite_store.uow() as uow:
        protests = uow.reference.indicator(shipped, "1.10").title
        load_reference(uow, taxonomy_file=_renumbered(tmp_path))
    with sqlite_store.uow() as uow:
        revision = uow.reference.current_revision()
        assert revision != shipped
        assert uow.reference.indicator(revision, "1.10").title != protests
        context = _review_context(uow, report_id)
        # 1.1 reworded and 8.7 unchanged keep their codes, 1.11 is pre-ticked as 1.10, its
        # code now; the removed 1.10 is shown apart, not as the item that took its code.
        assert context["shown"]["indicators"] == {"1.1", "1.10", "8.7"}
        assert context["suggested"]["1.10"].indicator.code == "1.11"
        assert [s.indicator.title for s in context["earlier_suggestions"]] == [protests]

    with sqlite_store.uow(analyst.actor) as uow:
        decision = parse_verification({"indicators": ["1.10", "8.7"]})
        verify_report(uow, report_id, decision, analyst)
    with sqlite_store.uow() as uow:
        decided = {
            (s.indicator.revision, s.indicator.code): (s.status, s.asserted_by)
            for s in uow.signals.for_report(report_id)
        }
    assert decided == {
        (shipped, "1.1"): ("rejected", "model:foa-coder"),
        (shipped, "1.10"): ("rejected", "model:foa-coder"),
        (shipped, "1.11"): ("confirmed", "model:foa-coder"),
        (shipped, "8.7"): ("confirmed", "model:foa-coder"),
    }


def test_a_code_given_to_another_indicator_is_confirmed_as_that_indicator(
    sqlite_store, tmp_path
):
    """Ticking 1.10 after the renumbering confirms the indicator 1.10 names now, though an
    earlier revision's 1.10 was suggested (and confirmed) for the report."""
    analyst = make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    report_id, shipped = _coded_under_the_shipped_revision(sqlite_store, ["1.10"])
    with sqlite_store.uow() as uow:
        load_reference(uow, taxonomy_file=_renumbered(tmp_path))
        revision = uow.reference.current_revision()
    with sqlite_store.uow(analyst.actor) as uow:
        verify_report(uow, report_id, parse_verification({"indicators": ["1.10"]}), analyst)
    with sqlite_store.uow() as uow:
        decided = {
            (s.indicator.revision, s.indicator.code): s.status
            for s in uow.signals.for_report(report_id)
        }
    assert decided == {(shipped, "1.10"): "rejected", (revision, "1.10"): "confirmed"}


def test_confirmed_codings_teach_the_coder_the_indicator_they_were_confirmed_for(
    sqlite_store, tmp_path
):
    """The learned model predicts codes of the revision in use: an earlier 1.11 is learned as
    1.10, and the removed 1.10 is not learned as the indicator that took its code."""
    from tocsin.coding.learning import read_decisions

    analyst = make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    report_id, _ = _coded_under_the_shipped_revision(sqlite_store, ["1.10", "1.11", "8.7"])
    with sqlite_store.uow(analyst.actor) as uow:
        decision = parse_verification({"indicators": ["1.10", "1.11", "8.7"]})
        verify_report(uow, report_id, decision, analyst)
    with sqlite_store.uow() as uow:
        assert sorted(c for _, c in read_decisions(uow).indicators) == ["1.10", "1.11", "8.7"]
        load_reference(uow, taxonomy_file=_renumbered(tmp_path))
    with sqlite_store.uow() as uow:
        assert sorted(c for _, c in read_decisions(uow).indicators) == ["1.10", "8.7"]
