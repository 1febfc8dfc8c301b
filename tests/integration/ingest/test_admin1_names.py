"""Admin1 names are reconciled per country where the panels are built; stored rows keep theirs.

GED writes "Shan State" and "Bago  region", ACLED "Shan" and "Bago": one region each, which
must be one row of the admin1 panel, or each fragment gets its own short history.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tests.shared_data import shared_file
from tocsin.ingest.panels import PanelStore, admin1_key, admin1_name
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


def test_case_accents_and_hyphens_do_not_split_an_area_but_aliases_stay_apart() -> None:
    assert admin1_key("Barisāl Division") == admin1_key("BARISAL") == "barisal"
    assert admin1_key("Centre-Nord") == admin1_key("centre nord")
    assert admin1_key("Rangoon") != admin1_key("Yangon")
    assert admin1_key("Ratanakiri") != admin1_key("Ratanakkiri")


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
