"""A survey form in its reporters' languages: translations are checked where the administrator
saves them, shown with the default words as fallback, and a choice is kept as its default
words whatever language it was picked in."""

from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.domain.forms import FieldSpec, FormProblems, FormSpec, validate_answers

WHO = {
    "name": "who",
    "label": "Who attacked?",
    "labels": {"fr": "Qui a attaqué ?", "ar": "من هاجم؟"},
    "kind": "choice",
    "required": True,
    "choices": ["militia", "army", "unknown"],
    "choice_labels": {"fr": ["milice", "armée", "inconnu"]},
    "help": "Pick the closest.",
    "helps": {"fr": "Choisissez le plus proche."},
}
VILLAGE = {"name": "village", "label": "Village", "kind": "text", "required": True}


def _form(*fields: dict, **more) -> FormSpec:
    return FormSpec.parse("incident", "Incident", list(fields), **more)


def test_a_reader_sees_their_language_and_the_default_words_where_it_has_none():
    form = _form(WHO, VILLAGE, titles={"fr": "Incident (FR)"}, description="What happened")
    who, village = form.fields
    assert who.label_in("fr") == "Qui a attaqué ?"
    assert who.label_in("ar") == "من هاجم؟"
    assert who.label_in("es") == "Who attacked?"
    assert who.label_in(None) == "Who attacked?"
    assert who.help_in("fr") == "Choisissez le plus proche."
    assert who.help_in("ar") == "Pick the closest."
    assert who.choices_in("fr") == [
        ("militia", "milice"),
        ("army", "armée"),
        ("unknown", "inconnu"),
    ]
    assert who.choices_in("ar") == [
        ("militia", "militia"),
        ("army", "army"),
        ("unknown", "unknown"),
    ]
    assert village.label_in("fr") == "Village"
    assert form.title_in("fr") == "Incident (FR)" and form.title_in("pt") == "Incident"
    assert form.description_in("fr") == "What happened"


def test_a_choice_sent_in_a_translation_is_kept_as_the_default_choice():
    form = _form(WHO, {**WHO, "name": "also", "kind": "multichoice", "required": False})
    answers = validate_answers(form, {"who": "milice", "also": ["armée", "unknown"]})
    assert answers == {"who": "militia", "also": ["army", "unknown"]}
    # The default words, whatever the page's language.
    assert validate_answers(form, {"who": "army"}, "fr") == {"who": "army"}
    # Spaces are compared trimmed and collapsed, as for the default words.
    assert validate_answers(form, {"who": "  milice "}) == {"who": "militia"}


def test_a_problem_names_the_field_by_the_label_the_reader_saw():
    form = _form(WHO, VILLAGE)
    with pytest.raises(FormProblems) as told:
        validate_answers(form, {"who": "gendarmes"}, "fr")
    assert told.value.problems["who"].startswith("Qui a attaqué ?: must be one of 'milice'")
    assert told.value.problems["village"] == "Village: required"
    assert told.value.parts["who"] == (
        "Qui a attaqué ?",
        "must be one of %(choices)s",
        {"choices": "'milice', 'armée', 'inconnu'"},
    )
    assert told.value.parts["village"] == ("Village", "required", {})
    with pytest.raises(FormProblems) as told:
        validate_answers(form, {}, "ar")
    assert told.value.problems["who"] == "من هاجم؟: required"
    with pytest.raises(FormProblems) as told:
        validate_answers(form, {})
    assert told.value.problems["who"] == "Who attacked?: required"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"labels": {"de": "Wer?"}}, "form field who: labels: unknown language 'de'"),
        ({"labels": {"fr": "  "}}, "form field who: labels: fr: a text, not empty"),
        ({"labels": {"fr": 3}}, "form field who: labels: fr: a text, not empty"),
        ({"labels": ["Qui ?"]}, "form field who: labels: a table of language and text"),
        ({"helps": {"xx": "?"}}, "form field who: helps: unknown language 'xx'"),
        (
            {"choice_labels": {"fr": ["milice", "armée"]}},
            "form field who: choice_labels: fr: 2 choices for the 3 of choices",
        ),
        (
            {"choice_labels": {"fr": "milice, armée, inconnu"}},
            "form field who: choice_labels: fr: a list of texts",
        ),
        (
            {"choice_labels": {"fr": ["milice", " ", "inconnu"]}},
            "form field who: choice_labels: fr: an empty choice",
        ),
        (
            {"choice_labels": {"en": ["m", "a", "u"], "EN": ["m", "a", "u"]}},
            "form field who: choice_labels: unknown language 'EN'",
        ),
        (
            {"choice_labels": ["milice", "armée", "inconnu"]},
            "form field who: choice_labels: a table of language and list of choices",
        ),
        (
            {"choice_labels": {"fr": ["milice", "milice", "inconnu"]}},
            "form field who: choice_labels: fr: 'milice' is listed twice",
        ),
        (
            {"choice_labels": {"fr": ["army", "armée", "inconnu"]}},
            "form field who: choice_labels: fr: 'army' also names the choice 'army' (default)",
        ),
        (
            {"choice_labels": {"fr": ["milice", "armée", "x"], "es": ["x", "ejército", "y"]}},
            "form field who: choice_labels: es: 'x' also names the choice 'unknown' (fr)",
        ),
    ],
)
def test_a_bad_translation_is_refused_naming_the_field_and_language(change, named):
    with pytest.raises(InvalidInput) as refused:
        _form({**WHO, **change})
    assert named in str(refused.value)


def test_choices_in_other_languages_need_a_field_with_choices():
    with pytest.raises(InvalidInput, match="village: choice_labels: only a choice"):
        _form({**VILLAGE, "choice_labels": {"fr": ["x"]}})


@pytest.mark.parametrize(
    ("more", "named"),
    [
        ({"titles": {"fr": ""}}, "form titles: fr: a text, not empty"),
        ({"titles": {"it": "Incidente"}}, "form titles: unknown language 'it'"),
        ({"titles": {"fr": "x" * 201}}, "form titles: fr: at most 200 characters"),
        ({"descriptions": {"ar": None}}, "form descriptions: ar: a text, not empty"),
        ({"descriptions": "Décrivez"}, "form descriptions: a table of language and text"),
    ],
)
def test_a_bad_title_or_description_translation_is_refused(more, named):
    with pytest.raises(InvalidInput) as refused:
        _form(WHO, **more)
    assert named in str(refused.value)


def test_a_translation_may_repeat_the_default_words_of_its_own_choice():
    spec = FieldSpec.define({**WHO, "choice_labels": {"fr": ["milice", "army", "inconnu"]}})
    assert spec.choices_in("fr")[1] == ("army", "army")


def test_translations_survive_a_save_and_a_read():
    (spec,) = _form(WHO).fields
    again = FieldSpec.parse(spec.as_dict())
    assert again == spec
    assert spec.as_dict()["choice_labels"] == {"fr": ["milice", "armée", "inconnu"]}


def test_a_field_without_translations_reads_as_before():
    spec = FieldSpec.parse({"name": "who", "label": "Who", "kind": "choice", "choices": ["a"]})
    assert spec.label_in("fr") == "Who" and spec.choices_in("ar") == [("a", "a")]
    assert spec.as_dict()["labels"] == {} and spec.as_dict()["choice_labels"] == {}


def test_a_file_named_instead_of_attached_and_an_unknown_field_are_told_in_french():
    from tocsin.intake.forms import check_answers
    from tocsin.store.models import ReportForm
    from tocsin.web.languages import translations

    photo = {"name": "photo", "label": "Photo", "labels": {"fr": "Image"}, "kind": "file"}
    form = ReportForm(key="incident", version=1, title="Incident", fields=[photo, VILLAGE])
    french = translations("fr").gettext
    with pytest.raises(InvalidInput) as named:
        check_answers(form, {"photo": "photo.jpg"}, language="fr")
    assert str(named.value) == "Image: attach the file itself, not its name"
    assert named.value.told_in(french) == "Image : joignez le fichier lui-même, pas son nom"
    with pytest.raises(FormProblems) as unknown:
        check_answers(form, {"village": "Djibo", "colour": "red"}, language="fr")
    label, message, values = unknown.value.parts[""]
    assert french(message) % values == "champ(s) inconnu(s) : colour"


@pytest.mark.parametrize(
    ("answer", "english"),
    [
        ({"lat": "91", "lon": "2"}, "latitude must be between -90 and 90"),
        ({"lat": "12", "lon": "east"}, "longitude must be a number such as -1.6"),
        ({"lat": "12"}, "give both a latitude and a longitude, or neither"),
    ],
)
def test_a_points_problem_keeps_its_english_and_is_told_in_arabic(answer, english):
    from tocsin.web.languages import translations

    site = {"name": "site", "label": "Where", "labels": {"ar": "المكان"}, "kind": "location"}
    with pytest.raises(FormProblems) as told:
        validate_answers(_form(site), {"site": answer}, "ar")
    assert told.value.problems["site"] == f"المكان: {english}"
    label, message, values = told.value.parts["site"]
    arabic = translations("ar").gettext(message)
    assert arabic != message
    assert not set(arabic % values if values else arabic) & set("abcdefghijklmnopqrstuvwxyz")
