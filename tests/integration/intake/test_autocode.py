"""Automatic coding of incoming reports with the real offline coders, and the analyst's
decisions on the suggestions kept as training data."""

from __future__ import annotations

from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.domain.reports import Channel
from tocsin.intake.autocode import code_pending_reports
from tocsin.intake.service import (
    parse_submission,
    parse_verification,
    submit_report,
    verify_report,
)
from tocsin.store.models import Signal

TEXT = (
    "At a rally in Marvik the governor said the Kari are cockroaches who must be swept out "
    "of the valley before the election. Militia members in matching shirts cheered."
)


def _submit_from_the_public_form(store, title: str, text: str):
    with store.uow() as uow:
        return submit_report(
            uow,
            parse_submission({"title": title, "text": text, "country": "BFA"}),
            Principal.public(),
            Channel.WEB,
        )


def test_new_reports_get_suggestions_and_verification_settles_them(store, analyst):
    report = _submit_from_the_public_form(store, "Governor's speech", TEXT)
    assert code_pending_reports(store) == 1
    assert code_pending_reports(store) == 0  # each report is coded once

    with store.uow() as uow:
        coded = uow.reports.get(report.id)
        assert coded.language == "en" and coded.coding["incitement"]["detected"] is True
        suggestions = uow.session.scalars(select(Signal).where(Signal.status == "suggested")).all()
        codes = {s.indicator.code for s in suggestions}
        assert {"7.14", "8.7"} <= codes, "incitement is Framework of Analysis evidence"
        for s in suggestions:
            assert 0 < s.confidence <= 1 and s.asserted_by.startswith("model:")
            if s.span_start is not None:
                assert 0 <= s.span_start < s.span_end <= len(TEXT)
        keep = "8.7"

    with store.uow(analyst.actor) as uow:
        verify_report(uow, report.id, parse_verification({"indicators": [keep]}), analyst)
    with store.uow() as uow:
        signals = uow.signals.for_report(report.id)
        statuses = {s.indicator.code: s.status for s in signals}
        assert statuses[keep] == "confirmed"
        assert all(v in ("confirmed", "rejected") for v in statuses.values())
        assert all(s.decided_by_id == analyst.user_id for s in signals)


def test_a_report_in_french_is_coded_against_the_framework(store):
    text = (
        "À Marvik, le gouverneur a traité les Kari de cafards et a appelé à les exterminer "
        "avant les élections."
    )
    report = _submit_from_the_public_form(store, "Discours du gouverneur", text)
    assert code_pending_reports(store) == 1
    with store.uow() as uow:
        assert uow.reports.get(report.id).language == "fr"
        spans = {
            s.indicator.code: text[s.span_start : s.span_end]
            for s in uow.signals.for_report(report.id)
            if s.span_start is not None
        }
    # Found through the taxonomy's French keywords; the English ones find neither.
    assert spans.get("10.1") == "exterminer"
    assert "cafards" in spans.values()


def test_a_report_the_coders_cannot_read_does_not_hold_back_the_others(store, monkeypatch):
    """A coder that fails on one report (injected here around the real pipeline) would fail
    the whole batch at every pass of the worker: the others are coded, that one is marked."""
    import tocsin.coding.pipeline as pipeline

    real = pipeline.code_reports
    poison = "A report that breaks the coders, for this test only."

    def failing_on_poison(texts, countries=None):
        if poison in texts:
            raise RuntimeError("the coder broke")
        return real(texts, countries)

    monkeypatch.setattr(pipeline, "code_reports", failing_on_poison)
    good = _submit_from_the_public_form(store, "Governor's speech", TEXT)
    bad = _submit_from_the_public_form(store, "Broken", poison)

    assert code_pending_reports(store) == 2
    assert code_pending_reports(store) == 0  # nothing is left to hold the worker back

    with store.uow() as uow:
        assert uow.reports.get(good.id).coding["incitement"]["detected"] is True
        failed = uow.reports.get(bad.id)
        assert failed.coded_at is not None and "the coder broke" in failed.coding["error"]
        assert uow.signals.for_report(bad.id) == []
