import pytest

from tocsin.coding.language import detect_language
from tocsin.coding.places import country_code, find_places


def test_places_resolve_to_coordinates_and_iso3_with_exact_spans() -> None:
    text = "Gunmen attacked Djibo on Monday; families fled to Ouagadougou."
    found = find_places(text)
    assert [(e.name, e.country) for e, _, _ in found] == [("Djibo", "BFA"),
                                                         ("Ouagadougou", "BFA")]
    entry, start, end = found[0]
    assert text[start:end] == "Djibo"
    assert abs(entry.lat - 14.1) < 0.2 and abs(entry.lon + 1.63) < 0.2


def test_country_context_chooses_between_places_of_the_same_name() -> None:
    assert find_places("Clashes in Tripoli.", "LBN")[0][0].country == "LBN"
    assert find_places("Clashes in Tripoli.", "LY")[0][0].country == "LBY"
    assert find_places("Clashes in Tripoli, Lebanon.")[0][0].country == "LBN"


def test_countries_and_common_words_are_handled() -> None:
    names = [e.name for e, _, _ in find_places("Police said refugees crossed into Niger.")]
    assert names == ["Niger"]
    assert country_code("Burkina Faso") == "BFA" and country_code("bf") == "BFA"


@pytest.mark.parametrize(("text", "code"), [
    ("Armed men attacked the village and burned the granaries.", "en"),
    ("Des hommes armés ont attaqué le village et brûlé les greniers.", "fr"),
    ("Hombres armados atacaron la aldea y quemaron los graneros.", "es"),
    ("Homens armados atacaram a aldeia e queimaram os celeiros.", "pt"),
    ("هاجم مسلحون القرية وأحرقوا مخازن الحبوب.", "ar"),
    ("Watu wenye silaha walivamia kijiji na kuchoma maghala ya nafaka.", "sw"),
    ("የታጠቁ ሰዎች መንደሩን አጠቁ።", "am"),
    ("လက်နက်ကိုင်တွေ ရွာကို တိုက်ခိုက်တယ်။", "my"),
])
def test_language_of_the_report(text: str, code: str) -> None:
    assert detect_language(text)[0] == code


def test_too_little_text_is_undetermined() -> None:
    assert detect_language("42 !") == ("und", 0.0)
