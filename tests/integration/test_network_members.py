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
from tocsin.store.models import Organization


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
        assert import_members(uow, members) == len(listed)
        uow.commit()
    with sqlite_store.uow() as uow:
        assert import_members(uow, members) == 0
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
        assert "1 member office(s) added" in done.output
    finally:
        get_settings.cache_clear()
