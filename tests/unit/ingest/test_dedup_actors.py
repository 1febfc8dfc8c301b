"""Actors decide whether two close events of one day and toll are one event told twice."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.ingest.dedup import STATE, THRESHOLD, _Ev, actor_words, similarity


def _event(id: int, dataset: str, *actors: str, deaths: int = 4) -> _Ev:
    return _Ev(
        id,
        dataset,
        f"{dataset}-{id}",
        date(2018, 12, 20),
        (14.93, -0.29),
        "mansoufouga",
        actor_words(*actors),
        deaths,
        None,
        None,
    )


def test_killings_by_different_perpetrators_are_never_linked_however_close() -> None:
    """The review's pair: ACLED BFO1331 (Islamic State (Greater Sahara) kills 4 civilians) and a
    partner's row of the same day and village (Koglweogo militia kills 4 Fulani herders) scored
    0.685 on place and toll alone."""
    acled = _event(1, "acled", "Islamic State (Greater Sahara)", "Civilians (Burkina Faso)")
    partner = _event(2, "csv", "Koglweogo self-defence militia", "Fulani herders")
    assert similarity(acled, partner) == 0.0


def test_shared_civilian_victims_do_not_make_two_perpetrators_one() -> None:
    acled = _event(1, "acled", "Islamic State (Greater Sahara)", "Civilians (Burkina Faso)")
    partner = _event(2, "csv", "Koglweogo self-defence militia", "Civilians")
    assert similarity(acled, partner) == 0.0


def test_the_same_killing_told_by_acled_and_ged_is_still_linked() -> None:
    acled = _event(1, "acled", "Civilians (Myanmar)", "Military Forces of Myanmar (2011-2016)")
    ged = _event(2, "ged", "Government of Myanmar (Burma)", "Civilians")
    assert similarity(acled, ged) >= THRESHOLD


def test_an_event_naming_no_one_can_still_be_linked() -> None:
    acled = _event(1, "acled", "Unidentified Armed Group (Bangladesh)")
    ged = _event(2, "ged", "JMB", "Civilians")
    assert similarity(acled, ged) >= THRESHOLD


@pytest.mark.parametrize(
    "name",
    [
        "Military Forces of Myanmar (2011-2016)",
        "Police Forces of Burkina Faso (2015-) Gendarmerie",
        "Government of Myanmar (Burma)",
        "Government of the Republic of the Union of Myanmar",
    ],
)
def test_state_forces_are_folded_on_their_own_patterns(name: str) -> None:
    assert STATE in actor_words(name)


@pytest.mark.parametrize(
    "name",
    [
        "KIA: Kachin Independence Army",
        "AA: Arakan Army",
        "United Wa State Army",
        "IS: Islamic State",
        "Islamic State (Greater Sahara)",
        "Mutiny of Military Forces of Burkina Faso (1987-2014)",
        "Government PG College Ad Hoc Teachers Association",
    ],
)
def test_an_army_or_a_state_in_a_name_is_not_state_forces(name: str) -> None:
    assert STATE not in actor_words(name)


def test_an_armed_group_fighting_the_army_is_not_the_army() -> None:
    rebels = _event(1, "acled", "AA: Arakan Army", "Civilians (Myanmar)")
    army = _event(2, "ged", "Government of Myanmar (Burma)", "Civilians")
    assert similarity(rebels, army) == 0.0


def test_unknown_gunmen_name_no_one_and_do_not_hold_a_pair_apart() -> None:
    acled = _event(
        1, "acled", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"
    )
    partner = _event(2, "csv", "Unknown gunmen")
    assert actor_words("Unknown gunmen") == frozenset()
    assert similarity(acled, partner) >= THRESHOLD
