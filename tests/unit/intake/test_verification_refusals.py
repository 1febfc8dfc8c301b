"""An analyst's verification refused field by field: in English as the API has always named
the fields, and by the review page's labels in a reader's language."""

from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.intake.service import parse_verification
from tocsin.web.languages import translations


def _refused(data: dict) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        parse_verification(data)
    return caught.value


def test_the_english_refusal_names_the_fields_as_the_api_does() -> None:
    refused = _refused({"reliability": "G", "credibility": "0", "language": "eng"})
    assert str(refused) == (
        "reliability: must be one of A, B, C, D, E, F; "
        "credibility: must be one of 1, 2, 3, 4, 5, 6; "
        "language: 'eng' is not an ISO 639-1 language code"
    )


def test_a_page_tells_the_refusal_by_its_labels_in_its_language() -> None:
    french = translations("fr").gettext
    refused = _refused({"fatalities": "beaucoup", "indicators": ["1.1"] * 51})
    told = refused.told_in(french)
    whole = french("must be a whole number such as 12")
    assert told.startswith(french("Fatalities") + ": " + whole)
    assert french("at most %(number)s items") % {"number": 50} in told
    assert "should" not in told and "valid integer" not in told
    # In English, by the same labels.
    assert refused.told_in(lambda m: m).startswith("Fatalities: must be a whole number")


def test_a_good_grade_passes_as_given() -> None:
    decision = parse_verification({"reliability": " B ", "credibility": "2", "language": "ha"})
    assert (decision.reliability, decision.credibility, decision.language) == ("B", "2", "ha")
