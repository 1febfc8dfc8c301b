"""A report that stops being verified stops being evidence; verifying again corrects it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import select

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import Channel
from tocsin.ingest.export import EventFilter, export_events
from tocsin.intake.service import (
    parse_submission,
    parse_verification,
    publish_report,
    reject_report,
    start_review,
    submit_report,
    verify_report,
)
from tocsin.store.base import utcnow
from tocsin.store.models import AuditEntry, Event, ReportLink, Signal
from tocsin.store.uow import Store

TODAY = date(2026, 3, 1)


def _report(store: Store, who: Principal, title: str, country: str = "NER") -> int:
    data = {
        "title": title,
        "text": f"{title}. Armed men went house to house in the district.",
        "country": country,
        "occurred_on": "2026-02-20",
    }
    with store.uow(who.actor) as uow:
        return submit_report(uow, parse_submission(data), who, Channel.API).id


def _verify(store: Store, analyst: Principal, report_id: int, **decision: object) -> None:
    with store.uow(analyst.actor) as uow:
        verify_report(uow, report_id, parse_verification(decision), analyst, today=TODAY)


def _public_csv(store: Store, country: str = "NER") -> str:
    out = io.StringIO()
    export_events(store, "csv", out, EventFilter(country=country))
    return out.getvalue()


def test_a_rejected_report_no_longer_raises_the_level(store, analyst, monitor):
    fabricated = _report(store, monitor, "Fabricated claim")
    _verify(store, analyst, fabricated, indicators=["1.1"])
    with store.uow(analyst.actor) as uow:
        reject_report(uow, fabricated, "fabricated: the village does not exist", analyst)
    with store.uow() as uow:
        assert uow.events.for_report(fabricated) is None
        assert {s.status for s in uow.signals.for_report(fabricated)} == {"withdrawn"}
        # The audit log keeps the withdrawn Event whole.
        deleted = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "Event", AuditEntry.action == "delete")
        ).one()
        assert deleted.changes["source_event_id"].startswith("R-")

    # A second report on another risk factor: with the first one withdrawn, one risk factor
    # is verified, which is not enough to raise the level.
    real = _report(store, monitor, "Leaders call a group vermin")
    _verify(store, analyst, real, indicators=["10.7"])
    with store.uow() as uow:
        assert uow.situations.for_country("NER").level == "watch"


def test_verifying_again_corrects_the_event(store, analyst, monitor):
    report = _report(store, monitor, "Market attacked")
    _verify(store, analyst, report, event_type="Battles", fatalities=3)
    _verify(
        store,
        analyst,
        report,
        event_type="Violence against civilians",
        fatalities=30,
        civilian_targeting=True,
        note="corrected after a second source",
    )
    with store.uow() as uow:
        (event,) = uow.session.scalars(select(Event).where(Event.report_id == report)).all()
        assert (event.event_type, event.fatalities, event.civilian_targeting) == (
            "Violence against civilians",
            30,
            True,
        )
        # Counted as violence against civilians in panels and trends, as an ACLED row is.
        assert event.violence_type == "violence_against_civilians"


def test_a_published_report_can_be_withdrawn_and_verified_again(store, analyst, monitor):
    report = _report(store, monitor, "Houses burned")
    other = _report(store, monitor, "Same attack, another witness")
    _verify(store, analyst, report, indicators=["1.1"], event_type="Violence against civilians")
    with store.uow(analyst.actor) as uow:
        publish_report(uow, report, analyst)
        event_id = uow.events.for_report(report).id
        uow.add(ReportLink(report_id=other, event_id=event_id, kind="corroborates"))
        uow.commit()
    assert "Violence against civilians" in _public_csv(store)

    with store.uow(analyst.actor) as uow:
        assert start_review(uow, report, analyst).status == "in_review"
    assert "Violence against civilians" not in _public_csv(store)
    with store.uow() as uow:
        link = uow.session.scalars(select(ReportLink)).one()
        # The corroboration now points at the report, not at an event that is gone.
        assert (link.event_id, link.linked_report_id) == (None, report)

    _verify(store, analyst, report, indicators=["1.1"], event_type="Riots")
    with store.uow() as uow:
        assert uow.events.for_report(report).event_type == "Riots"
        signals = uow.session.scalars(select(Signal).where(Signal.report_id == report)).all()
        # The withdrawn Signal is confirmed again, not doubled.
        assert [s.status for s in signals] == ["confirmed"]


def test_a_verified_report_stays_out_of_public_events_until_published(store, analyst, monitor):
    data = {
        "title": "Monitor at the safehouse",
        "text": "Sending from where I am hiding, near the river crossing.",
        "country": "NER",
        "admin1": "Tillaberi",
        "place_name": "Delta safehouse",
        "latitude": 14.123456,
        "longitude": 1.654321,
    }
    with store.uow(monitor.actor) as uow:
        report = submit_report(uow, parse_submission(data), monitor, Channel.API).id
    _verify(store, analyst, report, event_type="Violence against civilians")
    assert "Violence against civilians" not in _public_csv(store)
    with store.uow(analyst.actor) as uow:
        publish_report(uow, report, analyst)
    published = _public_csv(store)
    assert "Violence against civilians" in published and "Tillaberi" in published
    # The public sees the region, never the spot: it can be where the witness hides.
    for spot in ("Delta safehouse", "14.12", "1.65"):
        assert spot not in published


def test_an_event_type_outside_the_vocabulary_is_refused(store, analyst, monitor):
    report = _report(store, monitor, "Raid")
    with pytest.raises(InvalidInput, match="event_type"):
        _verify(store, analyst, report, event_type="violence_against_civilians")
    with store.uow() as uow:
        assert uow.events.for_report(report) is None


def test_a_level_the_rule_raised_on_a_report_is_lowered_when_the_report_is_reopened(
    store, analyst, monitor
):
    """The level, its reasons and the alert said two verified signals; once the report that
    gave them is reopened they no longer count, so the rule takes its raising back and tells
    those it told of the raising."""
    today = utcnow().date()
    data = {
        "title": "Clashes and a call to drive out a group",
        "text": "Armed clashes near the town; a radio host urged listeners to drive them out.",
        "country": "NER",
        "occurred_on": today.isoformat(),
    }
    with store.uow(monitor.actor) as uow:
        report = submit_report(uow, parse_submission(data), monitor, Channel.API).id
    with store.uow(analyst.actor) as uow:
        verify_report(uow, report, parse_verification({"indicators": ["1.1", "8.7"]}), analyst)
    with store.uow() as uow:
        assert uow.situations.for_country("NER").level == "serious_concern"
    with store.uow(analyst.actor) as uow:
        start_review(uow, report, analyst)
    with store.uow() as uow:
        niger = uow.situations.for_country("NER")
        assert niger.level == "watch"
        assert niger.reasons[0] == (
            "a report was reopened or rejected: the 2 signals it gave no longer count"
        )
        assert [a.title for a in uow.alerts.recent(country="NER")][0] == (
            "Niger: level lowered to watch"
        )
