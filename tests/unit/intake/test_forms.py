from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin.domain.errors import InvalidInput
from tocsin.domain.forms import FormSpec, validate_answers

FIELDS = [
    {"name": "witnesses", "label": "Witnesses", "kind": "number", "minimum": 0, "required": True},
    {
        "name": "armed",
        "label": "Were the attackers armed?",
        "kind": "choice",
        "choices": ["yes", "no", "unknown"],
    },
    {"name": "where", "label": "Exact location", "kind": "location"},
    {"name": "seen_on", "label": "Seen on", "kind": "date"},
]


def test_answers_are_checked_and_normalised():
    form = FormSpec.parse("incident", "Incident", FIELDS)
    answers = validate_answers(
        form,
        {
            "witnesses": "3",
            "armed": "yes",
            "where": {"lat": "12.5", "lon": "-1.5", "name": "Djibo"},
            "seen_on": "2026-01-02",
        },
    )
    assert answers == {
        "witnesses": 3.0,
        "armed": "yes",
        "where": {"lat": 12.5, "lon": -1.5, "name": "Djibo"},
        "seen_on": "2026-01-02",
    }


def test_every_problem_is_named_by_label():
    form = FormSpec.parse("incident", "Incident", FIELDS)
    with pytest.raises(InvalidInput) as info:
        validate_answers(
            form, {"armed": "maybe", "where": {"lat": "200", "lon": "0"}, "extra": "x"}
        )
    message = str(info.value)
    for part in (
        "Witnesses: required",
        "Were the attackers armed?: must be one of",
        "Exact location: latitude",
        "unknown field(s): extra",
    ):
        assert part in message


@pytest.mark.parametrize(
    "fields",
    [
        [{"name": "title", "kind": "text"}],
        [{"name": "files", "kind": "file"}],  # the API's own parts
        [{"name": "report", "kind": "text"}],
        [{"name": "Bad Name", "kind": "text"}],
        [{"name": "x", "kind": "colour"}],
        [{"name": "x", "kind": "choice"}],
        [{"name": "x", "kind": "text"}, {"name": "x", "kind": "number"}],
    ],
)
def test_bad_form_definitions_are_refused(fields):
    with pytest.raises(InvalidInput):
        FormSpec.parse("incident", "Incident", fields)


@pytest.mark.parametrize("number", ["nan", "inf", "-inf", "1e400"])
def test_a_number_no_json_can_hold_is_refused(number):
    """NaN and infinity would be stored as JSON that PostgreSQL refuses and no API can send."""
    form = FormSpec.parse("incident", "Incident", FIELDS)
    with pytest.raises(InvalidInput, match="Witnesses: must be a finite number"):
        validate_answers(form, {"witnesses": number})


def test_a_location_given_as_text_is_refused_with_what_it_needs():
    form = FormSpec.parse("incident", "Incident", FIELDS)
    with pytest.raises(InvalidInput, match="Exact location: give a latitude and a longitude"):
        validate_answers(form, {"witnesses": "1", "where": "Djibo"})


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
_FIELD = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["where", "n", "Bad", "title", ""]),
        "kind": st.sampled_from(["text", "choice", "multichoice", "date", "location", "number"]),
    },
    optional={key: _VALUES for key in ("label", "required", "choices", "minimum", "maximum")},
)


@settings(
    max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(
    fields=st.one_of(st.lists(_FIELD | _VALUES, max_size=3), _VALUES),
    answers=st.dictionaries(st.sampled_from(["where", "n", "x"]), _VALUES, max_size=3),
)
def test_any_form_definition_and_answers_are_taken_or_refused_with_a_reason(fields, answers):
    """An administrator types the fields as JSON; a reporter's client sends any answers."""
    try:
        form = FormSpec.parse("incident", "Incident", fields)
        validate_answers(form, answers)
    except InvalidInput as refusal:
        assert str(refusal)
