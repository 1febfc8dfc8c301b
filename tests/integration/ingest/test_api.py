"""/api/v1/imports: an analyst uploads a file, gets a job, and follows it to the end."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from starlette.middleware.sessions import SessionMiddleware

from tocsin.accounts.service import add_user, issue_token
from tocsin.config import Settings
from tocsin.domain.errors import TocsinError
from tocsin.store.uow import Store
from tocsin.web.api import imports


def client(store: Store, settings: Settings) -> TestClient:
    app = FastAPI()
    app.state.store, app.state.settings = store, settings
    app.add_middleware(SessionMiddleware, secret_key="test-secret")

    @app.exception_handler(TocsinError)
    async def domain_error(_request, exc: TocsinError) -> JSONResponse:  # as the app maps them
        return JSONResponse({"detail": str(exc)}, status_code=exc.status_code)

    api = APIRouter(prefix="/api/v1")
    api.include_router(imports.router)
    app.include_router(api)
    return TestClient(app)


def token(store: Store, role: str) -> dict[str, str]:
    with store.uow() as uow:
        user = add_user(uow, f"{role}@example.org", role, role, "correct horse battery")
        return {"Authorization": f"Bearer {issue_token(uow, user, 'test').token}"}


def test_an_analyst_uploads_a_file_and_follows_the_job(
    sqlite_store: Store, settings: Settings, benin: Path
) -> None:
    web = client(sqlite_store, settings)
    headers = token(sqlite_store, "analyst")

    started = web.post(
        "/api/v1/imports",
        headers=headers,
        data={"dataset": "acled"},
        files={"file": ("benin.csv", benin.read_bytes(), "text/csv")},
    )

    assert started.status_code == 202, started.text
    assert started.json()["file_name"] == "benin.csv", "named as sent, not as saved"
    job = web.get(f"/api/v1/imports/{started.json()['id']}", headers=headers).json()
    assert job["status"] == "succeeded" and job["taken"] == 811
    assert job["file_name"] == "benin.csv"
    assert "811 rows read" in job["summary"]
    assert web.get(f"/api/v1/imports/{job['id']}/rejects", headers=headers).json() == []
    assert web.get("/api/v1/imports/places/unresolved", headers=headers).json() == []


def test_monitors_and_the_public_cannot_import(
    sqlite_store: Store, settings: Settings, benin: Path
) -> None:
    web = client(sqlite_store, settings)
    files = {"file": ("benin.csv", b"x", "text/csv")}
    assert web.post("/api/v1/imports", data={"dataset": "acled"}, files=files).status_code in (
        401,
        403,
    )
    denied = web.post(
        "/api/v1/imports",
        headers=token(sqlite_store, "monitor"),
        data={"dataset": "acled"},
        files=files,
    )
    assert denied.status_code in (401, 403)


def test_an_analyst_splits_a_probable_duplicate(sqlite_store: Store, settings: Settings) -> None:
    from datetime import date

    from tocsin.store.models import Event

    with sqlite_store.uow() as uow:
        first = Event(
            dataset="ged", source_event_id="1", event_date=date(2015, 5, 9), country_iso3="MMR"
        )
        uow.add(first)
        uow.flush()
        second = Event(
            dataset="acled",
            source_event_id="2",
            event_date=date(2015, 5, 9),
            country_iso3="MMR",
            duplicate_of_id=first.id,
            duplicate_status="probable",
        )
        uow.add(second)
        uow.commit()
    web = client(sqlite_store, settings)
    headers = token(sqlite_store, "analyst")

    split = web.post(f"/api/v1/imports/duplicates/{second.id}/split", headers=headers)

    assert split.json() == {
        "id": second.id,
        "duplicate_of_id": None,
        "duplicate_status": "split",
        "warning": None,
    }
    assert (
        web.post(f"/api/v1/imports/duplicates/{second.id}/merge", headers=headers).status_code
        == 422
    )


def test_a_split_through_the_api_reaches_the_panels(
    sqlite_store: Store, settings: Settings
) -> None:
    """A split through the API counts the event in its panel month at once, as an import
    would, not only after the next import of that month."""
    from datetime import date

    from tocsin.ingest.service import panels_for
    from tocsin.store.models import Event

    with sqlite_store.uow() as uow:
        first = Event(
            dataset="ged", source_event_id="1", event_date=date(2015, 4, 15), country_iso3="MMR"
        )
        uow.add(first)
        uow.flush()
        second = Event(
            dataset="acled",
            source_event_id="273MYA",
            event_date=date(2015, 4, 15),
            country_iso3="MMR",
            admin1="Shan",
            fatalities=23,
            duplicate_of_id=first.id,
            duplicate_status="probable",
        )
        uow.add(second)
        uow.commit()
    panels = panels_for(settings)
    panels.rebuild(sqlite_store)
    web = client(sqlite_store, settings)

    web.post(
        f"/api/v1/imports/duplicates/{second.id}/split", headers=token(sqlite_store, "analyst")
    )

    april = panels.read("country_month", "MMR")
    assert (int(april.events.iloc[0]), int(april.fatalities.iloc[0])) == (2, 23)


def test_a_file_in_the_wrong_format_fails_its_job_with_the_reason(
    sqlite_store: Store, settings: Settings, ged191: Path
) -> None:
    web = client(sqlite_store, settings)
    headers = token(sqlite_store, "analyst")

    started = web.post(
        "/api/v1/imports",
        headers=headers,
        data={"dataset": "acled"},
        files={"file": ("ged.csv", ged191.read_bytes(), "text/csv")},
    )

    job = web.get(f"/api/v1/imports/{started.json()['id']}", headers=headers).json()
    assert job["status"] == "failed" and "not an ACLED export" in job["error"]
    assert job["file_name"] == "ged.csv" and job["error"].startswith("ged.csv: ")


def test_a_refused_mapping_is_named_as_it_was_sent(
    sqlite_store: Store, settings: Settings, benin: Path
) -> None:
    web = client(sqlite_store, settings)
    r = web.post(
        "/api/v1/imports",
        headers=token(sqlite_store, "analyst"),
        data={"dataset": "csv"},
        files={
            "file": ("benin.csv", benin.read_bytes(), "text/csv"),
            "mapping": ("badmap.yaml", b"columns: [not, a, table]\n", "text/yaml"),
        },
    )
    assert r.status_code == 422
    assert r.json()["detail"].startswith("badmap.yaml: needs a `columns:` table"), r.text


def test_a_refused_upload_leaves_no_file_and_no_job(
    sqlite_store: Store, settings: Settings, benin: Path
) -> None:
    web = client(sqlite_store, settings)
    headers = token(sqlite_store, "analyst")
    data = benin.read_bytes()
    broken = b"columns: [not, a, table]\n"

    refusals = {
        "unknown dataset": ({"dataset": "acledd"}, {}),
        "a mapping for acled": ({"dataset": "acled"}, {"mapping": ("m.yaml", b"columns: {}")}),
        "csv without a mapping": ({"dataset": "csv"}, {}),
        "broken mapping": ({"dataset": "csv"}, {"mapping": ("m.yaml", broken)}),
        "include_all is neither true nor false": ({"dataset": "gdelt", "include_all": "yes"}, {}),
        "mapping as text": ({"dataset": "csv", "mapping": "columns: {}"}, {}),
    }
    for why, (form, extra) in refusals.items():
        r = web.post(
            "/api/v1/imports",
            headers=headers,
            data=form,
            files={"file": ("benin.csv", data, "text/csv"), **extra},
        )
        assert r.status_code == 422, (why, r.text)

    uploads = Path(settings.data_dir) / "uploads"
    assert not uploads.exists() or list(uploads.iterdir()) == []
    assert web.get("/api/v1/imports/1", headers=headers).status_code == 404


def test_ids_beyond_the_store_s_keys_are_refused_by_name(
    sqlite_store: Store, settings: Settings
) -> None:
    web = client(sqlite_store, settings)
    headers = token(sqlite_store, "analyst")

    for path in ("/api/v1/imports/2147483648", "/api/v1/imports/0"):
        r = web.get(path, headers=headers)
        assert r.status_code == 422 and "job_id" in r.text, (path, r.text)
    assert web.get("/api/v1/imports/places/unresolved?limit=-1", headers=headers).status_code == 422


def test_a_file_with_a_long_name_is_taken_and_named_as_sent_in_short(
    sqlite_store: Store, settings: Settings, benin: Path
) -> None:
    web = client(sqlite_store, settings)
    sent = "تقرير الأحداث في المنطقة الشمالية " * 10 + ".csv"

    started = web.post(
        "/api/v1/imports",
        headers=token(sqlite_store, "analyst"),
        data={"dataset": "acled"},
        files={"file": (sent, benin.read_bytes(), "text/csv")},
    )

    assert started.status_code == 202, started.text
    named = started.json()["file_name"]
    assert named.endswith(".csv") and sent.startswith(named[:-4])
    assert len(named.encode("utf-8")) <= 200
