"""The escalation model's features read as words and counts on every page that shows them."""

from __future__ import annotations

import math

import pytest

from tests.unit.risk_dynamic.synthetic import escalating_panel
from tocsin.domain.wording import DEFAULT, LANGUAGES, translations
from tocsin.risk.escalation.evaluation import prepare
from tocsin.risk.escalation.labels import feature_label, readable_drivers, shown_value
from tocsin.risk.escalation.target import TargetSpec


def test_every_feature_the_model_reads_has_words() -> None:
    panel = escalating_panel(regions=2, months=30)
    panel["media_events"] = 1.0  # the media features exist only when a panel has media counts
    features, _ = prepare(panel, "admin1", TargetSpec())
    unlabelled = [name for name in features.columns if feature_label(name) == name]
    assert unlabelled == []
    assert len({feature_label(name) for name in features.columns}) == features.shape[1]


@pytest.mark.parametrize(
    ("feature", "words"),
    [
        ("civ_fat_3", "civilian deaths, last 3 months"),
        ("rest_battles_12", "battles in the rest of the country, last 12 months"),
        ("vac_trend", "trend of attacks on civilians: last 3 months against the last 12"),
        ("months_since_vac", "months since the last event targeting civilians"),
        ("a_new_feature", "a_new_feature"),
    ],
)
def test_labels(feature: str, words: str) -> None:
    assert feature_label(feature) == words


@pytest.mark.parametrize(
    ("language", "feature", "words"),
    [
        ("fr", "civ_fat_3", "civils tués, 3 derniers mois"),
        ("es", "rest_battles_12", "combates en el resto del país, últimos 12 meses"),
        ("fr", "vac_trend", "attaques contre des civils : tendance des 3 derniers mois par "
                            "rapport aux 12 derniers"),
        ("ar", "rest_civ_fat_1", "القتلى المدنيون في بقية البلد، الشهر الأخير"),
        ("pt", "months_since_vac", "meses desde o último evento dirigido contra civis"),
        ("fr", "a_new_feature", "a_new_feature"),
    ],
)  # fmt: skip
def test_labels_in_a_readers_language_are_composed_from_translated_parts(
    language: str, feature: str, words: str
) -> None:
    assert feature_label(feature, translations(language).gettext) == words


def test_a_translation_with_a_mistyped_place_reads_in_english() -> None:
    def mistyped(message: str) -> str:
        return message.replace("{window}", "{windw}").replace("{measure}", "{measure")

    assert feature_label("rest_civ_fat_3", mistyped) == (
        "civilian deaths in the rest of the country, last 3 months"
    )
    assert feature_label("vac_trend", mistyped) == (
        "trend of attacks on civilians: last 3 months against the last 12"
    )


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {DEFAULT}))
def test_every_feature_reads_wholly_in_each_language(language: str) -> None:
    """No English left inside a translated phrase: each part and each phrase is in the
    catalog (a part missing would read "civils tués, last 3 months")."""
    panel = escalating_panel(regions=2, months=30)
    panel["media_events"] = 1.0
    features, _ = prepare(panel, "admin1", TargetSpec())
    told = translations(language).gettext
    english = {feature_label(name) for name in features.columns}
    for name in features.columns:
        words = feature_label(name, told)
        assert words not in english
        assert not any(part in words for part in ("last 3", "last 12", "rest of the country"))


def test_counts_come_off_the_log_scale_and_shares_read_as_percentages() -> None:
    assert shown_value("civ_fat_3", math.log1p(1_050)) == "1,050"
    assert shown_value("civ_share_3", 0.8) == "80%"


def test_trends_and_level_ratios_read_as_ratios_not_logarithms() -> None:
    """Nord, Burkina Faso, read "trend of civilian deaths ... (-2.06; typical 0.00)": a log
    no analyst counts in. Attacks down from 12 a month over the year to 1: about x0.15."""
    trend = math.log1p(1) - math.log1p(12)
    assert shown_value("vac_trend", trend) == "\u00d70.15"
    assert shown_value("battles_trend", 0.0) == "\u00d71.00"
    assert shown_value("level_ratio", math.log(3.0)) == "\u00d73.00"


def test_drivers_of_a_stored_forecast() -> None:
    explanation = {
        "top_features": [
            {
                "feature": "civ_fat_3",
                "value": math.log1p(23),
                "typical": 0.0,
                "direction": "raises",
            },
            {"feature": "battles_12", "value": 0.0, "typical": 1.1, "direction": "lowers"},
        ]
    }
    assert readable_drivers(explanation) == [
        {
            "feature": "civ_fat_3",
            "label": "civilian deaths, last 3 months",
            "value": "23",
            "typical": "0",
            "direction": "raises",
        },
        {
            "feature": "battles_12",
            "label": "battles, last 12 months",
            "value": "0",
            "typical": "2",
            "direction": "lowers",
        },
    ]
    assert readable_drivers({}) == []
    french = readable_drivers(explanation, told=translations("fr").gettext)
    assert [d["label"] for d in french] == [
        "civils tués, 3 derniers mois",
        "combats, 12 derniers mois",
    ]
    assert [d["value"] for d in french] == ["23", "0"]
