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


def test_a_decimal_comma_is_a_decimal_point_and_a_thousands_comma_is_asked_about():
    form = FormSpec.parse("incident", "Incident", FIELDS)
    answers = validate_answers(
        form, {"witnesses": "3,5", "where": {"lat": "14,1", "lon": "-1,627", "name": ""}}
    )
    assert answers["witnesses"] == 3.5 and answers["where"]["lon"] == -1.627
    with pytest.raises(InvalidInput, match=r"Witnesses: write 1,000 without a thousands sep"):
        validate_answers(form, {"witnesses": "1,000"})


def test_a_bad_coordinate_is_named_with_an_example_not_a_python_error():
    form = FormSpec.parse("incident", "Incident", FIELDS)
    with pytest.raises(InvalidInput) as info:
        validate_answers(form, {"witnesses": "1", "where": {"lat": "14°06'N", "lon": "1"}})
    assert "Exact location: latitude must be a number such as 14.1" in str(info.value)
    with pytest.raises(InvalidInput, match="Exact location: give both a latitude and a longit"):
        validate_answers(form, {"witnesses": "1", "where": {"lat": "14.1", "lon": ""}})


def test_a_location_may_be_a_place_name_alone():
    form = FormSpec.parse("incident", "Incident", FIELDS)
    answers = validate_answers(
        form, {"witnesses": "1", "where": {"lat": "", "lon": "", "name": " Camp Djibo "}}
    )
    assert answers["where"] == {"lat": None, "lon": None, "name": "Camp Djibo"}


def test_a_date_answer_in_the_future_is_refused_like_the_core_date():
    from datetime import date, timedelta

    form = FormSpec.parse("incident", "Incident", FIELDS)
    later = (date.today() + timedelta(days=3)).isoformat()
    with pytest.raises(InvalidInput, match="Seen on: cannot be in the future"):
        validate_answers(form, {"witnesses": "1", "seen_on": later})
    with pytest.raises(InvalidInput, match="Seen on: must be a date such as 2026-03-01"):
        validate_answers(form, {"witnesses": "1", "seen_on": "yesterday"})


def _choice_field(choices, **more) -> dict:
    return {"name": "who", "label": "Who attacked?", "kind": "choice", "choices": choices, **more}


def test_a_choice_is_saved_as_a_browser_sends_it_back():
    """An option's text loses its outer spaces and runs of them in a browser; a choice pasted
    from a spreadsheet with such spaces would otherwise be refused when picked."""
    form = FormSpec.parse(
        "spaces", "Spaces", [_choice_field(["armed  group", "militia ", "police"])]
    )
    assert form.fields[0].choices == ("armed group", "militia", "police")
    assert validate_answers(form, {"who": "armed group"}) == {"who": "armed group"}


@pytest.mark.parametrize(
    ("choices", "named"),
    [
        (["armed group", "armed  group"], "'armed group' is listed twice"),
        (["militia", " militia "], "'militia' is listed twice"),
        (["police", "   "], "an empty choice"),
    ],
)
def test_choices_the_same_once_spaces_are_collapsed_are_refused_by_name(choices, named):
    with pytest.raises(InvalidInput, match=f"form field who: choices: {named}"):
        FormSpec.parse("spaces", "Spaces", [_choice_field(choices)])


@pytest.mark.parametrize("given", ["false", "no", "0", 0, 1, None, "true"])
def test_required_is_a_json_boolean_or_refused_by_name(given):
    """`"required": "false"` used to make the field required."""
    field = {"name": "short", "kind": "text", "required": given}
    with pytest.raises(InvalidInput, match="form field short: required: true or false, not "):
        FormSpec.parse("incident", "Incident", [field])


def test_required_true_false_or_absent_is_taken():
    fields = [
        {"name": "a", "kind": "text", "required": True},
        {"name": "b", "kind": "text", "required": False},
        {"name": "c", "kind": "text"},
    ]
    form = FormSpec.parse("incident", "Incident", fields)
    assert [f.required for f in form.fields] == [True, False, False]


def test_a_title_longer_than_the_store_holds_is_refused():
    with pytest.raises(InvalidInput, match="form title: at most 200 characters"):
        FormSpec.parse("incident", "x" * 201, [])
    assert FormSpec.parse("incident", "x" * 200, []).title == "x" * 200


def test_a_stored_form_is_read_whatever_it_was_saved_with():
    """Forms saved before the stricter rules (repeated or spaced choices) stay readable, so
    their reports can still be sent and reviewed."""
    from tocsin.domain.forms import FieldSpec

    stored = FieldSpec.parse(_choice_field(["armed  group", "armed  group"], required=True))
    assert stored.choices == ("armed  group", "armed  group") and stored.required
