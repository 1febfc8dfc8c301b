"""The coalition's member list: imported whole from the coalition's file, or not at all."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from tests.shared_data import shared_file
from tocsin.cli.main import app
from tocsin.config import get_settings
from tocsin.domain.errors import InvalidInput
from tocsin.network.members import import_members
from tocsin.store.models import AuditEntry, Organization


def _organisations(store) -> int:
    with store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Organization))


def _write(path: Path, rows: list[dict[str, str]], columns=("name", "city", "country", "iso3")):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_coalitions_list_is_imported_once_with_regions(sqlite_store):
    members = shared_file("network/icrtop_members_2011.csv")
    with members.open(encoding="utf-8") as handle:
        listed = list(csv.DictReader(handle))
    with sqlite_store.uow() as uow:
        assert import_members(uow, members).added == len(listed)
        uow.commit()
    with sqlite_store.uow() as uow:
        again = import_members(uow, members)
        assert (again.added, again.updated, again.unchanged) == (0, 0, len(listed))
        offices = uow.network.organizations()
        sydney = next(o for o in offices if o.city == "Sydney")
        assert (sydney.country_iso3, sydney.region) == ("AUS", "Oceania")
    assert _organisations(sqlite_store) == len(listed)


def test_one_bad_row_adds_nothing_and_every_bad_row_is_named(sqlite_store, tmp_path):
    bad = _write(
        tmp_path / "members.csv",
        [
            {"name": "Act for Peace", "city": "Sydney", "country": "Australia", "iso3": "AUS"},
            {"name": "", "city": "Lomé", "country": "Togo", "iso3": "TGO"},
            {"name": "Somewhere Watch", "city": "Nowhere", "country": "Atlantis", "iso3": "ATL"},
        ],
    )
    with sqlite_store.uow() as uow, pytest.raises(InvalidInput) as caught:
        import_members(uow, bad)
    message = str(caught.value)
    assert "line 3, column name: empty" in message
    assert "line 4, column iso3: unknown country code 'ATL'" in message
    assert "line 2" not in message
    assert _organisations(sqlite_store) == 0


def test_a_file_without_the_columns_says_which_are_missing(sqlite_store, tmp_path):
    wrong = _write(tmp_path / "m.csv", [{"name": "A", "town": "B"}], columns=("name", "town"))
    with sqlite_store.uow() as uow, pytest.raises(InvalidInput, match="missing column.*city.*iso3"):
        import_members(uow, wrong)


def test_the_command_line_needs_init_first_then_imports(tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TOCSIN_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    members = _write(
        tmp_path / "members.csv",
        [{"name": "Act for Peace", "city": "Sydney", "country": "Australia", "iso3": "AUS"}],
    )
    runner = CliRunner()
    try:
        early = runner.invoke(app, ["import", "members", str(members)])
        assert early.exit_code != 0
        assert "tocsin init" in early.output
        assert runner.invoke(app, ["init"]).exit_code == 0
        done = runner.invoke(app, ["import", "members", str(members)])
        assert done.exit_code == 0, done.output
        assert "1 member office(s) added to the network, 0 updated, 0 unchanged" in done.output
    finally:
        get_settings.cache_clear()


def _import(store, path: Path):
    with store.uow(actor="cli") as uow:
        done = import_members(uow, path)
        uow.commit()
    return done


def _stored(store) -> list[tuple[str, str | None, str | None]]:
    with store.uow() as uow:
        return [(o.name, o.city, o.country_iso3) for o in uow.network.organizations()]


def test_the_country_must_be_the_one_iso3_names_and_stands_in_for_a_blank_iso3(
    sqlite_store, tmp_path
):
    wrong = _write(
        tmp_path / "wrong.csv",
        [
            {"name": "Wrong Org", "city": "Berlin", "country": "France", "iso3": "DEU"},
            {"name": "Odd Org", "city": "Nowhere", "country": "Atlantis", "iso3": ""},
        ],
    )
    with sqlite_store.uow() as uow, pytest.raises(InvalidInput) as caught:
        import_members(uow, wrong)
    assert "line 2: country 'France' is FRA, not DEU as column iso3 says" in str(caught.value)
    assert "line 3, column country: unknown country 'Atlantis'" in str(caught.value)
    assert _organisations(sqlite_store) == 0

    blank = _write(
        tmp_path / "blank.csv",
        [
            {"name": "NoIso Org", "city": "Kigali", "country": "Rwanda", "iso3": ""},
            {"name": "Congo Org", "city": "Goma", "country": "DRC", "iso3": "COD"},
        ],
    )
    assert _import(sqlite_store, blank).added == 2
    assert sorted(_stored(sqlite_store)) == [
        ("Congo Org", "Goma", "COD"),
        ("NoIso Org", "Kigali", "RWA"),
    ]


def test_a_row_with_too_few_cells_is_refused_by_its_line(sqlite_store, tmp_path):
    few = tmp_path / "few.csv"
    few.write_text("name,city,country,iso3\nFew Org,Paris\nFull Org,Lyon,France,FRA\n")
    with sqlite_store.uow() as uow, pytest.raises(InvalidInput) as caught:
        import_members(uow, few)
    assert "line 2: 2 cell(s) where the header has 4 columns" in str(caught.value)
    assert _organisations(sqlite_store) == 0


def test_headers_are_read_in_any_letter_case(sqlite_store, tmp_path):
    upper = tmp_path / "upper.csv"
    upper.write_text("Name,City,Country,ISO3\nAct for Peace,Sydney,Australia,AUS\n")
    assert _import(sqlite_store, upper).added == 1
    assert _stored(sqlite_store) == [("Act for Peace", "Sydney", "AUS")]


def test_a_semicolon_separated_list_is_refused_saying_so(sqlite_store, tmp_path):
    semi = tmp_path / "semi.csv"
    semi.write_text("name;city;country;iso3\nAct for Peace;Sydney;Australia;AUS\n")
    with sqlite_store.uow() as uow, pytest.raises(InvalidInput) as caught:
        import_members(uow, semi)
    assert "semi.csv: columns are separated by ';'" in str(caught.value)
    assert "missing column" not in str(caught.value)


def test_offices_that_differ_only_in_letter_case_are_one(sqlite_store, tmp_path):
    dup = tmp_path / "dup.csv"
    dup.write_text("name,city,country,iso3\nDup Org,Lyon,France,FRA\nDUP org,lyon,France,fra\n")
    done = _import(sqlite_store, dup)
    assert (done.added, done.repeated) == (1, 1)
    assert _stored(sqlite_store) == [("Dup Org", "Lyon", "FRA")]


def test_a_corrected_list_updates_the_offices_that_differ_and_says_how_many(sqlite_store, tmp_path):
    first = _write(
        tmp_path / "first.csv",
        [
            {"name": "NoIso Org", "city": "Kigali", "country": "", "iso3": ""},
            {"name": "Act for Peace", "city": "Sydney", "country": "Australia", "iso3": "AUS"},
        ],
    )
    _import(sqlite_store, first)
    fixed = _write(
        tmp_path / "fixed.csv",
        [
            {"name": "NoIso Org", "city": "Kigali", "country": "Rwanda", "iso3": "RWA"},
            {"name": "Act for Peace", "city": "Sydney", "country": "Australia", "iso3": "AUS"},
            {"name": "New Org", "city": "Accra", "country": "Ghana", "iso3": "GHA"},
        ],
    )

    done = _import(sqlite_store, fixed)

    assert (done.added, done.updated, done.unchanged) == (1, 1, 1)
    assert "1 member office(s) added to the network, 1 updated, 1 unchanged" in done.summary()
    assert ("NoIso Org", "Kigali", "RWA") in _stored(sqlite_store)
    with sqlite_store.uow() as uow:
        (change,) = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "Organization", AuditEntry.action == "update"
            )
        ).all()
    assert change.actor == "cli" and change.changes["country_iso3"] == [None, "RWA"]
