"""The audit log read for a period, from the API and the command line: a day, or a moment
without a zone read as UTC, as the help says; a bad value is one clear error, never a crash."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import make_principal
from tocsin.bootstrap import open_store
from tocsin.cli.main import app as cli
from tocsin.domain.roles import Role
from tocsin.store.models import AuditEntry
from tocsin.store.uow import Store
from tocsin.web.app import create_app

#: One probe entry an hour or so either side of 24 November 2026 (UTC), by its note.
PROBES = {
    "eve": datetime(2026, 11, 23, 23, 30, tzinfo=UTC),
    "dawn": datetime(2026, 11, 24, 0, 30, tzinfo=UTC),
    "morning": datetime(2026, 11, 24, 10, 30, tzinfo=UTC),
    "night": datetime(2026, 11, 24, 23, 30, tzinfo=UTC),
    "next": datetime(2026, 11, 25, 0, 30, tzinfo=UTC),
}


def _probes(store: Store) -> None:
    with store.uow() as uow:
        for note, at in PROBES.items():
            uow.add(AuditEntry(at=at, actor="test", action="probe", entity="Probe", note=note))
        uow.commit()


def test_the_api_reads_a_day_or_a_moment_without_a_zone_as_utc(sqlite_store, settings):
    _probes(sqlite_store)
    make_principal(sqlite_store, Role.ADMIN, "admin@example.org")
    with TestClient(create_app(settings, sqlite_store), base_url="http://127.0.0.1") as client:
        login = {"email": "admin@example.org", "password": "correct horse battery"}
        token = client.post("/api/v1/tokens", json=login).json()["token"]
        admin = {"Authorization": f"Bearer {token}"}

        def notes(query: str) -> list[str]:
            r = client.get(f"/api/v1/audit?entity=Probe&{query}", headers=admin)
            assert r.status_code == 200, r.text
            return [e["note"] for e in reversed(r.json())]

        assert notes("since=2026-11-24&until=2026-11-24") == ["dawn", "morning", "night"]
        assert notes("since=2026-11-24T10:00") == ["morning", "night", "next"]
        assert notes("until=2026-11-24T10:00:00") == ["eve", "dawn"]
        assert notes("since=2026-11-24T12:00%2B02:00&until=2026-11-24T10:30Z") == ["morning"]

        for query in ("since=yesterday", "until=2026-11-31", "since=2026-11-25&until=2026-11-24"):
            r = client.get(f"/api/v1/audit?{query}", headers=admin)
            assert r.status_code == 422, (query, r.status_code, r.text)
        bad = client.get("/api/v1/audit?since=24.11.2026", headers=admin).json()["detail"]
        assert bad == (
            "since: a day or a moment (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], UTC unless a zone"
            " such as +02:00 is given), not '24.11.2026'"
        )


def test_the_audit_command_reads_a_day_and_the_whole_of_an_until_day(cli_home):
    runner = CliRunner()
    assert runner.invoke(cli, ["init"]).exit_code == 0
    store = open_store()
    _probes(store)
    store.dispose()

    def rows(*period: str) -> str:
        result = runner.invoke(cli, ["audit", "--entity", "Probe", *period])
        assert result.exit_code == 0, result.output
        return result.output

    day = rows("--since", "2026-11-24", "--until", "2026-11-24")
    assert "3 of 3 entries" in day and "2026-11-24T23:30:00" in day
    assert "2026-11-23T23:30" not in day and "2026-11-25" not in day
    assert "2 of 2 entries" in rows("--until", "2026-11-24T10:00")
    assert "3 of 3 entries" in rows("--since", "2026-11-24T10:00")

    help_text = runner.invoke(cli, ["audit", "--help"]).output
    assert "end of this day" in " ".join(help_text.split())
    for option, value in (("--since", "yesterday"), ("--until", "2026-02-30")):
        bad = runner.invoke(cli, ["audit", option, value])
        assert bad.exit_code == 2, bad.output
        assert bad.output.startswith(f"error: {option}: a day or a moment")
        assert len(bad.output.strip().splitlines()) == 1  # one line, no traceback
