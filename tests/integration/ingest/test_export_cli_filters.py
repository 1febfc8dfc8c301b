"""`tocsin export events --country` takes a name or a code as the API does; unknown ones fail.

"Burkina Faso", "BF" and "854" used to export 0 events without a word, which reads as a quiet
country; so did an unknown code or dataset.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tocsin.cli import export
from tocsin.config import get_settings
from tocsin.store.models import Event
from tocsin.store.uow import Store


def _export(cli: typer.Typer, tmp_path: Path, *options: str) -> tuple[int, str, int]:
    """Exit code, output, and the number of events written."""
    out = tmp_path / "out.csv"
    out.unlink(missing_ok=True)
    done = CliRunner().invoke(cli, ["export", "events", *options, "-o", str(out)])
    rows = len(out.read_text(encoding="utf-8").splitlines()) - 1 if out.exists() else -1
    return done.exit_code, done.output, rows


def test_country_names_and_codes_export_the_same_events(
    cli: typer.Typer, benin: Path, tmp_path: Path
) -> None:
    imported = CliRunner().invoke(cli, ["import", "acled", str(benin)])
    assert imported.exit_code == 0, imported.output

    for country in ("BEN", "ben", "Benin", "BJ", "204", "Dahomey"):
        code, output, rows = _export(cli, tmp_path, "--country", country)
        assert (code, rows) == (0, 811), (country, output)
    code, output, rows = _export(cli, tmp_path, "--country", "Benin", "--dataset", "ACLED")
    assert (code, rows) == (0, 811), output


def test_an_unknown_country_or_dataset_is_an_error_not_an_empty_file(
    cli: typer.Typer, tmp_path: Path
) -> None:
    code, output, rows = _export(cli, tmp_path, "--country", "XYZ")
    assert code == 2 and "--country: unknown country 'XYZ'" in output and rows == -1
    code, output, rows = _export(cli, tmp_path, "--dataset", "foo")
    assert code == 2 and "--dataset: one of acled" in output and "report" in output
    assert rows == -1


def test_a_store_with_reference_data_resolves_as_the_api_does(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite_store.uow() as uow:
        uow.add(
            Event(
                dataset="acled",
                source_event_id="CIV1",
                event_date=date(2020, 3, 1),
                country_iso3="CIV",
            )
        )
        uow.commit()
    monkeypatch.setenv("TOCSIN_DATABASE_URL", sqlite_store.engine.url.render_as_string(False))
    get_settings.cache_clear()
    app = typer.Typer()
    app.add_typer(export.app, name="export")
    try:
        for country in ("Ivory Coast", "Côte d'Ivoire", "CI", "384"):
            code, output, rows = _export(app, tmp_path, "--country", country)
            assert (code, rows) == (0, 1), (country, output)
        assert _export(app, tmp_path, "--country", "Atlantis")[0] == 2
    finally:
        get_settings.cache_clear()
