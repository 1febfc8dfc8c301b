"""Admin1 names are reconciled per country where the panels are built; stored rows keep theirs.

GED writes "Shan State" and "Bago  region", ACLED "Shan" and "Bago": one region each, which
must be one row of the admin1 panel, or each fragment gets its own short history. So must
Myanmar's former and new names ("Karen State" / "Kayin", "Rangoon" / "Yangon").
"""

from __future__ import annotations

import csv
from datetime import date
from importlib.resources import files

import pandas as pd
import pytest

from tests.shared_data import shared_file
from tocsin.ingest.admin1_names import admin1_key, admin1_name, official_admin1
from tocsin.ingest.panels import PanelStore
from tocsin.risk.escalation.panel import densify
from tocsin.store.models import Event
from tocsin.store.uow import Store


@pytest.mark.parametrize(
    "raw,name",
    [
        ("Shan State", "Shan"),
        ("Bago  region", "Bago"),
        ("Bago Division", "Bago"),
        ("Mymensingh division", "Mymensingh"),
        ("Northern Province", "Northern"),
        ("Région du Sahel", "Sahel"),
        ("Département de l'Ouémé", "Ouémé"),
        ("Préfecture de Kankan", "Kankan"),
        ("Sagaing District", "Sagaing"),
        ("Sagaing  region", "Sagaing"),
        ("Nairobi County", "Nairobi"),
        ("Baghdad Governorate", "Baghdad"),
        ("Kyiv Oblast", "Kyiv Oblast"),
        ("District of Columbia", "District of Columbia"),
        ("Free State", "Free State"),
        ("Region", "Region"),
        (" Boucle du  Mouhoun ", "Boucle du Mouhoun"),
        (None, ""),
    ],
)
def test_the_generic_word_and_spacing_go(raw: str | None, name: str) -> None:
    assert admin1_name(raw) == name


def test_case_accents_and_hyphens_do_not_split_an_area_but_unlisted_aliases_stay_apart() -> None:
    assert admin1_key("Barisāl Division") == admin1_key("BARISAL") == "barisal"
    assert admin1_key("Centre-Nord") == admin1_key("centre nord")
    # Beyond spelling, only the table joins names, and only in its country.
    assert admin1_key("Rangoon") != admin1_key("Yangon")
    assert official_admin1("BGD", "Chittagong Division") == "Chittagong"


@pytest.mark.parametrize(
    "country,raw,name",
    [
        ("MMR", "Karen State", "Kayin"),
        ("MMR", "Kayin State", "Kayin"),
        ("MMR", "Rangoon", "Yangon"),
        ("MMR", "Magwe Division", "Magway"),
        ("MMR", "Pegu Division", "Bago"),
        ("MMR", "Irrawaddy Division", "Ayeyarwady"),
        ("MMR", "Arakan State", "Rakhine"),
        ("MMR", "Tenasserim Division", "Tanintharyi"),
        ("MMR", "Karenni State", "Kayah"),
        ("MMR", "NAYPYIDAW", "Nay Pyi Taw"),
        ("KHM", "Ratanakkiri", "Ratanakiri"),
        ("LKA", "North West", "North Western"),
        ("THA", "Karen", "Karen"),  # the table speaks of Myanmar's Karen only
        ("MMR", "Shan State", "Shan"),
    ],
)
def test_former_and_variant_names_take_the_name_in_use(country: str, raw: str, name: str) -> None:
    assert official_admin1(country, raw) == name


def test_the_renamings_table_says_why_and_never_chains() -> None:
    text = files("tocsin.data").joinpath("admin1_renamings.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and all(r["why"].strip() and r["official"].strip() for r in rows)
    former = {(r["country_iso3"], admin1_key(r["name"])) for r in rows}
    assert len(former) == len(rows), "a name listed twice"
    # A name in use is never itself a former name, so one look-up gives the final name.
    assert not {(r["country_iso3"], admin1_key(r["official"])) for r in rows} & former


def _official_names(path: str, country_column: str, country: str, admin1_column: str) -> set:
    with shared_file(path).open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = csv.DictReader(handle)
        names = {r[admin1_column] for r in rows if r[country_column] == country}
    return {official_admin1("MMR", n) for n in names if n}


#: Myanmar's seven states and seven regions, by the names in use since 1989.
MYANMAR = {
    "Ayeyarwady", "Bago", "Chin", "Kachin", "Kayah", "Kayin", "Magway", "Mandalay", "Mon",
    "Rakhine", "Sagaing", "Shan", "Tanintharyi", "Yangon",
}  # fmt: skip


def test_ged_and_acled_name_myanmar_by_its_fourteen_states_and_regions() -> None:
    """GED 19.1 names Myanmar's regions 24 ways ("Karen State" and "Kayin State", "Magwe
    Division", "Bago  region"), ACLED Asia 2015 18 ways ("Karen" and "Kayin", "Rangoon" and
    "Yangon"): each is one of the fourteen, plus the capital's union territory (and "Tak", a
    Thai province ACLED coded in Myanmar)."""
    ged = _official_names(
        "events/ged/ged191_myanmar_bangladesh_1989-2018.csv", "country", "Myanmar (Burma)", "adm_1"
    )
    assert ged == MYANMAR
    acled = _official_names(
        "events/acled/acled_asia_2015-2016_legacy.csv", "COUNTRY", "Myanmar", "ADMIN1"
    )
    assert acled == MYANMAR | {"Nay Pyi Taw", "Tak"}


def test_ged_and_acled_names_of_sagaing_are_one_area() -> None:
    """GED 19.1 names Sagaing Region four ways, ACLED once; the panel had a "Sagaing District"
    series (1991-2005) beside "Sagaing"."""
    ged = shared_file("events/ged/ged191_myanmar_bangladesh_1989-2018.csv")
    with ged.open(encoding="utf-8", newline="") as handle:
        names = {r["adm_1"] for r in csv.DictReader(handle) if r["adm_1"].startswith("Sagaing")}
    assert names == {"Sagaing District", "Sagaing Division", "Sagaing  region"}
    assert {admin1_key(n) for n in names | {"Sagaing"}} == {"sagaing"}
    # The generic words that are part of a name stay: "Shan State" is Shan, "Free State" stays.
    assert admin1_key("Shan State") == admin1_key("Shan") != admin1_key("Free State")


def _events(store: Store, rows: list[tuple[str, str | None, int]]) -> None:
    with store.uow() as uow:
        for n, (country, admin1, deaths) in enumerate(rows):
            uow.add(
                Event(
                    dataset="ged" if n % 2 else "acled",
                    source_event_id=f"N{n}",
                    event_date=date(2018, 3, 1 + n),
                    country_iso3=country,
                    admin1=admin1,
                    violence_type="violence_against_civilians",
                    civilian_targeting=True,
                    fatalities=deaths,
                )
            )
        uow.commit()


def test_the_admin1_panel_has_one_row_per_area_and_the_country_row_counts_every_event(
    store: Store, panels: PanelStore
) -> None:
    _events(
        store,
        [
            ("MMR", "Shan", 1),
            ("MMR", "Shan State", 2),
            ("MMR", "Shan  state", 4),
            ("MMR", "Bago Division", 8),
            ("MMR", "Bago  region", 16),
            ("MMR", None, 32),
        ],
    )

    panels.rebuild(store)

    areas = panels.read("admin1_month", "MMR").set_index("admin1")
    assert sorted(areas.index) == ["", "Bago", "Shan"]
    assert areas.loc["Shan", "civilian_fatalities"] == 7
    assert areas.loc["Bago", "civilian_fatalities"] == 24
    country = panels.read("country_month", "MMR")
    assert country["civilian_fatalities"].tolist() == [63]
    with store.uow() as uow:
        stored = {e.admin1 for e in uow.session.query(Event)}
    assert "Shan State" in stored and "Bago  region" in stored


def test_former_names_join_the_area_in_the_panels_and_in_a_panel_file_built_before(
    store: Store, panels: PanelStore
) -> None:
    """GED's "Karen State" and ACLED's "Kayin" were two places, each with a share of the
    region's history; so were "Rangoon" and "Yangon Division". A panel file written before the
    table (old names in its rows) reads as one area too when the escalation forecast reads it."""
    _events(
        store,
        [
            ("MMR", "Karen State", 1),
            ("MMR", "Kayin", 2),
            ("MMR", "Kayin State", 4),
            ("MMR", "Rangoon", 8),
            ("MMR", "Yangon Division", 16),
        ],
    )

    panels.rebuild(store)

    areas = panels.read("admin1_month", "MMR").set_index("admin1")
    assert sorted(areas.index) == ["Kayin", "Yangon"]
    assert areas.loc["Kayin", "civilian_fatalities"] == 7
    assert areas.loc["Yangon", "civilian_fatalities"] == 24
    before = areas.reset_index()
    before["admin1"] = ["Karen", "Rangoon"]
    before = pd.concat([before, areas.reset_index()], ignore_index=True)
    dense = densify(before, "admin1")
    assert sorted(set(dense["admin1"])) == ["Kayin", "Yangon"]
    assert dense.groupby("admin1")["civilian_fatalities"].sum().to_dict() == {
        "Kayin": 14,
        "Yangon": 48,
    }
