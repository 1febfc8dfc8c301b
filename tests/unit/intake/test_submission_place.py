"""Where a report says it happened is checked as an import's row is: a country the store does
not know is told together with the other bad fields, and a point outside the country is an
error on latitude, not an Event in the wrong place."""

from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.intake.bulk import parse_reports_csv
from tocsin.intake.service import check_submission, parse_submission

CORE = {"title": "Houses burned", "text": "At dawn armed men set fire to houses.", "country": "BFA"}


def test_an_unknown_country_is_named_with_the_other_bad_fields():
    with pytest.raises(InvalidInput) as refused:
        parse_submission(CORE | {"title": "x", "country": "Atlantis"})
    assert "title: " in str(refused.value)
    assert "country: unknown country 'Atlantis'" in str(refused.value)


def test_a_phrase_containing_a_country_is_an_unknown_country():
    with pytest.raises(InvalidInput, match="country: unknown country 'Benin City'"):
        parse_submission(CORE | {"country": "Benin City"})


def test_a_point_outside_the_country_is_an_error_on_latitude():
    with pytest.raises(InvalidInput) as refused:
        parse_submission(CORE | {"latitude": 48.85, "longitude": 2.35})  # Paris
    assert str(refused.value) == (
        "latitude: the point (48.85, 2.35) lies outside Burkina Faso's borders; "
        "are latitude and longitude swapped?"
    )
    with pytest.raises(InvalidInput, match="^latitude: .*swapped"):
        parse_submission(CORE | {"latitude": -1.6, "longitude": 14.1})  # Djibo, swapped
    assert parse_submission(CORE | {"latitude": 14.1, "longitude": -1.6}).latitude == 14.1


def test_the_demo_countries_and_their_points_are_accepted():
    assert parse_submission(CORE | {"country": "XVD", "latitude": 5.0, "longitude": 5.0})


def test_a_form_shows_the_point_problem_next_to_latitude():
    labels = {"latitude": "Coordinates (latitude)", "longitude": "Coordinates (longitude)"}
    _, problems = check_submission(CORE | {"latitude": 48.85, "longitude": 2.35}, labels)
    assert list(problems) == ["latitude"]
    assert problems["latitude"].startswith("Coordinates (latitude): the point (48.85, 2.35)")
    _, problems = check_submission(CORE | {"latitude": 14.1}, labels)
    assert problems == {
        "latitude": "Coordinates (latitude): latitude and longitude go together: give both "
        "or neither"
    }


def test_a_bulk_row_with_a_point_outside_its_country_is_named_by_its_line():
    content = (
        b"title,text,country,latitude,longitude\n"
        b"Houses burned,At dawn armed men set fire to houses.,BFA,14.1,-1.6\n"
        b"Houses burned,At dawn armed men set fire to houses.,BFA,-1.6,14.1\n"
    )
    rows, problems = parse_reports_csv(content)
    assert [line for line, _ in rows] == [2]
    assert problems == [
        "line 3: latitude: the point (-1.6, 14.1) lies outside Burkina Faso's borders; "
        "are latitude and longitude swapped?"
    ]
