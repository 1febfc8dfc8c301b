from pathlib import Path

import pytest

from tests.unit.coding.amharic_burmese_examples import AM, MY
from tests.unit.coding.foa_examples import (
    EXAMPLES,
    english_only,
    indicator_hits,
    risk_factor_ranks,
)
from tests.unit.coding.foa_examples_i18n import BY_LANGUAGE
from tests.unit.coding.hausa_examples import HA
from tests.unit.coding.kinyarwanda_examples import RW
from tests.unit.coding.somali_examples import SO
from tests.unit.coding.sudan_examples import AR_FOA
from tests.unit.coding.tigrinya_examples import TI
from tocsin.coding.base import ReportBatch
from tocsin.coding.indicators import FoaCoder

# Measured 0.88 (37 of 42) when written; the floor leaves room for small model drift.
MIN_TOP3_SHARE = 0.75


def _risk_factors(suggestions):  # noqa: ANN001, ANN202
    return [s for s in suggestions if s.details["level"] == "risk_factor"]


def test_intended_risk_factor_is_in_the_top_three_for_most_examples(foa: FoaCoder) -> None:
    results = foa.code(ReportBatch([text for _, text in EXAMPLES]))
    hits = [
        number in [int(s.code) for s in _risk_factors(suggestions)[:3]]
        for (number, _), suggestions in zip(EXAMPLES, results, strict=True)
    ]
    assert sum(hits) / len(hits) >= MIN_TOP3_SHARE
    for number in range(1, 15):
        assert sum(1 for n, _ in EXAMPLES if n == number) >= 2


# Measured when written (168 reports, 42 per language): first 75, top three 108; with the
# English keywords only, 30 and 69.
MIN_FOREIGN_FIRST_SHARE = 0.40
MIN_FOREIGN_TOP3_SHARE = 0.60


def test_reports_in_other_languages_find_their_risk_factor(foa: FoaCoder) -> None:
    examples = [example for examples in BY_LANGUAGE.values() for example in examples]
    ranks = risk_factor_ranks(foa, examples)
    without = risk_factor_ranks(english_only(foa), examples)
    assert sum(r == 1 for r in ranks) / len(ranks) >= MIN_FOREIGN_FIRST_SHARE
    assert sum(r <= 3 for r in ranks) / len(ranks) >= MIN_FOREIGN_TOP3_SHARE
    assert sum(r <= 3 for r in ranks) > sum(r <= 3 for r in without)
    for language, items in BY_LANGUAGE.items():
        first = sum(r == 1 for r in risk_factor_ranks(foa, items))
        assert first >= len(items) // 4, (language, first)


@pytest.mark.parametrize(
    "examples",
    [AM, MY, TI, HA, SO, RW],
    ids=["amharic", "burmese", "tigrinya", "hausa", "somali", "kinyarwanda"],
)
def test_reports_in_the_later_languages_find_their_risk_factor_through_its_keywords(
    foa: FoaCoder, examples: list[tuple[int, str]]
) -> None:
    """Amharic, Burmese and Tigrinya are matched inside words (affixes are written joined to
    the word); Hausa, Somali and Kinyarwanda as whole words, Hausa's hooks folded."""
    ranks = risk_factor_ranks(foa, examples)
    without = risk_factor_ranks(english_only(foa), examples)
    assert sum(r == 1 for r in ranks) >= len(examples) // 4
    assert sum(r <= 3 for r in ranks) >= sum(r <= 3 for r in without) + 5
    assert indicator_hits(foa, examples) > indicator_hits(english_only(foa), examples)


def test_sudanese_reports_find_their_risk_factor_more_often_than_by_english_keywords(
    foa: FoaCoder,
) -> None:
    """Written blind in Sudanese and South Sudanese Arabic: 9 of 28 first and 15 in the top
    three when written (English keywords only: 3 and 7). The keywords match phrases, and these
    reports say the same things in other words, which is what holds the figure down."""
    ranks = risk_factor_ranks(foa, AR_FOA)
    without = risk_factor_ranks(english_only(foa), AR_FOA)
    assert sum(r == 1 for r in ranks) >= 9
    assert sum(r <= 3 for r in ranks) >= 15
    assert sum(r <= 3 for r in ranks) > sum(r <= 3 for r in without)


@pytest.mark.parametrize("examples", [AM, MY, TI], ids=["amharic", "burmese", "tigrinya"])
def test_indicator_keywords_in_joined_scripts_are_found_with_their_span(
    foa: FoaCoder, examples: list[tuple[int, str]]
) -> None:
    from tocsin.coding.text import fold

    # Every language's keywords run on every report: Amharic and Tigrinya share words.
    keywords = {
        item.code: {fold(k) for t in item.translations.values() for k in t.keywords}
        for factor in foa.taxonomy.risk_factors
        for item in factor.indicators
    }
    with_evidence = 0
    for _, text in examples:
        folded = fold(text)
        present = foa._anchors.present(folded)
        spans = [(e.code, span) for e in foa.indicators for span in e.hits(folded, present)]
        for code, (start, end) in spans:
            assert folded[start:end] in keywords[code], (code, text[start:end])
        with_evidence += bool(spans)
    assert with_evidence >= len(examples) // 3


def test_translated_keywords_give_the_span_and_english_endings_stay_english(
    foa: FoaCoder,
) -> None:
    text = "Les miliciens ont procédé au déplacement forcé des habitants."
    factor = next(s for s in foa.code(ReportBatch([text]))[0] if s.code == "7")
    assert "déplacement forcé" in text[factor.span[0] : factor.span[1]]
    # French "procès" is a keyword; "process" in an English report is not a trial.
    trials = next(e for e in foa.factors if e.code == "8")
    assert trials.hits("un proces", {"proces"}) == [(3, 9)]
    assert trials.hits("the peace process", {"process"}) == []
    # A word French and English share is one piece of evidence, not two.
    intent = next(e for e in foa.factors if e.code == "10")
    assert len(intent.hits("a massacre", intent.anchors)) == 1


def test_every_risk_factor_is_ranked_with_confidence_and_span(foa: FoaCoder) -> None:
    text = "Militia radio calls the group cockroaches. Gunmen burned the village."
    suggestions = foa.code(ReportBatch([text]))[0]
    factors = _risk_factors(suggestions)
    assert sorted(int(s.code) for s in factors) == list(range(1, 15))
    assert [s.confidence for s in factors] == sorted((s.confidence for s in factors), reverse=True)
    for s in suggestions:
        assert 0.0 <= s.confidence <= 1.0
        start, end = s.span
        assert 0 <= start < end <= len(text)


def test_keyword_evidence_gives_the_exact_span(foa: FoaCoder) -> None:
    text = "Yesterday soldiers staged a coup in the capital."
    suggestions = foa.code(ReportBatch([text]))[0]
    coup = next(s for s in suggestions if s.code == "1.4")
    assert text[coup.span[0] : coup.span[1]] == "coup"


def test_empty_report_gets_no_suggestions(foa: FoaCoder) -> None:
    assert foa.code(ReportBatch(["   "]))[0] == []


def test_confirmed_codings_move_the_ranking_and_persist(foa: FoaCoder, tmp_path: Path) -> None:
    coder = FoaCoder(taxonomy=foa.taxonomy, model_dir=tmp_path)
    coder._matrix, coder._factor_matrix = foa._descriptions(ReportBatch(["x"]))
    text = "The commander ordered his men to block the road to the camp."
    before = {s.code: s.confidence for s in coder.code(ReportBatch([text]))[0]
              if s.details["level"] == "indicator"}
    pairs = [(f"The commander ordered the road to the camp {i} blocked.", "14.2")
             for i in range(20)] + [(f"Crowds marched peacefully in town {i}.", "1.10")
                                    for i in range(20)]
    model = coder.fit_from_confirmations(pairs)
    assert model.weight > 0.5 and (tmp_path / "foa_confirmations.joblib").exists()
    after = coder.code(ReportBatch([text]))[0]
    top_codes = [s.code for s in after if s.details["level"] == "indicator"][:3]
    assert "14.2" in top_codes
    assert dict((s.code, s.confidence) for s in after).get("14.2", 0) > before.get("14.2", 0)
    reloaded = FoaCoder(taxonomy=foa.taxonomy, model_dir=tmp_path)
    assert reloaded.learned is not None and reloaded.learned.n_confirmations_ == 40


def test_unknown_indicator_codes_are_refused(foa: FoaCoder) -> None:
    import pytest

    with pytest.raises(ValueError, match="99.1"):
        foa.fit_from_confirmations([("text", "99.1")])


def test_the_anchor_index_never_hides_a_keyword(foa: FoaCoder) -> None:
    """Patterns run only where their anchor was found; the answer must be the one running
    every pattern would give, in every language and with English endings."""
    from tocsin.coding.text import fold

    texts = [t for _, t in EXAMPLES + AM + MY + TI + HA + SO + RW]
    texts += [t for items in BY_LANGUAGE.values() for _, t in items]
    texts += ["Ethnic-cleansings and massacred villagers", "والنزاع المسلح", "pots-de-vin",
              "دعوة إلى إِبَادَة الجماعة", "تـهـجـيـر قسري"]
    found = 0
    for text in map(fold, texts):
        present = foa._anchors.present(text)
        for entry in foa.factors + foa.indicators:
            everything = entry.hits(text, set(entry.anchors))
            assert entry.hits(text, present) == everything, (entry.code, text)
            found += bool(everything)
    assert found > len(texts)
