"""A bulk CSV row holding a NUL character is named by its line and field, on either store,
from the library, `tocsin intake csv` and the API alike: never a database error."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from tests.conftest import make_principal
from tocsin.accounts.service import Principal
from tocsin.cli import intake
from tocsin.config import Settings, get_settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.roles import Role
from tocsin.intake.bulk import import_reports_csv
from tocsin.store.models import Report
from tocsin.store.uow import Store
from tocsin.web.app import create_app

NUL_ROW = (
    b"title,text,country\n"
    b"First bulk,Attack on a village near Djibo today,BFA\n"
    b"Second bulk,Another attack with a nul \x00 here,BFA\n"
)
NAMED = "line 3: text: holds a NUL character"


def _reports(store: Store) -> list[Report]:
    with store.uow() as uow:
        return list(uow.session.scalars(select(Report)))


def test_a_nul_character_in_a_bulk_row_is_named_by_line_and_field(store: Store) -> None:
    analyst = Principal(None, Role.ANALYST, "a")
    with store.uow() as uow, pytest.raises(InvalidInput) as info:
        import_reports_csv(uow, NUL_ROW, analyst)
    assert str(info.value) == f"nothing was imported: {NAMED}"
    assert _reports(store) == []


def test_intake_csv_names_the_line_of_a_nul_character_without_a_traceback(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(
        "TOCSIN_DATABASE_URL", store.engine.url.render_as_string(hide_password=False)
    )
    get_settings.cache_clear()
    app = typer.Typer()
    app.add_typer(intake.app, name="intake")
    path = tmp_path / "bulk_nul.csv"
    path.write_bytes(NUL_ROW)

    done = CliRunner().invoke(app, ["intake", "csv", str(path)])

    get_settings.cache_clear()
    assert done.exit_code == 2, done.output
    assert NAMED in done.output and "Traceback" not in done.output
    assert "Another attack" not in done.output  # no statement parameters shown
    assert _reports(store) == []


def test_the_bulk_api_names_the_line_of_a_nul_character(store: Store, settings: Settings) -> None:
    make_principal(store, Role.ANALYST, "analyst@example.org")
    with TestClient(create_app(settings, store), base_url="http://127.0.0.1") as client:
        token = client.post(
            "/api/v1/tokens",
            json={"email": "analyst@example.org", "password": "correct horse battery"},
        ).json()["token"]
        r = client.post(
            "/api/v1/reports/bulk",
            files={"file": ("bulk_nul.csv", NUL_ROW, "text/csv")},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert r.status_code == 422 and NAMED in r.json()["detail"], r.text
    assert _reports(store) == []
