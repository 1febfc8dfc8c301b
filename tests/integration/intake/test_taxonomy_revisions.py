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
    """1.10 found not to be in the official text and removed; 1.11 is 1.10 there."""
    text = files("tocsin.data").joinpath("foa_2014.yaml").read_text(encoding="utf-8")
    document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    first = document["risk_factors"][0]
    first["indicators"] = [i for i in first["indicators"] if i["code"] != "1.10"]
    first["indicators"][-1]["code"] = "1.10"
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


def test_a_suggestion_whose_code_was_renumbered_is_not_ticked_nor_confirmed_as_the_new_item(
    sqlite_store, tmp_path
):
    analyst = make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    report_id, shipped = _coded_under_the_shipped_revision(sqlite_store, ["1.10", "8.7"])
    with sqlite_store.uow() as uow:
        protests = uow.reference.indicator(shipped, "1.10").title
        load_reference(uow, taxonomy_file=_renumbered(tmp_path))
    with sqlite_store.uow() as uow:
        revision = uow.reference.current_revision()
        assert revision != shipped
        assert uow.reference.indicator(revision, "1.10").title != protests
        context = _review_context(uow, report_id)
        # 8.7 kept its wording: still pre-ticked; 1.10 now names another item: shown apart.
        assert context["shown"]["indicators"] == {"8.7"}
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
        (shipped, "1.10"): ("rejected", "model:foa-coder"),
        (revision, "1.10"): ("confirmed", analyst.actor),
        (shipped, "8.7"): ("confirmed", "model:foa-coder"),
    }
