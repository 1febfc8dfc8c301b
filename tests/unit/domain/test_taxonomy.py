from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.domain.taxonomy import load_taxonomy


def test_shipped_taxonomy_has_fourteen_risk_factors_with_flags():
    taxonomy = load_taxonomy()
    assert [f.number for f in taxonomy.risk_factors] == list(range(1, 15))
    assert {f.kind for f in taxonomy.risk_factors} == {"common", "specific"}
    assert taxonomy.indicator("9.1").risk_factor == 9
    assert taxonomy.unverified, "unverified items must stay flagged until checked"
    assert not taxonomy.indicator("8.1").unverified


def test_edited_taxonomy_is_a_new_revision(tmp_path):
    shipped = load_taxonomy()
    from importlib.resources import files

    text = files("tocsin.data").joinpath("foa_2014.yaml").read_text()
    edited = tmp_path / "foa.yaml"
    edited.write_text(text.replace("Situations of armed conflict", "Situations of armed conflict,"))
    assert load_taxonomy(edited).revision != shipped.revision


@pytest.mark.parametrize(
    "body",
    [
        "risk_factors: []",
        "- just a list",
        "risk_factors:\n- number: 1\n  title: A\n  indicators:\n"
        "  - code: '2.1'\n    title: misplaced",
        "risk_factors: [",
        "risk_factors:\n- number: 1\n  title: A\n  translations: [fr]",
        "risk_factors:\n- number: 1\n  title: A\n  translations:\n    french: {title: B}",
        "risk_factors:\n- number: 1\n  title: A\n  translations:\n    fr: {summary: B}",
        "risk_factors:\n- number: 1\n  title: A\n  translations:\n"
        "    fr: {title: B, keywords: guerre}",
    ],
)
def test_bad_taxonomy_files_are_refused(tmp_path, body):
    path = tmp_path / "bad.yaml"
    path.write_text(body)
    with pytest.raises(InvalidInput, match="taxonomy"):
        load_taxonomy(path)


REPORT_LANGUAGES = {"fr", "es", "pt", "ar", "sw", "am", "my", "ti", "ha", "so", "rw"}


def test_every_item_is_translated_into_the_report_languages():
    for factor in load_taxonomy().risk_factors:
        items = [(str(factor.number), factor.translations, 10)] + [
            (i.code, i.translations, 3) for i in factor.indicators
        ]
        for code, translations, fewest in items:
            assert set(translations) >= REPORT_LANGUAGES, code
            for language, translation in translations.items():
                assert translation.title.strip(), (code, language)
                assert len(translation.keywords) >= fewest, (code, language)


def test_a_missing_or_unreadable_taxonomy_file_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidInput, match="cannot read"):
        load_taxonomy(tmp_path / "nope.yaml")
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("risk_factors: [{number: 1, title: 'Déni'}]".encode("latin-1"))
    with pytest.raises(InvalidInput, match="cannot read"):
        load_taxonomy(latin1)
