"""The demo tells one story: its dates, forecasts and figures agree with one another, so a
newcomer touring it is not shown an escalation driven by deaths no page records."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tocsin.demo.scenario import load_demo
from tocsin.store.models import Event, Forecast, LevelChange, Report

TODAY = date(2026, 11, 24)


def test_demo_reports_are_received_when_their_story_says(sqlite_store):
    load_demo(sqlite_store, today=TODAY)
    with sqlite_store.uow() as uow:
        reports = uow.session.scalars(select(Report)).all()
        first_raise = min(
            c.at for c in uow.session.scalars(select(LevelChange)) if c.from_level is not None
        )
    assert all(r.received_at.date() == r.occurred_on for r in reports)
    decided = [r for r in reports if r.reviewed_at is not None]
    assert len(decided) == 12
    assert all(r.reviewed_at.date() == r.occurred_on + timedelta(days=1) for r in decided)
    assert min(r.received_at for r in reports) < first_raise


def test_demo_escalation_forecast_covers_the_three_months_after_its_data(sqlite_store):
    load_demo(sqlite_store, today=TODAY)
    with sqlite_store.uow() as uow:
        forecasts = uow.session.scalars(select(Forecast).where(Forecast.kind == "dynamic")).all()
    assert forecasts
    for forecast in forecasts:
        assert (forecast.period_start, forecast.period_end) == (
            date(2026, 11, 1),
            date(2027, 1, 31),
        )
        assert forecast.explanation["as_of"] == "2026-10"


def test_demo_escalation_figures_are_the_areas_own_events(sqlite_store):
    load_demo(sqlite_store, today=TODAY)
    with sqlite_store.uow() as uow:
        forecasts = uow.session.scalars(select(Forecast).where(Forecast.kind == "dynamic")).all()
        events = uow.session.scalars(select(Event)).all()
    window = (date(2026, 8, 1), date(2026, 10, 31))
    for forecast in forecasts:
        here = [
            e
            for e in events
            if (e.country_iso3, e.admin1) == (forecast.country_iso3, forecast.admin1)
            and e.violence_type == "violence_against_civilians"
            and window[0] <= e.event_date <= window[1]
        ]
        recent = forecast.explanation["recent_3_months"]
        assert recent["civilian_fatalities"] == sum(e.fatalities or 0 for e in here)
        assert recent["vac_events"] == len(here)
        if forecast.country_iso3 == "XKM":  # no events of its own: nothing to point to
            assert forecast.explanation["top_features"] == []
