"""Every process of one deployment signs with one key. A worker started with a data folder of
its own on the shared store would make a key of its own and mail links the server refuses, so
it is refused at start, in one line; `tocsin init --new-secret-key` changes the key on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.bootstrap import KEY_FINGERPRINT, same_secret_key
from tocsin.cli.main import app
from tocsin.config import BadSettings, Settings, get_settings
from tocsin.store.engine import make_engine
from tocsin.store.models import DeploymentFact


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared_store(request, tmp_path: Path) -> str:
    """The URL of an empty store that two data folders share."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite'}"
    url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    return url


def _as(monkeypatch, url: str, data_dir: Path, key: str | None = None) -> None:
    """The environment of a process with this data folder (and key, when set)."""
    monkeypatch.setenv("TOCSIN_DATABASE_URL", url)
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(data_dir))
    if key is None:
        monkeypatch.delenv("TOCSIN_SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("TOCSIN_SECRET_KEY", key)
    get_settings.cache_clear()


def _run(*args: str):
    result = CliRunner().invoke(app, list(args))
    get_settings.cache_clear()
    return result


def test_a_worker_with_another_data_folder_on_the_same_store_is_refused(
    shared_store, tmp_path, monkeypatch
):
    _as(monkeypatch, shared_store, tmp_path / "data")
    assert _run("init").exit_code == 0
    _as(monkeypatch, shared_store, tmp_path / "wdir" / "data")
    result = _run("worker", "--once", "--no-coding")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: TOCSIN_SECRET_KEY: ")
    assert "TOCSIN_DATA_DIR" in lines[0] and "wdir" in lines[0]
    assert "tocsin init --new-secret-key" in lines[0]


def test_serve_and_intake_with_another_key_are_refused(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    _as(monkeypatch, url, tmp_path / "data", key="the deployment's key")
    assert _run("init").exit_code == 0
    _as(monkeypatch, url, tmp_path / "data", key="another key")
    monkeypatch.setenv("TOCSIN_IMAP_HOST", "127.0.0.1")
    monkeypatch.setenv("TOCSIN_IMAP_USER", "monitor")
    monkeypatch.setenv("TOCSIN_IMAP_PASSWORD", "x")
    # An address no interface has: a serve that was not refused fails at once, not hangs.
    for command in (["serve", "--host", "192.0.2.1"], ["intake", "imap", "--once"]):
        result = _run(*command)
        assert result.exit_code == 2, command
        assert result.output.startswith(
            "error: TOCSIN_SECRET_KEY: this process's key (from TOCSIN_SECRET_KEY)"
        )


def test_the_first_process_records_the_key_and_the_same_key_elsewhere_is_accepted(
    sqlite_store, tmp_path
):
    first = Settings(data_dir=tmp_path / "a", secret_key=None)
    same_secret_key(sqlite_store, first, actor="serve")
    kept = (tmp_path / "a" / "secret_key").read_text().strip()
    same_secret_key(sqlite_store, first, actor="worker")
    same_secret_key(sqlite_store, Settings(data_dir=tmp_path / "b", secret_key=kept), "worker")
    with sqlite_store.uow() as uow:
        recorded = uow.session.get(DeploymentFact, KEY_FINGERPRINT)
        assert recorded is not None and kept not in recorded.value


def test_init_with_new_secret_key_makes_the_new_key_the_deployments(sqlite_store, tmp_path):
    old = Settings(data_dir=tmp_path / "data", secret_key="the old key")
    new = Settings(data_dir=tmp_path / "data", secret_key="the new key")
    same_secret_key(sqlite_store, old, actor="cli:init")
    with pytest.raises(BadSettings):
        same_secret_key(sqlite_store, new, actor="worker")
    same_secret_key(sqlite_store, new, actor="cli:init", new_key=True)
    same_secret_key(sqlite_store, new, actor="worker")
    with pytest.raises(BadSettings, match="from TOCSIN_SECRET_KEY"):
        same_secret_key(sqlite_store, old, actor="worker")


def test_the_cli_option_changes_the_key(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    _as(monkeypatch, url, tmp_path / "data", key="the old key")
    assert _run("init").exit_code == 0
    _as(monkeypatch, url, tmp_path / "data", key="the new key")
    assert _run("init").exit_code == 2
    assert _run("init", "--new-secret-key").exit_code == 0
    assert _run("worker", "--once", "--no-coding").exit_code == 0
