"""Places read in the report's context: its country's divisions, the peoples it names, its
language, and decomposed accents (review finding 6)."""

import pytest

from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.pipeline import _places_in_context
from tocsin.coding.places import PlaceCoder, find_places, in_context


def _pins(text: str, country: str | None = None) -> list[tuple[str, str]]:
    return [(text[s:e], entry.country) for entry, s, e in find_places(text, country)]


def _suggestions(text: str, country: str | None = None) -> list[Suggestion]:
    return PlaceCoder().code(ReportBatch([text], [country]))[0]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Police arrested 12 protesters in Atlanta, Georgia.", "US", [("Atlanta", "USA")]),
        ("Bandits attacked villages in Niger State and Kaduna.", "NG", [("Kaduna", "NGA")]),
        ("Bandits attacked villages in Niger and Kaduna.", "NG", [("Kaduna", "NGA")]),
        ("Refugees came from Niger State.", None, []),
        (
            "Soldiers crossed from Georgia into Armenia.",
            "AM",
            [("Georgia", "GEO"), ("Armenia", "ARM")],
        ),
    ],
)
def test_a_division_of_the_reports_country_is_not_the_foreign_country(
    text: str, country: str | None, expected: list[tuple[str, str]]
) -> None:
    assert _pins(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Troops crossed into Niger on Tuesday.", "NG", [("Niger", "NER")]),
        ("Bandits fled to Niger after the raid.", "NG", [("Niger", "NER")]),
        ("Refugees arrived from neighbouring Niger.", "NG", [("Niger", "NER")]),
        ("Gunmen struck a village near the border with Niger.", "NG", [("Niger", "NER")]),
        ("Niger's army said it repelled the attack.", "NG", [("Niger", "NER")]),
        ("Talks were held in the Republic of Niger.", "NG", [("Niger", "NER")]),
        ("Smugglers fled to Niger Republic.", "NG", [("Niger", "NER")]),
        ("Russian troops crossed into Georgia.", "US", [("Georgia", "GEO")]),
        ("Georgia's government recalled its ambassador.", "US", [("Georgia", "GEO")]),
    ],
)
def test_a_homonym_the_text_puts_across_a_border_is_the_foreign_country(
    text: str, country: str, expected: list[tuple[str, str]]
) -> None:
    assert _pins(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Bandits attacked villages in Niger State.", "NG", []),
        ("Bandits attacked villages in Niger state.", "NG", []),
        ("Smugglers fled to Niger State.", "NG", []),
        ("Police arrested 12 people in Minna, Niger.", "NG", [("Minna", "NGA")]),
        ("Bandits attacked villages in Niger.", "NG", []),
        ("Georgia's governor declared an emergency.", "US", []),
    ],
)
def test_a_homonym_with_no_border_word_stays_the_division(
    text: str, country: str, expected: list[tuple[str, str]]
) -> None:
    assert _pins(text, country) == expected


def test_a_country_named_as_an_actor_does_not_draw_the_towns_abroad() -> None:
    """A Nepalese report's "India's blockade" names an actor: Kanchanpur stays off India's map
    (ACLED's Nepal notes), as it was before possessives were read."""
    text = "People staged protests against India's blockade in Jumla, Kanchanpur and Lamjung."
    assert _pins(text, "NP") == [("India", "IND"), ("Jumla", "NPL"), ("Lamjung", "NPL")]


def test_a_possessive_is_a_country_or_a_home_town_not_a_persons_namesake_abroad() -> None:
    """A possessive is a person's far more often than a town's: "Obama's" is no town in Japan."""
    assert _pins("Protesters burned Obama's portrait outside Pattani's mosque.", "TH") == [
        ("Pattani", "THA")
    ]
    assert _pins("Protesters burned Obama's portrait.") == []


def test_a_division_named_like_a_home_town_is_pinned_at_that_town() -> None:
    assert _pins("The Kano State governor visited the market.", "NG") == [("Kano", "NGA")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Kikuyu must be driven out", None),
        ("Radio hosts kept calling the Igbo cockroaches.", "NG"),
    ],
)
def test_a_peoples_name_after_the_is_not_a_place(text: str, country: str | None) -> None:
    assert _pins(text, country) == []


def test_a_town_after_the_that_is_no_peoples_name_stays_a_place() -> None:
    assert _pins("Delegates met in the Hague.") == [("Hague", "NLD")]


def test_the_group_a_flagged_text_targets_is_not_pinned() -> None:
    text = "Kikuyu must be driven out of this county."
    places = _suggestions(text)
    assert [p.details["name"] for p in places] == ["Kikuyu"]
    flagged = Suggestion(
        "incitement",
        "call_to_violence",
        0.95,
        (7, 25),
        {"detected": True, "target_group": "Kikuyu"},
    )
    assert _places_in_context(text, {"places": places, "incitement": [flagged]}, None) == []
    quiet = Suggestion(
        "incitement", "none", 0.0, None, {"detected": False, "target_group": "Kikuyu"}
    )
    assert _places_in_context(text, {"places": places, "incitement": [quiet]}, None) == places


def test_a_target_found_with_its_article_is_not_pinned() -> None:
    places = _suggestions("Igbo must go.", "NG")
    assert places and in_context("Igbo must go.", places, "NG", "en", "the Igbo") == []


def test_an_everyday_word_of_the_reports_language_is_not_a_town_far_away() -> None:
    text = "Mataram dois."
    places = _suggestions(text)
    assert [p.details["country"] for p in places] == ["IDN"]
    assert in_context(text, places, None, "pt", None) == []
    assert in_context(text, places, "MZ", "pt", None) == []
    # near the report's country, or in another language, the town stays
    assert in_context(text, places, "TL", "pt", None) == places
    assert in_context(text, places, None, "en", None) == places


@pytest.mark.parametrize(
    ("text", "name"),
    [("Fighting in Bouake\u0301.", "Bouake\u0301"), ("Fighting in Se\u0301gou.", "Se\u0301gou")],
)
def test_a_decomposed_accent_is_inside_the_span(text: str, name: str) -> None:
    found = find_places(text)
    assert [text[s:e] for _, s, e in found] == [name]
