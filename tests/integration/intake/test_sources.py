"""The sources reports name, and their grades."""

from __future__ import annotations

from tocsin.accounts.service import Principal
from tocsin.domain.reports import Channel
from tocsin.intake.service import parse_submission, parse_verification, submit_report, verify_report
from tocsin.store.models import Source


def _report(store, who: Principal, source: str) -> int:
    data = {
        "title": "Village raided",
        "text": "Armed men raided the village at dawn.",
        "country": "BFA",
        "source": source,
    }
    with store.uow(who.actor) as uow:
        return submit_report(uow, parse_submission(data), who, Channel.WEB).id


def test_a_name_typed_by_the_public_does_not_borrow_a_trusted_grade(store, analyst, monitor):
    trusted = _report(store, monitor, "Verdania monitoring network")
    with store.uow(analyst.actor) as uow:
        verify_report(uow, trusted, parse_verification({"reliability": "B"}), analyst)

    stranger = _report(store, Principal.public(), "Verdania monitoring network")
    again = _report(store, monitor, "Verdania monitoring network")
    with store.uow() as uow:
        sources = {
            r: uow.session.get(Source, uow.reports.get(r).source_id)
            for r in (trusted, stranger, again)
        }
    assert sources[again].id == sources[trusted].id and sources[again].reliability == "B"
    assert sources[stranger].id != sources[trusted].id
    assert (sources[stranger].kind, sources[stranger].reliability) == ("public", "F")
