from collections import Counter

import joblib
import numpy as np
import pytest
from sklearn.metrics import f1_score

from tests.shared_data import shared_file
from tests.unit.coding.amharic_burmese_examples import AM_EVENTS, MY_EVENTS
from tests.unit.coding.french_examples import FR_EVENT_REPORTS, FR_EVENT_REPORTS_2
from tests.unit.coding.hausa_examples import HA_EVENTS
from tests.unit.coding.kinyarwanda_examples import RW_EVENTS
from tests.unit.coding.somali_examples import SO_EVENTS
from tests.unit.coding.spanish_portuguese_examples import (
    ES_EVENT_REPORTS,
    ES_EVENT_REPORTS_2,
    PT_EVENT_REPORTS,
    PT_EVENT_REPORTS_2,
)
from tests.unit.coding.sudan_examples import (
    AR_EVENT_REPORTS,
    AR_REPORTS,
    AR_REPORTS_BLIND,
    AR_REPORTS_HELD_OUT,
    AR_RIOT_REPORTS,
)
from tests.unit.coding.swahili_examples import SW_EVENTS
from tests.unit.coding.tigrinya_examples import TI_EVENTS
from tocsin.coding.acled_notes import current_type, read_notes
from tocsin.coding.base import ReportBatch
from tocsin.coding.event_rules import apply_rules
from tocsin.coding.events import (
    EventTypeCoder,
    EventTypeModel,
    civilians_harmed,
    lead_of_note,
    pooled_vectors,
)

RULE_CASES = [
    ("An IED exploded under a military vehicle near the bridge.", "Explosions/Remote violence"),
    ("Soldiers clashed with militants for two hours.", "Battles"),
    ("Gunmen abducted three villagers from their homes.", "Violence against civilians"),
    ("A mob lynched a suspected thief and vandalised the police post.", "Riots"),
    ("Teachers staged a sit-in demanding unpaid salaries.", "Protests"),
    ("Police arrested five suspects and seized weapons.", "Strategic developments"),
]

# Field reports in the other languages monitors write in: language, text, ACLED type.
MULTILINGUAL_CASES = [
    ("fr", "Des manifestants ont bloqué la route pour protester contre le manque d'eau à "
           "Koudougou.", "Protests"),
    ("fr", "Un présumé voleur a été victime de la vindicte populaire à Ouagadougou.", "Riots"),
    ("fr", "Des hommes armés non identifiés ont enlevé trois villageois à Djibo.",
     "Violence against civilians"),
    ("fr", "Un engin explosif improvisé a explosé au passage d'un convoi près de Dori.",
     "Explosions/Remote violence"),
    ("fr", "Des affrontements ont opposé les militaires aux jihadistes près d'Arbinda.",
     "Battles"),
    ("fr", "Les forces de sécurité ont interpellé dix suspects à Fada.",
     "Strategic developments"),
    ("es", "Manifestantes bloquearon la carretera en protesta por la falta de agua.",
     "Protests"),
    ("es", "Una turba linchó a un presunto ladrón en El Alto.", "Riots"),
    ("es", "Hombres armados asesinaron a un líder social en el Cauca.",
     "Violence against civilians"),
    ("es", "Un coche bomba explotó frente a una estación de policía.",
     "Explosions/Remote violence"),
    ("es", "Enfrentamientos entre el ejército y la guerrilla en el Catatumbo.", "Battles"),
    ("es", "Miles de desplazados huyeron de sus hogares tras las amenazas.",
     "Strategic developments"),
    ("pt", "Manifestantes bloquearam a estrada em protesto contra a falta de água.",
     "Protests"),
    ("pt", "Uma multidão linchou um suspeito de roubo em Maputo.", "Riots"),
    ("pt", "Homens armados decapitaram cinco civis numa aldeia de Cabo Delgado.",
     "Violence against civilians"),
    ("pt", "Um bombardeio aéreo atingiu o mercado.", "Explosions/Remote violence"),
    ("pt", "Insurgentes e militares travaram confrontos em Mocímboa da Praia.", "Battles"),
    ("pt", "O governo e os rebeldes assinaram um acordo de paz.", "Strategic developments"),
    ("ar", "تظاهر مئات الطلاب في الخرطوم للمطالبة برحيل الحكومة", "Protests"),
    ("ar", "أعمال شغب واسعة ورشق بالحجارة في طرابلس", "Riots"),
    ("ar", "مسلحون اختطفوا عشرة مدنيين من قرية قرب الفاشر", "Violence against civilians"),
    ("ar", "غارة جوية استهدفت مواقع في إدلب", "Explosions/Remote violence"),
    ("ar", "اشتباكات بين الجيش والمتمردين في درعا", "Battles"),
    ("ar", "نزوح آلاف العائلات من القرى الحدودية", "Strategic developments"),
    ("sw", "Waandamanaji walifunga barabara wakipinga ukosefu wa maji.", "Protests"),
    ("sw", "Wananchi wenye hasira walimpiga hadi kufa mshukiwa wa wizi.", "Riots"),
    ("sw", "Watu wenye silaha waliwateka nyara wanakijiji watatu usiku.",
     "Violence against civilians"),
    ("sw", "Bomu la kutegwa lililipuka msafara wa jeshi ulipopita.",
     "Explosions/Remote violence"),
    ("sw", "Mapigano makali kati ya jeshi na waasi yaliendelea kwa saa nne.", "Battles"),
    ("sw", "Polisi wamewatia mbaroni washukiwa kumi; wengine walitiwa nguvuni jana.",
     "Strategic developments"),
]


@pytest.fixture(scope="module")
def burkina_model() -> EventTypeModel:
    """Trained on Burkina Faso's English notes, n-grams and rules only: sentence vectors of
    3,800 notes would make a slow unit test."""
    train = list(read_notes(shared_file("events/acled/acled_burkina_faso_1997-2020.csv")))
    model = EventTypeModel(sentence_vectors=False)
    return model.fit([n.text for n in train], [n.event_type for n in train])


def test_the_lead_is_the_first_sentence_without_its_date_and_places() -> None:
    note = ("On 12 July 2022, a group of locals beat a suspected thief in Bohicon (Bohicon, Zou). "
            "He was later saved by firemen.")
    lead = lead_of_note(note)
    assert "a group of locals beat a suspected thief in bohicon" in lead
    assert "2022" not in lead and "zou" not in lead and "firemen" not in lead


@pytest.mark.parametrize(("text", "label"), RULE_CASES)
def test_keyword_rules_pick_the_acled_type(text: str, label: str) -> None:
    verdict = apply_rules(text)
    assert verdict.label == label
    assert verdict.span is not None and text[verdict.span[0] : verdict.span[1]].strip()


@pytest.mark.parametrize(("language", "text", "label"), MULTILINGUAL_CASES)
def test_keyword_rules_read_french_spanish_portuguese_arabic_and_swahili(
    language: str, text: str, label: str
) -> None:
    verdict = apply_rules(text)
    assert verdict.label == label, (language, verdict.scores)
    # The span is the cue itself, in the report as written (accents and all).
    start, end = verdict.span
    assert text[start:end].strip() and text[start:end] == text[start:end].strip()


def test_swahili_reports_written_without_sight_of_the_cues_find_their_type() -> None:
    """Twelve reports written blind to the Swahili cues. Without those cues all twelve fall
    to the default type, Strategic developments, which is right for two of them."""
    right = [apply_rules(text).label == label for text, label in SW_EVENTS]
    assert sum(right) >= 10, right


@pytest.mark.parametrize(
    "examples",
    [AM_EVENTS, MY_EVENTS, TI_EVENTS, HA_EVENTS, SO_EVENTS, RW_EVENTS],
    ids=["amharic", "burmese", "tigrinya", "hausa", "somali", "kinyarwanda"],
)
def test_reports_in_the_later_languages_written_without_sight_of_the_cues_find_their_type(
    examples: list[tuple[str, str]],
) -> None:
    """Without their own cues, the Amharic, Burmese, Hausa and Somali reports all fall to the
    default type (2 of 12 right); the Tigrinya ones, which share words with Amharic, get 5,
    the Kinyarwanda ones, through Swahili's, 4."""
    right = [apply_rules(text).label == label for text, label in examples]
    assert sum(right) >= 9, right


def test_an_english_trained_model_codes_other_languages_through_the_rule_scores(
    burkina_model: EventTypeModel,
) -> None:
    """The n-grams of an English export hardly occur in a French or Arabic report; the rule
    scores, which every language's cues feed, carry the type across."""
    texts = [text for _, text, _ in MULTILINGUAL_CASES]
    truth = [label for _, _, label in MULTILINGUAL_CASES]
    predicted = burkina_model.predict(texts)
    right = sum(p == t for p, t in zip(predicted, truth, strict=True))
    assert right >= 0.75 * len(texts), list(zip(truth, predicted, strict=True))


@pytest.mark.parametrize(
    ("reports", "fewest"),
    [
        (FR_EVENT_REPORTS, 35), (FR_EVENT_REPORTS_2, 46), (PT_EVENT_REPORTS, 35),
        (PT_EVENT_REPORTS_2, 29), (ES_EVENT_REPORTS, 35), (ES_EVENT_REPORTS_2, 28),
    ],
    ids=["french", "french-2", "portuguese", "portuguese-2", "spanish", "spanish-2"],
)
def test_french_portuguese_and_spanish_field_reports_get_their_type(reports, fewest):
    """Blind, French 29 of 36 and 42 of 48, Portuguese 23 of 36 and 27 of 30, Spanish 22 of 36
    and 24 of 30 (each second set with the first set's cues); nearly all after their misses
    were read (docs/coding.md)."""
    right = [apply_rules(text).label == label for text, label in reports]
    missed = [t[:60] for (t, _), ok in zip(reports, right, strict=True) if not ok]
    assert sum(right) >= fewest, missed


def test_reports_in_a_language_the_model_did_not_learn_keep_the_rules(
    burkina_model: EventTypeModel,
) -> None:
    """The French reports of a writer who saw neither cues nor model: the rules code them
    better than a model of English notes, so the coder gives them to the rules and English
    reports of the same batch to the model."""
    english = "Soldiers clashed with militants near the river on Monday."
    texts = [english, *(t for t, _ in FR_EVENT_REPORTS)]
    suggestions = [s for [s] in EventTypeCoder(model=burkina_model).code(ReportBatch(texts))]
    assert suggestions[0].details["method"] == "trained"
    assert {s.details["method"] for s in suggestions[1:]} == {"rules"}
    coded = [s.label for s in suggestions[1:]]
    assert coded == [apply_rules(t).label for t, _ in FR_EVENT_REPORTS]
    right = sum(c == label for c, (_, label) in zip(coded, FR_EVENT_REPORTS, strict=True))
    model_right = sum(
        p == label
        for p, (_, label) in zip(burkina_model.predict(texts[1:]), FR_EVENT_REPORTS, strict=True)
    )
    assert right > model_right, (right, model_right)


def test_a_model_that_learned_french_codes_french_reports() -> None:
    texts = [t for t, _ in FR_EVENT_REPORTS] + ["Soldiers clashed with militants."] * 2
    labels = [label for _, label in FR_EVENT_REPORTS] + ["Battles"] * 2
    model = EventTypeModel(sentence_vectors=False).fit(texts, labels, languages=("en", "fr"))
    [[french]] = EventTypeCoder(model=model).code(ReportBatch([FR_EVENT_REPORTS[0][0]]))
    assert french.details["method"] == "trained" and model.languages == ("en", "fr")


def test_untrained_coder_says_it_uses_rules_and_flags_civilians() -> None:
    [suggestion] = EventTypeCoder().suggest(["Gunmen killed two civilians in the market."])
    assert suggestion.label == "Violence against civilians"
    assert suggestion.details == {"method": "rules", "civilian_targeting": True}


def test_civilian_harm_is_flagged_outside_violence_against_civilians() -> None:
    assert civilians_harmed("A shell hit the market and killed four women.")
    assert not civilians_harmed("Soldiers killed four militants.")


@pytest.mark.parametrize(
    ("harmed", "spared"),
    [
        ("Un obus est tombé sur le marché et a tué quatre femmes.",
         "Les soldats ont tué quatre jihadistes."),
        ("Una granada cayó en el mercado e hirió a cinco niños.",
         "Los soldados mataron a cuatro guerrilleros."),
        ("Uma granada caiu no mercado e deixou cinco crianças feridas.",
         "Os soldados mataram quatro insurgentes."),
        ("قصف استهدف السوق وأدى إلى مقتل أربعة مدنيين", "قتل الجيش أربعة متمردين"),
        ("Kombora lilianguka sokoni na wanawake wanne waliuawa.",
         "Wanajeshi waliwaua wapiganaji wanne wa waasi."),
        ("ኣብ ዕዳጋ ዝወደቐ ቦምባ ኣርባዕተ ደቀንስትዮ ተቐቲለን።", "ወተሃደራት ኣርባዕተ ተጋደልቲ ቐቲሎም።"),
        ("Harin bam a kasuwa ya kashe fararen hula huɗu.", "Sojoji sun kashe mayaƙa huɗu."),
        ("Hoobiye ku dhacay suuqa ayaa lagu dilay afar haween ah.",
         "Ciidamada ayaa dilay afar dagaalyahan."),
        # mob justice: the crowd beats or lynches a woman, a passer-by
        ("Une femme accusée de sorcellerie a été battue à mort par des riverains.",
         "Les soldats ont battu les rebelles près de Kaya."),
        ("Moradores lincharam um homem; a mulher dele foi linchada também.",
         "Os soldados repeliram os insurgentes."),
    ],
)
def test_civilian_harm_is_read_in_eight_languages(
    harmed: str, spared: str
) -> None:
    assert civilians_harmed(harmed)
    assert not civilians_harmed(spared)
    # "Civil" alone is not a civilian: a civil registry burned down harms no one.
    assert not civilians_harmed("The civil registry was burned down by demonstrators.")


def test_legacy_categories_map_onto_current_ones() -> None:
    assert current_type("Riots/Protests", "5", "1") == "Riots"
    assert current_type("Riots/Protests", "6", "1") == "Protests"
    assert current_type("Battle-No change of territory") == "Battles"
    assert current_type("Remote violence") == "Explosions/Remote violence"
    assert current_type("Strategic development") == "Strategic developments"
    assert current_type("Something else") is None
    # Rioters attacking civilians: mob violence, a riot, but only in a pre-2019 export.
    assert current_type("Violence Against Civilians", "5", "7", legacy=True) == "Riots"
    assert current_type("Violence against civilians", "3", "7", legacy=True) == (
        "Violence against civilians"
    )
    assert current_type("Violence against civilians", "5", "7") == "Violence against civilians"


def test_model_fits_and_predicts_all_six_types() -> None:
    texts = [t for t, _ in RULE_CASES] * 4
    labels = [label for _, label in RULE_CASES] * 4
    model = EventTypeModel().fit(texts, labels)
    assert set(model.classes_) == {label for _, label in RULE_CASES}
    assert list(model.predict([t for t, _ in RULE_CASES])) == [lab for _, lab in RULE_CASES]
    with pytest.raises(ValueError, match="not ACLED event types"):
        EventTypeModel().fit(["x", "y"], ["Battles", "Skirmish"])


def test_sub_event_types_are_learned_apart_and_summed_per_type() -> None:
    lynching = "A crowd of residents beat a suspected thief to death at the market."
    demonstration = "Youths threw stones at police and burned tyres during a protest."
    texts = [lynching, demonstration, *(t for t, _ in RULE_CASES)] * 3
    labels = ["Riots", "Riots", *(label for _, label in RULE_CASES)] * 3
    subtypes = ["Mob violence", "Violent demonstration", *([None] * len(RULE_CASES))] * 3
    model = EventTypeModel(sentence_vectors=False).fit(texts, labels, subtypes=subtypes)
    assert sorted(model.classes_) == sorted({label for _, label in RULE_CASES})
    proba = model.predict_proba([lynching, "Soldiers clashed with militants."])
    assert proba.shape == (2, 6) and np.allclose(proba.sum(axis=1), 1.0)
    assert model.predict([lynching])[0] == "Riots"
    # Where a decision naming only the type sits among that type's sub-types.
    found = model.likeliest_subtypes(
        ["Residents lynched a thief.", "Protesters threw stones and burned tyres.",
         "Soldiers clashed with militants."],
        ["Riots", "Riots", "Battles"],
    )
    assert found == ["Mob violence", "Violent demonstration", None]
    with pytest.raises(ValueError, match="one sub-event type"):
        EventTypeModel().fit(texts, labels, subtypes=subtypes[:3])


def test_coder_reads_the_batch_sentence_vectors() -> None:
    texts = [t for t, _ in RULE_CASES]
    labels = [label for _, label in RULE_CASES]
    batch = ReportBatch(texts)
    vectors = pooled_vectors(batch.sentence_vectors())
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    model = EventTypeModel().fit(texts * 3, labels * 3, np.vstack([vectors] * 3))
    coded = [s.label for [s] in EventTypeCoder(model=model).code(batch)]
    assert coded == labels
    # Vectors that do not belong to the texts are refused, not silently misaligned.
    with pytest.raises(ValueError, match="sentence vectors"):
        model.predict(texts, vectors[:2])


def test_real_acled_exports_of_all_generations_are_read() -> None:
    counts = {}
    for name in (
        "acled_asia_2015-2016_legacy.csv",
        "acled_benin_2022.csv",
        "acled_burkina_faso_1997-2020.csv",
    ):
        notes = list(read_notes(shared_file(f"events/acled/{name}")))
        counts[name] = Counter(n.event_type for n in notes)
        assert all(n.text and n.event_date for n in notes)
        subtyped = sum(n.sub_event_type is not None for n in notes)
        # Sub-event types came with the 2019 codebook: none in the legacy export.
        assert subtyped == (0 if "legacy" in name else len(notes))
    assert counts["acled_asia_2015-2016_legacy.csv"]["Riots"] > 1000
    assert sum(counts["acled_benin_2022.csv"].values()) == 811


def test_model_trained_on_burkina_faso_codes_benin_better_than_rules(
    burkina_model: EventTypeModel,
) -> None:
    test = list(read_notes(shared_file("events/acled/acled_benin_2022.csv")))
    truth = [n.event_type for n in test]
    ours = f1_score(truth, burkina_model.predict([n.text for n in test]), average="macro")
    rules = f1_score(truth, [apply_rules(n.text).label for n in test], average="macro")
    assert ours > rules and ours >= 0.6


def test_a_model_saved_by_another_version_falls_back_to_the_rules(tmp_path) -> None:
    path = tmp_path / "event_types.joblib"
    joblib.dump({"format": 0, "model": None, "meta": {}}, path)
    coder = EventTypeCoder(model_path=path)
    [suggestion] = coder.suggest(["Gunmen abducted three villagers from their homes."])
    assert coder.method == "rules" and suggestion.details["method"] == "rules"
    assert suggestion.label == "Violence against civilians"


def test_arabic_cues_are_found_through_vowel_marks_and_tatweel() -> None:
    from tocsin.coding.event_cues import CUES_BY_LANGUAGE
    from tocsin.coding.event_rules import rule_scores

    for label, cues in CUES_BY_LANGUAGE["ar"].items():
        cue = max(cues, key=len)
        marked = "".join(c + ("\u064e" if c.strip() else "") for c in cue[:-1]) + cue[-1]
        stretched = cue[0] + "\u0640" + cue[1:]
        plain = rule_scores(f"خبر: {cue}.")[0][label]
        assert plain > 0
        assert rule_scores(f"خبر: {marked}.")[0][label] == plain, (label, marked)
        assert rule_scores(f"خبر: {stretched}.")[0][label] == plain, (label, stretched)


_B, _E, _V = "Battles", "Explosions/Remote violence", "Violence against civilians"
_P, _S = "Protests", "Strategic developments"


@pytest.mark.parametrize(("reports", "types", "fewest"), [
    (AR_REPORTS, [_E, _S, _E, _S, _V, _P, _S, _B, _V, _S, _S, _P], 11),
    (AR_REPORTS_HELD_OUT, [_E, _S, _S, _S, _E, _P, _E, _E, _B, _S, _E, _S], 10),
    (AR_REPORTS_BLIND, [_E, _E, _E, _P, _S, _E, _P, _S, _S, _B, _S, _E], 11),
], ids=["refined-on", "held-out", "blind"])
def test_sudanese_arabic_reports_get_their_acled_type_from_the_rules(reports, types, fewest):
    """Field reports from Sudan's war (writers' texts; the types are ours, by ACLED's
    codebook: looting and arrests are strategic developments). The Sudanese cues - "موكب", a
    protest march; "تصفيات ميدانية", summary executions - took the three sets from 10, 9 and 8
    to 11, 10 and 9 of 12 (all three read before the cues were written); the drone, march and
    flight cues the third to 11."""
    right = sum(apply_rules(text).label == kind for (text, _, _), kind in zip(reports, types,
                                                                            strict=True))
    assert right >= fewest


def test_a_fifth_writers_sudanese_reports_get_their_type_from_the_rules() -> None:
    """Five reports of each type, typed by their writer: 20 right before the drone, march,
    camp and flight cues, 23 after (blind), 29 after its misses were read."""
    right = [apply_rules(text).label == kind for text, kind in AR_EVENT_REPORTS]
    assert sum(right) >= 29
    for kind in {kind for _, kind in AR_EVENT_REPORTS} - {"Riots"}:
        assert all(r for r, (_, k) in zip(right, AR_EVENT_REPORTS, strict=True) if k == kind), kind


@pytest.mark.parametrize(("text", "kind"), [
    # a drone, said how it struck, is not a march; a march said to be peaceful is
    ("استهدفت مسيرة محطة الكهرباء في المدينة فجرا.", "Explosions/Remote violence"),
    ("خرجت مسيرة سلمية تطالب بوقف الحرب.", "Protests"),
    # "احتجاز" (detention) holds "احتج" (protested): an arrest is not a protest
    ("اعتقال ثلاثة شبان واحتجازهم في مكان مجهول.", "Strategic developments"),
])
def test_sudanese_drones_marches_and_detentions_are_told_apart(text: str, kind: str) -> None:
    assert apply_rules(text).label == kind


def test_arabic_riots_and_mob_violence_are_told_from_protests_and_attacks() -> None:
    """Riots found 1 of 10 before the riot cues, 5 after (blind), 8 after the misses were
    read; a peaceful protest, an armed attack or a battle is never read as a riot."""
    verdicts = [(apply_rules(text).label, kind) for text, kind in AR_RIOT_REPORTS]
    assert sum(got == kind == "Riots" for got, kind in verdicts) >= 8
    assert not [text for (got, kind), (text, _) in zip(verdicts, AR_RIOT_REPORTS, strict=True)
                if got == "Riots" and kind != "Riots"]


@pytest.mark.parametrize(
    "text",
    [
        "The country has been in a state of emergency since March; armed conflict between "
        "the army and the SPLA-IO continues in Upper Nile.",
        "On 3 March 2019, soldiers clashed with militants near the river.",
        "Soldiers clashed with militants near the river in March 2021.",
    ],
)
def test_march_the_month_is_not_a_protest(text: str) -> None:
    assert apply_rules(text).label != "Protests"


def test_a_march_is_still_a_protest() -> None:
    assert apply_rules("Hundreds of students march to the ministry.").label == "Protests"
    assert apply_rules("March on the capital, said the opposition leader.").label == "Protests"


def test_a_town_taken_without_fighting_is_a_strategic_development() -> None:
    for text in ("سيطرت قوات الدعم السريع على مدينة ود مدني دون قتال.",
                 "دخلت القوات المدينة بدون قتال."):
        assert apply_rules(text).label == "Strategic developments", text


def test_an_actor_named_alone_is_no_certainty() -> None:
    """The RSF's name is the only cue: Battles at most at even odds, not 1.0."""
    verdict = apply_rules("قامت قوات الدعم السريع بجولة في نيالا.")
    assert verdict.label == "Battles" and verdict.confidence <= 0.5
    assert apply_rules("اندلعت اشتباكات بين الجيش وقوات الدعم السريع.").confidence == 1.0
