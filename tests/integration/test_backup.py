"""`tocsin backup` while the store is written: a copy of the data folder with `cp` can catch the
SQLite file and its write-ahead log at different moments and be corrupt; the backup is one
consistent snapshot, with the files that go with it and without the ones that do not."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import witness_report
from tocsin.backup import back_up
from tocsin.cli.main import app
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput
from tocsin.store.uow import Store

SHA = "ab" * 32


def _reports(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {r for (r,) in con.execute("SELECT reference FROM reports")}
    finally:
        con.close()


def test_a_backup_taken_while_reports_arrive_is_whole(
    sqlite_store: Store, settings: Settings, tmp_path: Path
) -> None:
    data = settings.data_dir
    (data / "attachments" / "ab").mkdir(parents=True)
    (data / "attachments" / "ab" / SHA).write_bytes(b"a witness's photo")
    (data / "attachments" / "ab" / f"{SHA}.part").write_bytes(b"half a photo")
    (data / "secret_key").write_text("the deployment's key")
    (data / "tocsin.sqlite.migrate.lock").touch()
    with sqlite_store.uow() as uow:
        witness_report(uow, "R-BEFORE", "BEN", "+229 0000")
        uow.commit()  # in the write-ahead log only: a copy of tocsin.sqlite alone lacks it
    stop, written = threading.Event(), []

    def keep_writing() -> None:
        while not stop.is_set():
            with sqlite_store.uow() as uow:
                witness_report(uow, f"R-{len(written)}", "BEN", "+229 0001")
                uow.commit()
            written.append(1)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        done = back_up(sqlite_store, data, tmp_path / "backup")
    finally:
        stop.set()
        writer.join(30)

    copy = tmp_path / "backup"
    assert done.database == "sqlite"
    assert not list(copy.glob("tocsin.sqlite-*"))  # the snapshot is whole in its one file
    assert "R-BEFORE" in _reports(copy / "tocsin.sqlite")
    assert (copy / "attachments" / "ab" / SHA).read_bytes() == b"a witness's photo"
    assert (copy / "secret_key").read_text() == "the deployment's key"
    left_out = [p.name for p in copy.rglob("*") if p.suffix in (".part", ".lock")]
    assert left_out == []


def test_a_backup_goes_into_an_empty_folder_outside_the_data_folder(
    sqlite_store: Store, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "old").touch()
    with pytest.raises(InvalidInput, match="not empty"):
        back_up(sqlite_store, settings.data_dir, tmp_path / "used")
    with pytest.raises(InvalidInput, match="inside the data folder"):
        back_up(sqlite_store, settings.data_dir, settings.data_dir / "backup")


def test_tocsin_backup_says_how_to_restore(cli_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0

    result = runner.invoke(app, ["backup", str(tmp_path / "copy")])

    assert result.exit_code == 0, result.output
    assert "use that folder as TOCSIN_DATA_DIR" in result.output
    assert _reports(tmp_path / "copy" / "tocsin.sqlite") == set()
