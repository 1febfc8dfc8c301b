"""A forecast that lapses no longer holds the level it raised: the worker's pass (or the next
forecast run) lowers it, says which forecast lapsed and when, and the alert is e-mailed; an
analyst's setting is never lowered this way. On real SQLite and PostgreSQL, real SMTP."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from tocsin.network.subscribers import add_subscriber
from tocsin.risk.current import CountryForecast, CurrentForecast
from tocsin.risk.forecast_store import MODEL, StoredForecast, store_structural_forecast
from tocsin.risk.level_lapse import lower_lapsed_levels
from tocsin.risk.situations import ensure_situation, reassess_countries, set_level
from tocsin.store.base import utcnow
from tocsin.store.models import Delivery, Forecast
from tocsin.worker import default_jobs

ISSUED = datetime(2026, 1, 5, 6, tzinfo=UTC)
RAISED_ON = date(2026, 2, 1)  # inside the forecasts' periods


def _forecast(kind: str, probability: float, end: date, issued: datetime = ISSUED) -> Forecast:
    return Forecast(
        kind=kind,
        country_iso3="MMR",
        admin1="Rakhine" if kind == "dynamic" else None,
        probability=probability,
        rank=2 if kind == "structural" else None,
        period_start=date(2026, 1, 1),
        period_end=end,
        model=f"tocsin-{kind}",
        issued_at=issued,
    )


def _raised(store, *forecasts: Forecast) -> None:
    """Myanmar raised by the rule on these forecasts, on a day their periods covered."""
    with store.uow() as uow:
        for forecast in forecasts:
            uow.add(forecast)
        uow.commit()
        assert reassess_countries(uow, ["MMR"], today=RAISED_ON) == 1


def test_the_worker_lowers_a_level_whose_forecast_expired_and_emails_it(
    store, analyst, smtp, settings
):
    inbox, port = smtp
    settings.smtp_port = port
    with store.uow(analyst.actor) as uow:
        add_subscriber(uow, "Desk officer", "desk@example.org", ["MMR"], analyst)
    _raised(store, _forecast("dynamic", 0.72, end=date(2026, 4, 30)))
    jobs = default_jobs(store, settings, coding=False, background=False)
    jobs["outbox"]()
    assert "imminent risk" in inbox.wait_for(1)[0]["Subject"]

    jobs["levels"]()
    jobs["outbox"]()

    with store.uow() as uow:
        myanmar = uow.situations.for_country("MMR")
        assert myanmar.level == "watch"
        assert myanmar.reasons[0] == (
            "the escalation forecast of 2026-01-05 (model tocsin-dynamic) that raised it "
            "expired on 2026-04-30"
        )
        change = uow.situations.history(myanmar.id)[0]
        assert change.changed_by == "rule:level-fusion" and not change.override
        assert change.from_level == "imminent_risk"
        assert {d.status for d in uow.session.scalars(select(Delivery))} == {"sent"}
    lowered = inbox.wait_for(2)[1]
    assert lowered["To"] == "desk@example.org"
    assert "lowered to watch" in lowered["Subject"]
    assert "expired on 2026-04-30" in lowered.get_payload(decode=True).decode()

    assert jobs["levels"]() is None  # throttled to once an hour
    with store.uow() as uow:  # and again later: nothing more lapsed, nothing changes
        assert lower_lapsed_levels(uow) == 0
        assert len(uow.alerts.recent(country="MMR")) == 2


def test_other_evidence_that_still_holds_keeps_the_level_or_sets_how_far_it_falls(store):
    """The escalation forecast raised Myanmar to imminent risk; the structural one, still
    current, argues for serious concern: the level comes down one step, not to watch."""
    _raised(
        store,
        _forecast("structural", 0.16, end=date(2027, 12, 31)),
        _forecast("dynamic", 0.72, end=date(2026, 4, 30)),
    )
    with store.uow() as uow:
        assert lower_lapsed_levels(uow, today=date(2026, 4, 30)) == 0  # its last day
        assert lower_lapsed_levels(uow, today=date(2026, 5, 1)) == 1
        myanmar = uow.situations.for_country("MMR")
        assert myanmar.level == "serious_concern"
        assert "expired on 2026-04-30" in myanmar.reasons[0]
        assert myanmar.reasons[1].startswith("structural forecast: 16.0%")


def test_a_newer_forecast_that_argues_for_less_takes_back_the_raising_at_once(store):
    """`tocsin forecast run` stores a new issue and reassesses: a raising the older issue
    made and the newer does not support is taken back then, without waiting for the worker."""

    def issue(risk: float, rank: int, issued: datetime) -> StoredForecast:
        forecast = CurrentForecast(
            data_year=2025,
            horizon=(2026, 2027),
            countries=[CountryForecast("Myanmar (Burma)", 775, rank, risk)],
        )
        with store.uow() as uow:
            kept = store_structural_forecast(uow, forecast, issued_at=issued)
            uow.commit()
        return kept

    assert issue(0.21, 1, ISSUED).level_changes == 1
    newer = utcnow()
    assert issue(0.02, 45, newer).level_changes == 1
    with store.uow() as uow:
        myanmar = uow.situations.for_country("MMR")
        assert myanmar.level == "watch"
        assert myanmar.reasons[0] == (
            "the structural forecast of 2026-01-05 (model "
            f"{MODEL}) that raised it was superseded on {newer:%Y-%m-%d} by one at 2.0%"
        )


def test_an_analysts_setting_is_never_lowered_by_a_lapse(store, analyst):
    _raised(store, _forecast("dynamic", 0.72, end=date(2026, 4, 30)))
    with store.uow(analyst.actor) as uow:
        situation = uow.situations.for_country("MMR")
        set_level(
            uow, situation.id, "current_crisis", "mass killings reported by partners", analyst
        )
    with store.uow() as uow:
        assert lower_lapsed_levels(uow, today=date(2026, 6, 1)) == 0
        assert uow.situations.for_country("MMR").level == "current_crisis"


def test_a_raising_above_an_analysts_setting_falls_back_to_their_level_not_below(store, analyst):
    with store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, "MMR")
        uow.commit()
        set_level(uow, situation.id, "serious_concern", "displacement seen by partners", analyst)
    today = utcnow().date()
    with store.uow() as uow:  # an escalation forecast issued since raises it above theirs
        uow.add(_forecast("dynamic", 0.72, end=today + timedelta(days=10), issued=utcnow()))
        uow.commit()
        assert reassess_countries(uow, ["MMR"]) == 1
        assert uow.situations.for_country("MMR").level == "imminent_risk"
        assert lower_lapsed_levels(uow, today=today + timedelta(days=11)) == 1
        myanmar = uow.situations.for_country("MMR")
        assert myanmar.level == "serious_concern"
        assert "that raised it expired on" in myanmar.reasons[0]
        assert myanmar.reasons[1] == f"the level an analyst set on {today:%Y-%m-%d} stands"
