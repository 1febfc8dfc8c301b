"""Pure pieces of ingestion: country codes, the gazetteer, mappings, duplicate scoring."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin.domain.errors import InvalidInput, NotFound
from tocsin.ingest import gazetteer
from tocsin.ingest.country_codes import resolve_tagged
from tocsin.ingest.dedup import STATE, _Ev, actor_words, similarity
from tocsin.ingest.mapping import parse_mapping
from tocsin.ingest.registry import get_importer, importers


@pytest.mark.parametrize(
    "tagged,iso3",
    [
        ("num:204", "BEN"),
        ("name:Myanmar (Burma)|gw:775", "MMR"),
        ("gw:816|name:Vietnam", "VNM"),
        ("fips:UV", "BFA"),
        ("fips:BM", "MMR"),
        ("auto:bf", "BFA"),
        ("name:Kosovo", "XKX"),
        ("|name:Atlantis", None),
        ("name:Laos", "LAO"),
        ("name:eSwatini", "SWZ"),
        ("name:Dahomey", "BEN"),
        ("name:Benin City", None),  # a partner's town, not Benin
        ("name:Niger State", None),  # a division of Nigeria
        ("name:Benin City|num:566", "NGA"),  # the next tag then decides
    ],
)
def test_every_datasets_country_codes_resolve_to_iso3(tagged: str, iso3: str | None) -> None:
    assert resolve_tagged(tagged) == iso3


def test_gazetteer_finds_places_within_the_country_and_boxes_countries() -> None:
    found = gazetteer.find_place("BEN", "segbana")
    assert found is not None and found.name == "Ségbana"
    assert gazetteer.find_place("BFA", "Segbana") is None
    box = gazetteer.country_box("BEN")
    assert box is not None and gazetteer.inside(box, 11.87, 3.38)
    assert not gazetteer.inside(box, 3.38, 11.87)  # latitude and longitude swapped


def test_registry_knows_every_importer_by_dataset() -> None:
    assert set(importers()) == {"acled", "ged", "gdelt", "csv"}
    with pytest.raises(NotFound):
        get_importer("spreadsheet")


def test_mapping_names_what_is_wrong() -> None:
    with pytest.raises(InvalidInput, match="event_date is required"):
        parse_mapping({"source": "x", "columns": {"country": "C"}})
    with pytest.raises(InvalidInput, match="unknown field"):
        parse_mapping({"source": "x", "columns": {"event_date": "D", "deaths": "K"}})
    with pytest.raises(InvalidInput, match="violence_types"):
        parse_mapping(
            {
                "source": "x",
                "country_code": "BFA",
                "columns": {"event_date": "D"},
                "violence_types": {"Attack": "massacre"},
            }
        )


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("date_format", 2020),
        ("date_format", {"day": "%d"}),
        ("civilian_values", 1.5),
        ("violence_types", ["Attack"]),
    ],
)
def test_a_setting_of_the_wrong_shape_is_named_not_a_crash(setting: str, value: object) -> None:
    base = {"source": "x", "country_code": "BFA", "columns": {"event_date": "D"}}
    with pytest.raises(InvalidInput, match=setting):
        parse_mapping({**base, setting: value})
    assert parse_mapping({**base, "date_format": ["%d/%m/%Y", "%Y"]}).date_formats == (
        "%d/%m/%Y",
        "%Y",
    )


def _ev(i: int, dataset: str, point: tuple[float, float], actors: str, deaths: int) -> _Ev:
    return _Ev(
        i, dataset, str(i), date(2015, 5, 9), point, None, actor_words(actors), deaths, None, None
    )


def test_similarity_needs_place_actors_and_fatalities_to_agree() -> None:
    acled = _ev(1, "acled", (25.38, 97.5), "Military Forces of Myanmar (2011-2016)", 1)
    ged = _ev(2, "ged", (25.40, 97.45), "Government of Myanmar (Burma)", 1)
    far = _ev(3, "ged", (16.8, 96.1), "Government of Myanmar (Burma)", 1)
    assert actor_words("Military Forces of Myanmar (2011-2016)") == {STATE, "myanmar"}
    assert similarity(acled, ged) > 0.65
    assert similarity(acled, far) == 0.0
    assert similarity(acled, _ev(4, "ged", (25.40, 97.45), "KIA", 40)) < 0.65


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


@settings(
    max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(
    mapping=st.one_of(
        _VALUES,
        st.fixed_dictionaries(
            {"source": st.just("x"), "columns": st.just({"event_date": "D", "country": "C"})},
            optional={
                key: _VALUES
                for key in ("date_format", "civilian_values", "violence_types", "sheet")
            },
        ),
    )
)
def test_any_mapping_file_is_a_mapping_or_a_refusal_naming_it(mapping: object) -> None:
    """A mapping comes from a user's YAML file: whatever shape it has, the answer is a clear
    refusal, never a crash in the import job."""
    try:
        parse_mapping(mapping)
    except InvalidInput as refusal:
        assert str(refusal).startswith("mapping")
