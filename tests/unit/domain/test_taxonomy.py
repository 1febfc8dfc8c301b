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


def _shipped_document() -> dict:
    from importlib.resources import files

    import yaml

    text = files("tocsin.data").joinpath("foa_2014.yaml").read_text()
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _write(path, document) -> None:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(document, Dumper=dumper, allow_unicode=True, sort_keys=False))


def _duplicate_code(doc):
    doc["risk_factors"][0]["indicators"][1]["code"] = "1.1"


def _risk_factor_15(doc):
    doc["risk_factors"].append(
        {"number": 15, "title": "Extra", "indicators": [{"code": "15.1", "title": "x"}]}
    )


def _no_indicator_title(doc):
    del doc["risk_factors"][2]["indicators"][0]["title"]


def _null_factor_title(doc):
    doc["risk_factors"][2]["title"] = None


def _blank_indicator_title(doc):
    doc["risk_factors"][2]["indicators"][0]["title"] = "  "


def _risk_factor_left_out(doc):
    del doc["risk_factors"][13]


def _unquoted_code(doc):
    doc["risk_factors"][2]["indicators"][9]["code"] = 3.10  # YAML's reading of `code: 3.10`


def _keywords_as_one_string(doc):
    doc["risk_factors"][2]["indicators"][0]["keywords"] = "genocide"


def _unverified_as_text(doc):
    doc["risk_factors"][2]["indicators"][0]["unverified"] = "yes"


def _unknown_confidence(doc):
    doc["risk_factors"][2]["indicators"][0]["confidence"] = "certain"


def _overlong_code(doc):
    doc["risk_factors"][2]["indicators"][0]["code"] = "3.100000001"


def _no_indicators(doc):
    doc["risk_factors"][2]["indicators"] = []


@pytest.mark.parametrize(
    ("mistake", "message"),
    [
        (_duplicate_code, "indicator 1.1 appears twice"),
        (_risk_factor_15, "risk factor 15"),
        (_no_indicator_title, "indicator 3.1 lacks a title"),
        (_null_factor_title, "risk factor 3 lacks a title"),
        (_blank_indicator_title, "indicator 3.1 lacks a title"),
        (_risk_factor_left_out, "missing: 14"),
        (_unquoted_code, "must be quoted"),
        (_keywords_as_one_string, "keywords of indicator 3.1"),
        (_unverified_as_text, "'unverified' of indicator 3.1"),
        (_unknown_confidence, "'confidence' of indicator 3.1"),
        (_no_indicators, "risk factor 3 has no indicators"),
        (_overlong_code, "'3.100000001' under risk factor 3 is not of the form"),
    ],
)
def test_an_administrators_mistakes_are_refused_with_the_reason(tmp_path, mistake, message):
    """Each of these was stored as a revision: a duplicate code failed deep in the store, a
    missing title was stored as "None", a risk factor 15 reached the coder's output."""
    document = _shipped_document()
    mistake(document)
    path = tmp_path / "foa.yaml"
    _write(path, document)
    with pytest.raises(InvalidInput, match=message):
        load_taxonomy(path)


def test_a_corrected_indicator_and_one_added_make_a_valid_revision(tmp_path):
    document = _shipped_document()
    first = document["risk_factors"][0]["indicators"][0]
    first["title"] = "International or non-international armed conflict"
    first.pop("unverified")
    first.pop("confidence")
    document["risk_factors"][0]["indicators"].append(
        {"code": "1.12", "title": "An indicator read in the official text", "keywords": []}
    )
    path = tmp_path / "foa.yaml"
    _write(path, document)
    taxonomy = load_taxonomy(path)
    assert not taxonomy.indicator("1.1").unverified
    assert taxonomy.indicator("1.12").risk_factor == 1
