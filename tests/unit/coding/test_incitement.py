from dataclasses import replace

import pytest

from tests.shared_data import shared_file
from tests.unit.coding.french_examples import (
    FR_LOOKALIKES,
    FR_LOOKALIKES_2,
    FR_POSTS,
    FR_POSTS_2,
)
from tests.unit.coding.hausa_examples import HA_INCITEMENT, HA_INCITEMENT_HELD_OUT
from tests.unit.coding.kinyarwanda_examples import RW_INCITEMENT, RW_INCITEMENT_HELD_OUT
from tests.unit.coding.somali_examples import SO_INCITEMENT, SO_INCITEMENT_HELD_OUT
from tests.unit.coding.spanish_portuguese_examples import (
    ES_LOOKALIKES,
    ES_LOOKALIKES_2,
    ES_POSTS,
    ES_POSTS_2,
    PT_LOOKALIKES,
    PT_LOOKALIKES_2,
    PT_POSTS,
    PT_POSTS_2,
)
from tests.unit.coding.sudan_examples import (
    AR_POSTS,
    AR_POSTS_BLIND,
    AR_POSTS_HELD_OUT,
    EN_POSTS,
    EN_POSTS_BLIND,
    EN_POSTS_HELD_OUT,
)
from tests.unit.coding.swahili_examples import SW_INCITEMENT
from tests.unit.coding.tigrinya_examples import TI_INCITEMENT, TI_INCITEMENT_HELD_OUT
from tocsin.coding.evaluation import binary_scores, davidson, hatecheck
from tocsin.coding.incitement import IncitementDetector
from tocsin.coding.indicators import FoaCoder
from tocsin.coding.pipeline import CodingPipeline
from tocsin.coding.text import fold

detector = IncitementDetector()

# (text, detected, target group as named, the cue's text)
FLAGGED = [
    ("The Tutsi are cockroaches and must be exterminated.", "The Tutsi", "must be exterminated"),
    ("We will kill all Muslims in this town.", "Muslims", "We will kill"),
    ("Migrants are a disease spreading through our country.", "Migrants", "disease"),
    ("Hazaras are snakes.", "Hazaras", "snakes"),
    ("Il faut tuer tous les Peuls, ce sont des cafards.", "les Peuls", "Il faut tuer"),
    ("اقتلوا اليهود", "اليهود", "اقتلوا"),
    ("Death to the Rohingya!", "the Rohingya", "Death to"),
    ("Refugees should all be shot at the border.", "Refugees", "should all be shot"),
    ("Tuwaue Waislamu wote wa mtaa huu.", "Waislamu", "Tuwaue"),
    ("Wakikuyu ni madoadoa, lazima waondoke.", "Wakikuyu", "lazima waondoke"),
    ("Tutawachinja Wajaluo wote mkipiga kura.", "Wajaluo", "Tutawachinja"),
    ("Wakimbizi ni mende.", "Wakimbizi", "mende"),
]
NOT_FLAGGED = [
    "Gunmen killed five civilians in Djibo on Monday.",
    "A rat ran across the road near the market.",
    "It is wrong to say that migrants are vermin.",
    "Muslims should not be killed.",
    "Soldiers shot dead two fighters during the clash.",
    "The Tutsi community held a memorial for the victims.",
    # Swahili: a report of a killing ("they killed them"), "let us not kill", "should be
    # fired from work", real rats, and a politician condemning the slur
    "Wanamgambo waliwaua wanakijiji watano jana usiku.",
    "Tusiwaue ndugu zetu.",
    "Wafanyakazi watano wafukuzwe kazi, meneja alisema.",
    "Panya wameharibu mahindi ghalani.",
    "Mbunge amelaani wanaosema wakimbizi ni mende.",
]


@pytest.mark.parametrize(("text", "group", "cue"), FLAGGED)
def test_calls_threats_and_dehumanisation_are_flagged_with_group_and_span(
    text: str, group: str, cue: str
) -> None:
    finding = detector.assess(text)
    assert finding.detected and finding.score >= 0.5
    assert finding.target_group == group
    assert text[finding.span[0] : finding.span[1]] == cue


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_reports_of_violence_negations_and_counter_speech_are_not_flagged(text: str) -> None:
    assert not detector.assess(text).detected


def test_dehumanising_word_counts_only_when_said_of_people() -> None:
    assert detector.assess("There are rats in the grain store.").score < 0.5
    assert detector.assess("Those people are rats.").detected


def test_emoji_in_place_of_the_verb_is_a_threat() -> None:
    finding = detector.assess("I am going to 🔪 the next migrant I see")
    assert finding.detected and finding.target_category == "migrants"


def test_amharic_call_is_flagged_without_a_pronoun() -> None:
    assert detector.assess("ሁሉንም ግደሉ").detected


@pytest.mark.parametrize(
    "report",
    [
        # The army burned the village and killed civilians; the army burned the village.
        "စစ်တပ်က ရွာကို မီးရှို့ပြီး အရပ်သားများကို သတ်ခဲ့သည်။",
        "စစ်တပ်က ရွာကို မီးရှို့ခဲ့သည်။",
        "ကျေးရွာငယ် တစ်ရွာကို စစ်တပ်က မီးရှို့ခဲ့ပြီး ရွာသားများ တောထဲသို့ ထွက်ပြေးခဲ့ရသည်။",
    ],
)
def test_a_burmese_report_of_arson_is_not_a_call_to_burn(report: str) -> None:
    """The bare verb "မီးရှို့" (burn) was a call: every report of a village burned, the
    commonest in Myanmar, was flagged as incitement against whoever burned it."""
    assert not detector.assess(report).detected


def test_a_burmese_call_to_burn_is_flagged() -> None:
    # "The Kalar's houses must be burned."
    assert detector.assess("ကုလားတွေရဲ့ အိမ်တွေကို မီးရှို့ရမယ်").detected


def test_swahili_posts_written_without_sight_of_the_lexicon() -> None:
    """Sixteen posts written blind to the Swahili lexicon: the neutral ones (real snakes and
    weeds, a news report of killings, guests welcomed) stay unflagged, and calls and slurs
    in forms the lexicon lists are found."""
    flagged = [(label, detector.assess(text).detected) for label, text in SW_INCITEMENT]
    assert not any(found for label, found in flagged if not label), flagged
    assert sum(found for label, found in flagged if label) >= 4, flagged


@pytest.mark.parametrize(
    ("posts", "fewest"),
    [(TI_INCITEMENT, 6), (TI_INCITEMENT_HELD_OUT, 3), (HA_INCITEMENT, 6),
     (HA_INCITEMENT_HELD_OUT, 3), (SO_INCITEMENT, 6), (SO_INCITEMENT_HELD_OUT, 5),
     (RW_INCITEMENT, 3), (RW_INCITEMENT_HELD_OUT, 4)],
    ids=["tigrinya-refined", "tigrinya-held-out", "hausa-refined", "hausa-held-out",
         "somali-refined", "somali-held-out", "kinyarwanda-blind", "kinyarwanda-held-out"],
)
def test_posts_in_the_later_languages_calls_and_slurs_are_found_and_look_alikes_are_not(
    posts: list[tuple[bool, str]], fewest: int
) -> None:
    """Each lexicon was refined on the first sixteen posts (7 of 8 found in each language;
    Kinyarwanda's, not refined, 4) and is measured on sixteen written apart (4, 4, 6 and 5).
    None of the look-alikes - real snakes, hyenas, rats and lice, pest poison, a football
    boast, a condemnation - may be flagged."""
    flagged = [(label, detector.assess(text).detected) for label, text in posts]
    assert not any(found for label, found in flagged if not label), flagged
    assert sum(found for label, found in flagged if label) >= fewest, flagged


# The writers' names for the groups where ours differ.
_SUDAN_GROUPS = {"Riverine northerners": "riverine Sudanese", "RSF fighters": "RSF",
                 "Sudanese refugees": "refugees"}


@pytest.mark.parametrize(
    ("posts", "fewest", "false_alarms", "groups"),
    [(AR_POSTS, 12, 0, 10), (AR_POSTS_HELD_OUT, 10, 1, 9), (AR_POSTS_BLIND, 8, 2, 6),
     (EN_POSTS, 8, 0, 8), (EN_POSTS_HELD_OUT, 5, 0, 4), (EN_POSTS_BLIND, 5, 0, 5)],
    ids=["arabic-refined", "arabic-held-out", "arabic-blind", "english-refined",
         "english-held-out", "english-blind"],
)
def test_sudanese_posts_calls_slurs_and_their_targets_are_found(
    posts: list[tuple[bool, str, str]], fewest: int, false_alarms: int, groups: int
) -> None:
    """Posts from Sudan's and South Sudan's wars, twelve (Arabic) or eight (English) of them
    incitement: found, with the group the writer meant, as measured in docs/coding.md; the
    look-alikes flagged are pest talk (rats "we must kill", rabid dogs, locusts)."""
    found = agree = flagged = 0
    for label, text, group in posts:
        finding = detector.assess(text)
        flagged += finding.detected and not label
        if finding.detected and label:
            found += 1
            agree += finding.target_category == _SUDAN_GROUPS.get(group, group)
    assert (found, flagged) >= (fewest, 0) and flagged <= false_alarms
    assert agree >= groups


@pytest.mark.parametrize(("text", "detected"), [
    ("Leave none of them alive in Kibuye.", True),
    ("When the day comes we will not spare a single one of the Zaghawa.", True),
    ("Every Janjaweed in Nyala, don't leave a single one of them breathing.", True),
    ("We will spare no effort to reach peace.", False),
    ("We will not spare any effort for the Nuer.", False),
])
def test_leave_none_alive_is_a_call_and_sparing_no_effort_is_not(text: str, detected: bool):
    assert detector.assess(text).detected is detected


def test_sudanese_slogans_threats_and_likenings_need_their_target() -> None:
    """The war's slogan and its future-tense threat are calls; "slaves" and "locusts" count
    only when said of a group; a rat, a man called Obeid and cholera's epidemic do not."""
    assert detector.assess("أي دعامي تلقوه ما تجيبوه حي").cue == "call_to_violence"
    assert detector.assess("يا زغاوة يومكم جاي").target_group == "زغاوة"
    assert detector.assess("الفور ديل زي الجراد").target_category == "Fur"
    assert not detector.assess("الجراد دخل المشروع وأكل الزرع").detected
    assert not detector.assess("الله يرحم عمنا عبيد، كان راجل كريم").detected
    assert not detector.assess("لازم نكافح الوباء في المعسكر، الكوليرا انتشرت").detected
    assert not detector.assess("أبو عبيدة قال في خطابه اليوم").detected
    assert not detector.assess("وصلت القوات على الفور إلى القرية").detected
    # the slur that names the group is still the call's target
    assert detector.assess("العبيد ديل اكتلوهم").target_category == "Black people"


def test_tigrinya_likening_is_read_as_said_of_people_only_with_its_copula() -> None:
    """"ተመን እዮም" (they are snakes) names people; a snake found in a classroom does not."""
    assert detector.assess("እዞም ሰባት ተመን እዮም።").detected
    assert not detector.assess("ኣብ ክፍሊ ዓባይ ተመን ተረኺባ።").detected
    assert detector.assess("ክንሓርዶም ኢና").cue == "threat"


def test_french_ne_negates_only_with_its_partner_and_hausa_ne_is_a_copula() -> None:
    """"ne ... pas" negates; "ne ... que" (nothing but) does not; Hausa "ne" is "is"."""
    assert not detector.assess("Les Tutsi ne sont pas des cafards.").detected
    assert detector.assess("Les Tutsi ne sont que des cafards.").detected
    assert detector.assess("Wadannan mutanen kyankyasai ne, mu kashe su.").detected


def test_a_word_is_not_both_the_group_and_the_likening() -> None:
    """"inyenzi" names the Tutsi and is the everyday word for cockroaches: insect poison for
    cockroaches and rats targets no one; the slur said of the Tutsi still does."""
    assert not detector.assess("Dufite umuti wica inyenzi, imbeba n'imibu mu nzu.").detected
    assert detector.assess("Abatutsi ni inyenzi, nimubice.").detected


def test_somali_lineage_and_copula_say_who_is_likened() -> None:
    """"reer X" names a clan; "waa" (are) before the word says it of them; a rat in a store
    is not said of anyone."""
    finding = detector.assess("Reer Kulmiye waa jiir ku faafay magaalada.")
    assert finding.detected and finding.target_group == "reer kulmiye"
    assert not detector.assess("Jiir badan ayaa ku jira bakhaarkayaga.").detected


def test_hatecheck_threats_and_dehumanisation_beat_chance_with_few_false_alarms() -> None:
    shared_file("speech/hatecheck/test_suite_cases.csv")
    data = hatecheck(shared_file("speech/hatecheck/test_suite_cases.csv").parents[1])
    findings = [detector.assess(t) for t in data.texts]
    scores = binary_scores(data.labels, [f.detected for f in findings])
    # Measured: precision 0.69, recall 0.53, false-positive rate 0.078 (docs/benchmarks.md).
    assert scores["precision"] >= 0.6 and scores["recall"] >= 0.45 and scores["fpr"] <= 0.1
    agree = [f.target_category == g for f, g, y in zip(findings, data.groups, data.labels,
                                                         strict=True) if y and f.detected and g]
    assert sum(agree) / len(agree) >= 0.8


@pytest.mark.parametrize(
    ("text", "detected"),
    [
        ("J Cole is trash. I've been saying this for years.", False),
        ("man them boys trash, we started coasting", False),
        ("They don't clean up the rubbish that they all throw on the floor.", False),
        ("Muslims are trash.", True),
        ("Those people are human garbage.", True),
        ("They are nothing but trash and should be thrown out like trash.", True),
    ],
)
def test_trash_is_a_likening_only_of_a_named_group_or_of_people_as_refuse(
    text: str, detected: bool
) -> None:
    assert detector.assess(text).detected is detected


def test_everyday_and_abusive_tweets_raise_few_false_alarms() -> None:
    root = shared_file("speech/davidson2017/labeled_data.csv").parents[1]
    everyday, abusive = davidson(root, 2), davidson(root, 2, "offensive")
    for data in (everyday, abusive):
        flagged = [detector.assess(t).detected for t in data.texts]
        scores = binary_scores(data.labels, flagged)
        # Measured on the held-out half: 0.001 of everyday and 0.003 of abusive tweets flagged
        # (0.027 of everyday ones before "trash" needed a group).
        assert scores["fpr"] <= 0.01
        hate_rate = sum(f for f, y in zip(flagged, data.labels, strict=True) if y) / sum(
            data.labels
        )
        assert hate_rate > scores["fpr"]


@pytest.mark.parametrize(
    ("posts", "lookalikes", "fewest", "groups"),
    [
        (FR_POSTS, FR_LOOKALIKES, 24, 22), (FR_POSTS_2, FR_LOOKALIKES_2, 28, 26),
        (ES_POSTS, ES_LOOKALIKES, 19, 18), (PT_POSTS, PT_LOOKALIKES, 19, 18),
        (ES_POSTS_2, ES_LOOKALIKES_2, 19, 16), (PT_POSTS_2, PT_LOOKALIKES_2, 19, 18),
    ],
    ids=["french", "french-2", "spanish", "portuguese", "spanish-2", "portuguese-2"],
)
def test_french_spanish_portuguese_calls_threats_and_likenings_are_found_with_their_group(
    posts, lookalikes, fewest, groups
) -> None:
    findings = [(detector.assess(text), group) for text, group in posts]
    assert sum(f.detected for f, _ in findings) >= fewest
    named = sum(
        f.detected
        and bool(f.target_group)
        and (fold(group) in fold(f.target_group) or fold(f.target_group) in fold(group))
        for f, group in findings
    )
    assert named >= groups
    assert [t for t in lookalikes if detector.assess(t).detected] == []


@pytest.mark.parametrize(
    "text",
    [
        "Il faut dégager ce gouvernement par les urnes, allez tous voter !",
        "Il faut nettoyer le quartier ce samedi : ramassage des ordures et curage des caniveaux.",
        "Il faut tuer les rats du grenier avant qu'ils mangent tout le mil.",
        "Le chanteur dit « on va tout brûler ce soir » pour dire que le concert sera chaud.",
        "Il est mort à l'hôpital de Bamako hier soir.",
        "Hay que sacar a este gobierno con votos en las próximas elecciones.",
        "Les llegó su hora a los del América, hoy los vamos a golear en el Azteca.",
        "Tem que matar os ratos do galpão antes que estraguem a ração.",
    ],
)
def test_words_of_removal_pests_parties_and_sport_are_not_calls(text: str) -> None:
    assert not detector.assess(text).detected


def test_incitement_evidence_follows_the_indicator_coders_taxonomy(foa: FoaCoder) -> None:
    """An administrator's taxonomy without 8.7 gets no 8.7 from an incitement finding either."""
    edited = replace(
        foa.taxonomy,
        risk_factors=tuple(
            replace(f, indicators=tuple(i for i in f.indicators if i.code != "8.7"))
            for f in foa.taxonomy.risk_factors
        ),
    )
    text = "The Tutsi are cockroaches and must be exterminated."
    shipped, own = (
        CodingPipeline([coder, IncitementDetector()]).code([text])[0]
        for coder in (foa, FoaCoder(taxonomy=edited, model_dir=None))
    )
    assert own.incitement.detected
    assert "8.7" in {i.code for i in shipped.indicators}
    assert "8.7" not in {i.code for i in own.indicators}
    assert "7.14" in {i.code for i in own.indicators}


@pytest.mark.parametrize(
    "expressions",
    [
        (r"(?<!\w)kill(?!\w)", r"(?<!\w)killers?(?!\w)", r"\bshoot\b", r"(?<!\w)burn(?!\w)"),
        # a bar outside any group: the guard belongs to its first alternative only
        (r"\bmust die|die now", r"\bhang them"),
        (r"(?:^|[.!?]\s*)kill\b", r"\b[|]?kill all\b", r"\b(?:kill|hang)\s+them\b"),
    ],
)
def test_grouped_alternation_matches_as_the_plain_one(expressions):
    import re

    from tocsin.coding.text import alternation

    grouped = re.compile(alternation(expressions))
    plain = re.compile("|".join(f"(?:{e})" for e in expressions))
    for text in ("kill them all. die now", "killers shoot. burn", "skill must die", "|kill all",
                 "we hang them, kill them", "overkill die nowhere"):
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_consecutive_expressions_share_their_guard():
    from tocsin.coding.text import alternation

    pattern = alternation(
        (r"(?<!\w)kill(?!\w)", r"(?<!\w)killers?(?!\w)", r"\bshoot\b", r"(?<!\w)burn(?!\w)")
    )
    assert pattern.count(r"(?<!\w)(?:") == 2 and pattern.count(r"\b(?:") == 1


@pytest.mark.parametrize(("text", "detected"), [
    ("Farmers assaulted a Fulani man after his cattle damaged farmland in the village.", False),
    ("Gunmen raided a Fulani camp and seized 60 cattle.", False),
    ("Dinka Bor and Murle elders signed a cattle-raid truce in Pibor.", False),
    ("The Fulani are cattle, nothing more.", True),
    ("Those Murle behave like animals and should be driven out.", True),
])
def test_cattle_and_animals_count_only_when_said_of_people(text: str, detected: bool) -> None:
    """Event reports of the Sahel's and South Sudan's herder conflicts name a people and their
    cattle in one sentence; before this rule 21 ACLED notes were flagged for it."""
    assert detector.assess(text).detected is detected


NEGATED_CALLS = [
    "We must not kill the Tigrayans; they are our brothers.",
    "The chief told the youth that they must never kill the Fulani and must protect them.",
    "We will not exterminate the Hutu; reconciliation is our path.",
    "On doit pas tuer les Peuls.",
    "Faut jamais tuer les Peuls.",
    "Vamos a no matar a los venecos.",
    "Tem que nunca matar os macuas.",
    "Nous ne devons pas tuer les Peuls.",
    "No debemos matar a los mapuches.",
]


@pytest.mark.parametrize("text", NEGATED_CALLS)
def test_a_negation_inside_the_call_forbids_the_act(text: str) -> None:
    """"must not kill", "on doit pas tuer": the negation sits between the modal and the verb,
    inside what a call pattern would match, and still keeps the cue under the threshold."""
    finding = detector.assess(text)
    assert not finding.detected and finding.score <= 0.3, finding


@pytest.mark.parametrize(
    "text",
    [
        "We will not rest until we kill them all.",
        "We will not hesitate to exterminate the Hutu.",
        "We must no longer tolerate them, we must kill the Tutsi.",
        "Don't worry, we will kill the Tutsi.",
        "We must kill the Tigrayans.",
        "They must all be exterminated.",
    ],
)
def test_a_negation_that_ends_before_the_call_does_not_dampen_it(text: str) -> None:
    """"not rest until", "not hesitate to" and a negation in an earlier clause leave the call
    a call."""
    assert detector.assess(text).detected


# (text, target group as named, the cue's text)
VOWS = [
    ("We will not rest until we kill the Tutsi.", "the Tutsi", "until we kill"),
    ("We will not rest until we have killed the Fulani.", "the Fulani", "until we have killed"),
    (
        "We will not rest until we have wiped out the Amhara.",
        "the Amhara",
        "until we have wiped out",
    ),
    ("We will not rest until we have driven out the Igbo.", "the Igbo", "until we have driven out"),
    ("We won't hesitate to kill the Hutu.", "the Hutu", "We won't hesitate to kill"),
    ("Nous n'hésiterons pas à tuer les Peuls.", "les Peuls", "Nous n'hésiterons pas à tuer"),
    ("Nous n'hésiterons pas à chasser les Peuls.", "les Peuls", "Nous n'hésiterons pas à chasser"),
    (
        "On n'hésitera pas à les massacrer, les Peuls.",
        "les Peuls",
        "On n'hésitera pas à les massacrer",
    ),
    ("No dudaremos en matar a los mapuches.", "los mapuches", "No dudaremos en matar"),
    ("Não hesitaremos em matar os macuas.", "os macuas", "Não hesitaremos em matar"),
]


@pytest.mark.parametrize(("text", "group", "cue"), VOWS)
def test_a_vow_not_to_rest_or_hesitate_before_killing_a_group_is_a_call(
    text: str, group: str, cue: str
) -> None:
    finding = detector.assess(text)
    assert finding.detected and finding.cue == "call_to_violence", finding
    assert finding.target_group == group
    assert text[finding.span[0] : finding.span[1]] == cue


@pytest.mark.parametrize(
    "text",
    [
        "The army will not hesitate to shoot looters.",
        "L'armée n'hésitera pas à tirer sur les pillards.",
        "La policía no dudará en disparar contra los saqueadores.",
        "We will not rest until we find the killers.",
    ],
)
def test_an_authoritys_warning_and_a_vow_of_justice_are_not_calls(text: str) -> None:
    """Only the speaker's own vow (first person, or an imperative) is a call."""
    assert not detector.assess(text).detected
