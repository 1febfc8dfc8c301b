"""Forecasts feed the situation level: stored forecasts open and raise situations, with reasons,
and the alert follows in the same transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tocsin.domain.errors import Conflict, InvalidInput
from tocsin.risk.situations import (
    end_override,
    ensure_situation,
    reassess_countries,
    set_level,
)
from tocsin.store.base import utcnow
from tocsin.store.models import Forecast

# One forecast run stamps all its rows with the same issue time.
ISSUED = datetime(2026, 1, 1, 6, tzinfo=UTC)


def _forecast(
    kind: str, country: str, probability: float, rank: int | None = None, admin1: str | None = None
) -> Forecast:
    return Forecast(
        kind=kind,
        country_iso3=country,
        admin1=admin1,
        probability=probability,
        rank=rank,
        period_start=date(2026, 1, 1),
        period_end=date(2027, 12, 31),
        model=f"tocsin-{kind}",
        issued_at=ISSUED,
    )


def _issued_now(store, forecast) -> int:
    """Store a forecast as issued now and reassess Myanmar; the level changes it made."""
    forecast.issued_at = utcnow()
    with store.uow() as uow:
        uow.add(forecast)
        uow.commit()
        return reassess_countries(uow, ["MMR"])


def test_forecasts_open_and_raise_situations(store):
    with store.uow() as uow:
        uow.add(_forecast("structural", "MMR", 0.16, rank=2))
        uow.add(_forecast("structural", "NOR", 0.001, rank=150))
        uow.add(_forecast("dynamic", "BFA", 0.72, admin1="Sahel"))
        uow.add(_forecast("dynamic", "BFA", 0.20, admin1="Centre"))
        uow.commit()
    with store.uow() as uow:
        assert reassess_countries(uow, ["MMR", "NOR", "BFA"]) == 2
    with store.uow() as uow:
        assert uow.situations.for_country("NOR") is None
        myanmar = uow.situations.for_country("MMR")
        assert myanmar.level == "serious_concern"
        assert myanmar.reasons[0].startswith("structural forecast: 16.0%")
        burkina = uow.situations.for_country("BFA")
        assert burkina.level == "imminent_risk" and "in Sahel" in burkina.reasons[0]
        assert {a.country_iso3 for a in uow.alerts.recent()} == {"MMR", "BFA"}
    with store.uow() as uow:  # nothing new: nothing changes
        assert reassess_countries(uow, ["MMR", "BFA"]) == 0


def test_a_forecast_for_months_already_past_raises_nothing(store):
    """Event data that stop years ago give an escalation forecast for months long gone: it is
    shown as such on the situation's page, but it says nothing about the level today."""
    past = _forecast("dynamic", "BFA", 0.72, admin1="Sahel")
    past.period_start, past.period_end = date(2021, 1, 1), date(2021, 3, 31)
    with store.uow() as uow:
        uow.add(past)
        uow.commit()
    with store.uow() as uow:
        assert reassess_countries(uow, ["BFA"], today=date(2026, 11, 24)) == 0
        assert uow.situations.for_country("BFA") is None
    with store.uow() as uow:  # on a day inside the period, the same forecast counts
        assert reassess_countries(uow, ["BFA"], today=date(2021, 1, 15)) == 1


def test_an_analysts_setting_holds_until_evidence_new_since_argues_for_more(store, analyst):
    """Running a forecast again on the same data must not undo a level an analyst lowered (and
    alert subscribers twice more); a forecast that argues for more than what they weighed does."""
    with store.uow() as uow:
        uow.add(_forecast("structural", "MMR", 0.16, rank=2))
        uow.commit()
        reassess_countries(uow, ["MMR"])
    with store.uow(analyst.actor) as uow:
        situation = uow.situations.for_country("MMR")
        set_level(uow, situation.id, "watch", "partners report the situation stable", analyst)
    assert _issued_now(store, _forecast("structural", "MMR", 0.16, rank=2)) == 0
    with store.uow() as uow:
        assert uow.situations.for_country("MMR").level == "watch"
        alerts_before = len(uow.alerts.recent())
    assert _issued_now(store, _forecast("dynamic", "MMR", 0.72, admin1="Rakhine")) == 1
    with store.uow() as uow:
        myanmar = uow.situations.for_country("MMR")
        assert myanmar.level == "imminent_risk"
        assert myanmar.reasons[0].startswith("new since an analyst set the level on")
        assert "in Rakhine" in myanmar.reasons[1]
        assert len(uow.alerts.recent()) == alerts_before + 1


def test_two_analysts_setting_the_level_at_once_cannot_both_write_from_the_same_level(
    store, analyst
):
    """The second analyst decided on a level the situation has left: their change is refused
    (409), so the history chains and no alert tells of a raising from a level left behind."""
    with store.uow() as uow:
        situation_id = ensure_situation(uow, "MMR").id
        uow.commit()
    with store.uow(analyst.actor) as first, store.uow(analyst.actor) as second:
        seen = second.situations.get(situation_id)  # both read "watch"
        assert seen.level == "watch"
        set_level(first, situation_id, "imminent_risk", "troops massing near the border", analyst)
        with pytest.raises(Conflict, match="changed meanwhile, to imminent risk"):
            set_level(second, situation_id, "serious_concern", "partners' briefings", analyst)
    with store.uow() as uow:
        history = uow.situations.history(situation_id)
        assert [(c.from_level, c.to_level) for c in reversed(history)] == [
            (None, "watch"),
            ("watch", "imminent_risk"),
        ]
        assert [a.title for a in uow.alerts.recent(country="MMR")] == [
            "Myanmar: level raised to imminent risk"
        ]


def test_evidence_an_analyst_set_aside_stays_set_aside_after_newer_evidence_raises_the_level(
    store, analyst
):
    """An analyst lowers a level an escalation forecast raised; a structural forecast issued
    later raises it one step. Running the same escalation forecast again must not then bring
    back the level the analyst judged unfounded."""
    with store.uow() as uow:
        uow.add(_forecast("dynamic", "MMR", 0.72, admin1="Rakhine"))
        uow.commit()
        reassess_countries(uow, ["MMR"])
    with store.uow(analyst.actor) as uow:
        situation = uow.situations.for_country("MMR")
        assert situation.level == "imminent_risk"
        set_level(uow, situation.id, "watch", "the surge is a reporting artefact", analyst)
    assert _issued_now(store, _forecast("structural", "MMR", 0.16, rank=2)) == 1
    with store.uow() as uow:
        assert uow.situations.for_country("MMR").level == "serious_concern"
    assert _issued_now(store, _forecast("dynamic", "MMR", 0.72, admin1="Rakhine")) == 0
    with store.uow() as uow:
        assert uow.situations.for_country("MMR").level == "serious_concern"


def test_an_analyst_hands_the_level_back_to_the_evidence(store, analyst):
    """The setting has served its purpose: the level becomes what all the evidence argues for,
    the forecast the analyst set aside included, and a forecast run again changes nothing."""
    with store.uow() as uow:
        uow.add(_forecast("dynamic", "MMR", 0.72, admin1="Rakhine"))
        uow.commit()
        reassess_countries(uow, ["MMR"])
    with store.uow(analyst.actor) as uow:
        situation_id = uow.situations.for_country("MMR").id
        set_level(uow, situation_id, "watch", "the surge is a reporting artefact", analyst)
    with store.uow(analyst.actor) as uow:
        change = end_override(
            uow, situation_id, "new sources confirm the surge in Rakhine", analyst, seen="watch"
        )
        assert (change.from_level, change.to_level, change.override) == (
            "watch",
            "imminent_risk",
            False,
        )
    with store.uow() as uow:
        myanmar = uow.situations.get(situation_id)
        assert myanmar.reasons[0] == (
            "an analyst handed the level back to the evidence: "
            "new sources confirm the surge in Rakhine"
        )
        assert "in Rakhine" in myanmar.reasons[1]
        assert uow.alerts.recent(country="MMR")[0].title == "Myanmar: level raised to imminent risk"
        assert reassess_countries(uow, ["MMR"]) == 0
    with store.uow(analyst.actor) as uow, pytest.raises(InvalidInput, match="already follows"):
        end_override(uow, situation_id, "nothing left to hand back", analyst)


def test_ending_a_setting_that_the_evidence_agrees_with_is_told_as_such(store, analyst):
    with store.uow() as uow:
        uow.add(_forecast("structural", "MMR", 0.16, rank=2))
        uow.commit()
        reassess_countries(uow, ["MMR"])
    with store.uow(analyst.actor) as uow:
        situation_id = uow.situations.for_country("MMR").id
        set_level(uow, situation_id, "imminent_risk", "troops massing, to be verified", analyst)
        set_level(uow, situation_id, "serious_concern", "the troops have withdrawn", analyst)
        end_override(uow, situation_id, "the structural forecast stands alone", analyst)
    with store.uow() as uow:
        alert = uow.alerts.recent(country="MMR")[0]
        assert alert.title == "Myanmar: level stays at serious concern"
        assert alert.body.startswith("Myanmar: the situation level stays at serious concern.")
        assert "Changed by: an analyst\n" in alert.body + "\n"
