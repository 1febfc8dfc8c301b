"""The rule's reasons: the same English text as the f-strings they replace, and told in a
reader's language from the parts kept beside it, an analyst's words left as written."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from tocsin.domain.counted_phrases import VERIFIED_SIGNALS
from tocsin.domain.errors import Conflict
from tocsin.domain.level_fusion import DynamicRisk, StructuralRisk, fuse, source_assessments
from tocsin.domain.reasons import Country, Reason, parts_of, told_reasons
from tocsin.domain.signal_rule import Thresholds, VerifiedSignal, assess
from tocsin.domain.wording import N_, N_plural, translations
from tocsin.risk.escalation.target import plain_months
from tocsin.risk.level_lapse import _why
from tocsin.store.models import Forecast

TODAY = date(2026, 3, 1)
FRENCH = translations("fr").gettext
ARABIC = translations("ar").gettext


# The English the rule wrote before its reasons were composed from templates, copied from it
# ("signal(s)" for every count, as it also wrote them from templates until it wrote each form).
def _old_signal_reasons(recent: int, days: int, factors: list[int]) -> str:
    window = f"in the last {days} days"
    return f"{recent} verified signal(s) {window} across risk factors " + ", ".join(
        str(f) for f in factors
    )


def _old_structural(probability: float, rank: int | None, model: str) -> str:
    where = f" (rank {rank})" if rank else ""
    return (
        f"structural forecast: {probability:.1%} risk of a mass-killing onset within "
        f"two years{where}, model {model}"
    )


def _old_dynamic(probability: float, ahead: str, area: str, model: str) -> str:
    return (
        f"escalation forecast: {probability:.0%} probability that violence against "
        f"civilians rises sharply in the next {ahead} in {area}, "
        f"model {model}"
    )


def _signals(*factors: int) -> list[VerifiedSignal]:
    return [VerifiedSignal(f"I{f}", f, 0.9, date(2026, 2, 20)) for f in factors]


@pytest.mark.parametrize(
    ("factors", "expected"),
    [
        ((), ["no verified signals in the last 90 days"]),
        ((3,), ["1 verified signal in the last 90 days, of risk factor 3"]),
        (
            (1, 3),
            [
                "2 verified signals in the last 90 days across risk factors 1, 3",
                "2 risk factors reach the threshold of 2",
            ],
        ),
        (
            (1, 3, 9, 10),
            [
                "4 verified signals in the last 90 days across risk factors 1, 3, 9, 10",
                "4 risk factors (threshold 4) including 2 crime-specific ones (threshold 2)",
            ],
        ),
        (
            (9, 9, 9, 10, 10, 10),
            [
                "6 verified signals in the last 90 days across risk factors 9, 10",
                "6 signals of crime-specific risk factors (9, 10) reach the threshold of 6",
            ],
        ),
    ],
)
def test_the_signal_rule_writes_english_in_the_form_of_each_count(factors, expected):
    assessment = assess(_signals(*factors), TODAY, Thresholds())
    assert assessment.reasons == expected
    assert all(isinstance(r, Reason) for r in assessment.reasons)


@pytest.mark.parametrize(("probability", "rank"), [(0.123, 4), (0.16, None), (0.02, 30)])
def test_a_structural_reason_reads_as_before(probability, rank):
    risk = StructuralRisk(probability, rank, "tocsin-onset-v2")
    structural = source_assessments(assess([], TODAY), risk)[1]
    assert structural is not None
    assert structural.reasons == [_old_structural(probability, rank, "tocsin-onset-v2")]


@pytest.mark.parametrize(
    ("months", "old_ahead"),
    [(1, "one month"), (3, "three months"), (6, "six months"), (18, "18 months")],
)
def test_an_escalation_reason_reads_as_before(months, old_ahead):
    risk = DynamicRisk(0.72, "Sahel", "tocsin-esc", plain_months(months))
    dynamic = source_assessments(assess([], TODAY), dynamic=risk)[2]
    assert dynamic is not None
    assert dynamic.reasons == [_old_dynamic(0.72, old_ahead, "Sahel", "tocsin-esc")]


def _forecast(issued: datetime, period_end: date, probability: float = 0.12) -> Forecast:
    return Forecast(
        kind="structural",
        country_iso3="MMR",
        probability=probability,
        period_start=date(2026, 1, 1),
        period_end=period_end,
        model="onset-1",
        issued_at=issued,
    )


def test_a_lapsed_forecast_s_reason_reads_as_before():
    then = _forecast(datetime(2026, 1, 2, tzinfo=UTC), date(2026, 2, 28))
    newer = _forecast(datetime(2026, 2, 20, tzinfo=UTC), date(2027, 12, 31), 0.031)
    what = "the structural forecast of 2026-01-02 (model onset-1) that raised it"
    assert _why("structural", then, None, TODAY) == f"{what} expired on 2026-02-28"
    assert _why("structural", then, newer, TODAY) == (
        f"{what} was superseded on 2026-02-20 by one at 3.1%"
    )
    expired = _forecast(datetime(2026, 2, 20, tzinfo=UTC), date(2026, 2, 27))
    assert _why("dynamic", then, expired, TODAY) == (
        "the escalation forecast of 2026-01-02 (model onset-1) that raised it was superseded, "
        "and the newer one expired on 2026-02-27"
    )
    told = told_reasons(
        [_why("structural", then, None, TODAY)],
        parts_of([_why("structural", then, None, TODAY)]),
        FRENCH,
    )
    assert told == [
        "la prévision structurelle du 2026-01-02 (modèle onset-1) qui avait relevé le niveau "
        "a expiré le 2026-02-28"
    ]


def test_reasons_are_told_in_french_with_their_values_placed():
    reasons = fuse(
        assess(_signals(1, 3), TODAY),
        StructuralRisk(0.123, 4, "onset-1"),
        DynamicRisk(0.35, "Sahel", "esc-1", plain_months(3)),
    ).reasons
    # Stored as JSON, read back: what a page or a mail reads from the store.
    parts = json.loads(json.dumps(parts_of(reasons)))
    assert told_reasons(reasons, parts, FRENCH) == [
        "2 signaux vérifiés au cours des 90 derniers jours, facteurs de risque 1, 3",
        "2 facteurs de risque atteignent le seuil de 2",
        "prévision structurelle : risque de 12.3% de déclenchement d'une tuerie de masse dans "
        "les deux ans (rang 4), modèle onset-1",
        # The horizon is a word too: "three months" is told, not left in English.
        "prévision d'escalade : probabilité de 35% que la violence contre les civils augmente "
        "fortement dans un délai de trois mois (Sahel), modèle esc-1",
    ]
    assert told_reasons(reasons, parts) == reasons  # English, as stored


def test_an_analyst_s_words_stay_as_written_in_every_language():
    words = "la milice a quitté Djibo ; les convois ont repris"
    reasons = [
        Reason(N_("an analyst handed the level back to the evidence: {words}"), words=words),
        "their own reason, written {as} they wrote it",
    ]
    parts = parts_of(reasons)
    assert parts[1] is None
    assert told_reasons(reasons, parts, FRENCH) == [
        f"un analyste a laissé de nouveau les preuves déterminer le niveau : {words}",
        "their own reason, written {as} they wrote it",
    ]
    assert reasons[0] == f"an analyst handed the level back to the evidence: {words}"


def test_reasons_kept_without_parts_or_with_a_broken_translation_show_as_stored():
    stored = ["opened for watch", "a reason from before"]
    assert told_reasons(stored, None, FRENCH) == stored
    assert told_reasons(stored, [None], FRENCH) == stored  # not the same length: as stored
    reason = Reason(N_("no verified signals in the last {days} days"), days="90")

    def mistyped(message: str) -> str:
        return "aucun signal depuis {jours} jours"

    assert told_reasons([reason], parts_of([reason]), mistyped) == [str(reason)]
    assert told_reasons(["x"], [{"values": {}}], FRENCH) == ["x"]


def test_a_country_in_a_reason_is_named_in_the_readers_language_and_stays_english_stored():
    from tocsin.domain.reasons import Country

    reason = Reason(
        "{probability} in {area}", probability="72%", area=Country("CIV", "Ivory Coast")
    )
    assert reason == "72% in Ivory Coast"
    (parts,) = parts_of([reason])
    assert parts["values"]["area"] == {"country": "CIV", "name": "Ivory Coast"}
    assert told_reasons([reason], [parts], FRENCH, "fr") == ["72% in Côte d’Ivoire"]
    assert told_reasons([reason], [parts], FRENCH) == ["72% in Ivory Coast"]  # no language
    assert told_reasons([reason], [parts], language="en") == ["72% in Ivory Coast"]
    # A region keeps its name; a reason stored with the area as plain text stays as stored.
    region = Reason("{probability} in {area}", probability="72%", area="Sahel")
    assert told_reasons([region], parts_of([region]), FRENCH, "fr") == ["72% in Sahel"]


def _evidence(count: int) -> Reason:
    return assess(_signals(*([1] * count)), TODAY, Thresholds()).reasons[0]


def test_a_counted_reason_keeps_its_english_and_its_count():
    reason = _evidence(1)
    assert reason == "1 verified signal in the last 90 days, of risk factor 1"
    assert _counted_evidence(14) == "14 verified signals in the last 90 days across risk factors 1"
    (parts,) = json.loads(json.dumps(parts_of([reason])))
    assert parts["count"] == 1
    assert parts["plural"] != parts["template"]
    assert told_reasons([reason], [parts]) == [reason]  # English, as stored


@pytest.mark.parametrize(
    ("count", "english", "french"),
    [
        (1, "1 verified signal in the last 90 days, of risk factor 1", "1 signal vérifié"),
        (
            14,
            "14 verified signals in the last 90 days across risk factors 1",
            "14 signaux vérifiés",
        ),
    ],
)
def test_a_reason_stored_in_the_rules_former_words_is_told_in_its_new_ones(
    count, english, french
):
    """A level change recorded when the rule wrote "signal(s)" for every count keeps that
    text; its stored parts are told in the words that replaced it, in English too."""
    stored = _old_signal_reasons(count, 90, [1])
    former = Reason.counted(
        N_plural(
            "{count} verified signal(s) in the last {days} days across risk factors {factors}",
            "{count} verified signal(s) in the last {days} days across risk factors {factors}",
        ),
        count=count,
        days="90",
        factors="1",
    )
    assert former == stored
    parts = json.loads(json.dumps(parts_of([former])))
    assert told_reasons([stored], parts) == [english]
    (told,) = told_reasons([stored], parts, FRENCH, "fr")
    assert told == f"{french} au cours des 90 derniers jours, facteurs de risque 1"


@pytest.mark.parametrize(
    ("count", "french"),
    [
        (0, "0 signal vérifié"),
        (1, "1 signal vérifié"),
        (2, "2 signaux vérifiés"),
        (14, "14 signaux vérifiés"),
    ],
)
def test_a_counted_reason_takes_the_french_form_of_its_count(count, french):
    reason = _counted_evidence(count)
    (told,) = told_reasons([reason], json.loads(json.dumps(parts_of([reason]))), FRENCH, "fr")
    assert told == f"{french} au cours des 90 derniers jours, facteurs de risque 1"


def _counted_evidence(count: int) -> Reason:
    return Reason.counted(VERIFIED_SIGNALS, count=count, days="90", factors="1")


@pytest.mark.parametrize(
    ("count", "arabic"),
    [
        (1, "1 إشارة تم التحقق منها"),
        (2, "2 إشارتان تم التحقق منهما"),
        (5, "5 إشارات تم التحقق منها"),
        (14, "14 إشارةً تم التحقق منها"),
        (100, "100 إشارة تم التحقق منها"),
    ],
)
def test_a_counted_reason_takes_the_arabic_form_of_its_count(count, arabic):
    reason = _counted_evidence(count)
    (told,) = told_reasons([reason], parts_of([reason]), ARABIC, "ar")
    assert told == f"{arabic} خلال آخر 90 يومًا، عوامل الخطر 1"


def test_a_counted_reason_stored_before_it_kept_its_plural_is_told_in_its_form():
    """A level change recorded before counted phrases kept their plural: parts with the
    template and its values only, the count among them."""
    old = {
        "template": "a report was reopened or rejected: the {count} signal(s) it gave no "
        "longer count",
        "values": {"count": "3"},
    }
    stored = "a report was reopened or rejected: the 3 signal(s) it gave no longer count"
    assert told_reasons([stored], [old], FRENCH, "fr") == [
        "un signalement a été rouvert ou rejeté : les 3 signaux qu'il a donnés ne comptent plus"
    ]
    one = {**old, "values": {"count": "1"}}
    assert told_reasons(["…"], [one], ARABIC, "ar") == [
        "أُعيد فتح بلاغ أو رُفض: لم تعد الإشارة التي أعطاها (1) تُحتسب"
    ]
    # English in the words that replaced "signal(s)".
    assert told_reasons([stored], [old]) == [
        "a report was reopened or rejected: the 3 signals it gave no longer count"
    ]
    assert told_reasons(["…"], [one]) == [
        "a report was reopened or rejected: the 1 signal it gave no longer counts"
    ]
    # A phrase that is not counted keeps its own entry, a count among its values or not.
    months = {"template": "{count} months", "values": {"count": "18"}}
    assert told_reasons(["18 months"], [months], FRENCH, "fr") == ["18 mois"]


def test_a_counted_reason_in_a_catalog_gettext_takes_that_catalog_s_forms():
    """A mail tells with its language's gettext and names no language for the forms."""
    reason = _evidence(1)
    assert told_reasons([reason], parts_of([reason]), FRENCH)[0].startswith("1 signal vérifié ")


def test_a_refusal_names_a_country_in_the_readers_language_and_keeps_english_as_written():
    myanmar = Country("MMR", "Myanmar")
    refused = Conflict(N_("{name} is already under watch (situation {id})"), name=myanmar, id=4)
    assert str(refused) == "Myanmar is already under watch (situation 4)"
    french = translations("fr").gettext
    told = refused.told_in(french, "fr")
    assert told.startswith("Myanmar (Birmanie)") and "(situation 4)" in told
    assert refused.told_in(french).startswith("Myanmar ")  # no language given: as written
