"""Two workers coding at once: each report is coded once, its suggestions stored once, and an
analyst's decision settles every copy of a suggestion."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.domain.reports import Channel
from tocsin.intake import autocode
from tocsin.intake.autocode import code_pending_reports
from tocsin.intake.service import (
    parse_submission,
    parse_verification,
    start_review,
    submit_report,
    verify_report,
)
from tocsin.store.models import Signal

CODING = {"language": "en", "indicators": [{"code": "8.7", "confidence": 0.9}]}


def _submit(store) -> int:
    data = {"title": "Speech", "text": "The governor spoke at a rally.", "country": "BFA"}
    with store.uow() as uow:
        return submit_report(uow, parse_submission(data), Principal.public(), Channel.WEB).id


def _suggested(store, report_id: int) -> list[str]:
    with store.uow() as uow:
        query = select(Signal).where(Signal.report_id == report_id, Signal.status == "suggested")
        return [s.indicator.code for s in uow.session.scalars(query)]


def test_a_second_worker_does_not_code_reports_the_first_is_coding(store, monkeypatch):
    report_id = _submit(store)
    second: list[int] = []

    def code_while_another_worker_runs(reports):
        second.append(code_pending_reports(store))
        return [CODING for _ in reports]

    monkeypatch.setattr(autocode, "_code", code_while_another_worker_runs)

    assert code_pending_reports(store) == 1
    assert second == [0]
    assert _suggested(store, report_id) == ["8.7"]


def test_a_worker_whose_claim_ran_out_does_not_store_its_coding_again(store, monkeypatch):
    report_id = _submit(store)
    second: list[int] = []
    calls = []

    def code_slowly(reports):
        calls.append(reports)
        if len(calls) == 1:  # the first worker's claim has run out: a second worker takes over
            second.append(code_pending_reports(store))
        return [CODING for _ in reports]

    monkeypatch.setattr(autocode, "_code", code_slowly)

    assert code_pending_reports(store, lease=timedelta(seconds=-1)) == 0
    assert second == [1]
    assert _suggested(store, report_id) == ["8.7"]


def test_verifying_settles_every_copy_of_a_suggestion(store, analyst, monkeypatch):
    report_id = _submit(store)
    monkeypatch.setattr(autocode, "_code", lambda reports: [CODING for _ in reports])
    code_pending_reports(store)
    with store.uow() as uow:  # a copy stored by a second worker before revision 0011
        (first,) = uow.signals.for_report(report_id)
        copy = {c.key: getattr(first, c.key) for c in Signal.__table__.columns if c.key != "id"}
        uow.add(Signal(**copy))
        uow.commit()
    with store.uow(analyst.actor) as uow:
        start_review(uow, report_id, analyst)
    with store.uow(analyst.actor) as uow:
        verify_report(uow, report_id, parse_verification({"indicators": []}), analyst)

    with store.uow() as uow:
        statuses = [s.status for s in uow.signals.for_report(report_id)]
    assert statuses == ["rejected"], "a copy left suggested would come back pre-ticked"
