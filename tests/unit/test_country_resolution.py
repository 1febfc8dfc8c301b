"""A country given as text is a code or the whole of a name: a phrase that only contains a
country's name ('Benin City', a Nigerian city) must not file a report under that country."""

from __future__ import annotations

import pytest

from tocsin.reference.countries import resolve_country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("benin", "BEN"),
        ("Bénin", "BEN"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("DRC", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Congo, Dem. Rep.", "COD"),
        ("Burma", "MMR"),
        ("Dahomey", "BEN"),  # a name country_converter writes as the start of a word
        ("Upper Volta", "BFA"),
        ("Myanmar (Burma)", "MMR"),  # UCDP's and ACLED's spelling
        ("Burma/Myanmar", "MMR"),  # the Early Warning Project's
        ("Türkiye", "TUR"),
        ("The Gambia", "GMB"),
        ("Korea, Rep.", "KOR"),  # the World Bank's
        ("Lao PDR", "LAO"),
        ("Benin Republic", "BEN"),
        ("bf", "BFA"),
        ("bfa", "BFA"),
        ("BFA", "BFA"),
        ("204", "BEN"),
        ("4", "AFG"),
    ],
)
def test_a_code_or_a_whole_name_resolves(text, iso3):
    assert resolve_country(text) == iso3


@pytest.mark.parametrize(
    "text",
    [
        "Benin City",
        "Niger,Benin",
        "Niger/Benin",
        "not Benin",
        "Not Mali",
        "Mali, Niger",
        "Nigeria and Niger",
        "Sudan border",
        "not britain",  # country_converter's pattern for it starts with '.*'
        "czech border",
        "Gulf of Guinea",
        "Northern Benin",
        "Atlantis",
        "999",
    ],
)
def test_a_text_that_only_contains_a_country_resolves_to_none(text):
    assert resolve_country(text) is None
