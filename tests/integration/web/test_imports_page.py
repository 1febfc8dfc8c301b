"""The imports page: an analyst sends a real export from the browser, follows the job, and
downloads the rejects; nobody else may."""

from __future__ import annotations

import csv
import io

from tests.conftest import make_principal
from tests.integration.ingest.layouts import acled_row, write_acled
from tests.integration.web.conftest import csrf_from, log_in
from tests.shared_data import shared_file
from tocsin.domain.roles import Role


def _send(client, files: dict, **fields: str):
    page = client.get("/imports")
    return client.post(
        "/imports",
        data={"csrf_token": csrf_from(page.text), **fields},
        files=files,
        follow_redirects=False,
    )


def test_an_analyst_imports_a_real_export_and_reads_the_job(
    client, sqlite_store, tmp_path, settings
):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/imports")
    benin = shared_file("events/acled/acled_benin_2022.csv")
    sent = _send(client, {"file": ("benin.csv", benin.read_bytes(), "text/csv")}, dataset="acled")
    assert sent.status_code == 303 and sent.headers["location"].startswith("/imports#job-")
    job_id = sent.headers["location"].removeprefix("/imports#job-")
    page = client.get("/imports").text
    row = page[page.index(f'id="job-{job_id}"') :].split("</tr>", 1)[0]
    cells = [c.strip() for c in row.split("<td>")[1:]]
    assert cells[1].startswith("benin.csv") and cells[3].startswith("succeeded")
    assert cells[5].startswith("811")  # every row of the file taken
    assert client.get("/api/v1/events", params={"country": "BEN"}).headers["X-Total-Count"] == "811"
    # The job has ended: the partner's file is not kept on the server.
    assert list((settings.data_dir / "uploads").iterdir()) == []

    bad = write_acled(tmp_path / "bad.csv", [acled_row("BEN9", event_date="31 February 2022")])
    again = _send(client, {"file": ("bad.csv", bad.read_bytes(), "text/csv")}, dataset="acled")
    bad_job = again.headers["location"].removeprefix("/imports#job-")
    assert f'href="/imports/{bad_job}/rejects.csv"' in client.get("/imports").text
    rejects = client.get(f"/imports/{bad_job}/rejects.csv")
    (reject,) = csv.DictReader(io.StringIO(rejects.text))
    assert (reject["file"], reject["field"], reject["value"]) == (
        "bad.csv",
        "event_date",
        "31 February 2022",
    )


def test_a_wrong_form_is_refused_on_the_page_and_leaves_no_file(client, sqlite_store, settings):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/imports")
    no_file = _send(client, {"file": ("", b"", "application/octet-stream")}, dataset="acled")
    assert no_file.status_code == 422 and "file: attach the data file" in no_file.text
    mapping_missing = _send(client, {"file": ("t.csv", b"a,b\n1,2\n", "text/csv")}, dataset="csv")
    assert mapping_missing.status_code == 422 and "column mapping" in mapping_missing.text
    unknown = _send(client, {"file": ("t.csv", b"a\n", "text/csv")}, dataset="twitter")
    assert unknown.status_code == 422
    uploads = settings.data_dir / "uploads"
    assert not uploads.exists() or list(uploads.iterdir()) == []


def test_only_analysts_import(client, sqlite_store):
    assert client.get("/imports", follow_redirects=False).status_code == 303  # log in first
    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    log_in(client, "mo@example.org")
    assert client.get("/imports").status_code == 403
    assert client.get("/imports/1/rejects.csv").status_code == 403
    assert 'href="/imports"' not in client.get("/").text
    page = client.get("/report")
    refused = client.post(
        "/imports",
        data={"csrf_token": csrf_from(page.text), "dataset": "acled"},
        files={"file": ("x.csv", b"a\n", "text/csv")},
        follow_redirects=False,
    )
    assert refused.status_code == 403


def _unresolved(store) -> int:
    """A place name with two events and no point, as an import leaves it."""
    from datetime import date

    from tocsin.store.models import Event, UnresolvedPlace

    with store.uow() as uow:
        place = UnresolvedPlace(
            country_iso3="BFA", admin1="Sahel", place_name="Tin-Akoff", occurrences=2
        )
        uow.add(place)
        for n in (1, 2):
            uow.add(
                Event(
                    dataset="csv",
                    source_event_id=f"p:{n}",
                    event_date=date(2021, 1, n),
                    country_iso3="BFA",
                    admin1="Sahel",
                    place_name="Tin-Akoff",
                )
            )
        uow.commit()
        return place.id


def test_an_analyst_gives_an_unknown_place_its_point(client, sqlite_store):
    place_id = _unresolved(sqlite_store)
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/imports")
    page = client.get("/imports")
    assert "Tin-Akoff" in page.text and f'action="/imports/places/{place_id}"' in page.text
    token = csrf_from(page.text)
    outside = client.post(
        f"/imports/places/{place_id}",
        data={"csrf_token": token, "latitude": "48.85", "longitude": "2.35"},  # Paris
        follow_redirects=False,
    )
    assert outside.status_code == 422 and "lies outside Burkina Faso" in outside.text
    in_arabic = client.post(
        f"/imports/places/{place_id}?lang=ar",
        data={"csrf_token": token, "latitude": "48.85", "longitude": "2.35"},
    )
    assert in_arabic.status_code == 422
    assert "بوركينا فاسو" in in_arabic.text and "Burkina Faso" not in in_arabic.text
    client.cookies.delete("tocsin_lang")  # the language picked is kept: back to English
    set_ = client.post(
        f"/imports/places/{place_id}",
        data={"csrf_token": token, "latitude": "14.9", "longitude": "0.9"},
        follow_redirects=True,
    )
    assert "Point set: 2 events now have it." in set_.text
    # Counted in the reader's language, its form following the count.
    one = client.get("/imports", params={"resolved": 1}, headers={"Accept-Language": "fr"})
    assert "Point fixé : 1 événement l&#39;a maintenant." in one.text
    assert "Point set: 1 event now has it." in client.get("/imports?resolved=1").text
    assert "Tin-Akoff" not in set_.text.split('id="places"', 1)[1]
    points = client.get("/api/v1/events", params={"country": "BFA"}).json()
    assert {(e["latitude"], e["longitude"]) for e in points} == {(14.9, 0.9)}


def test_places_resolve_through_the_api(client, sqlite_store, analyst_token, monitor_token):
    place_id = _unresolved(sqlite_store)
    url = f"/api/v1/imports/places/{place_id}/resolve"
    point = {"latitude": 14.9, "longitude": 0.9}
    refused = client.post(url, json=point, headers={"Authorization": f"Bearer {monitor_token}"})
    assert refused.status_code == 403
    auth = {"Authorization": f"Bearer {analyst_token}"}
    assert client.post(url, json={"latitude": 91, "longitude": 0}, headers=auth).status_code == 422
    done = client.post(url, json=point, headers=auth)
    assert done.status_code == 200 and done.json() == {"events_changed": 2}
    assert client.get("/api/v1/imports/places/unresolved", headers=auth).json() == []


def test_an_upload_the_disk_cannot_hold_is_refused_and_leaves_no_part(
    client, sqlite_store, settings, monkeypatch
):
    import errno
    from pathlib import Path

    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/imports")
    opened = Path.open

    def disk_fills(path: Path, mode: str = "r", *args, **kwargs):
        handle = opened(path, mode, *args, **kwargs)
        if path.parent.name != "uploads" or "w" not in mode:
            return handle

        class Full:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

            def write(self, chunk: bytes) -> int:
                handle.write(chunk[:10])  # what fitted before the disk was full
                raise OSError(errno.ENOSPC, "No space left on device")

        return Full()

    monkeypatch.setattr(Path, "open", disk_fills)
    benin = shared_file("events/acled/acled_benin_2022.csv")
    sent = _send(client, {"file": ("benin.csv", benin.read_bytes(), "text/csv")}, dataset="acled")

    assert sent.status_code == 503 and "disk is full" in sent.text
    assert list((settings.data_dir / "uploads").iterdir()) == []


def test_a_refused_file_is_told_in_the_readers_language_by_the_name_it_was_sent_with(
    client, sqlite_store
):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/imports")
    sent = _send(client, {"file": ("wrong.csv", b"a,b\n1,2\n", "text/csv")}, dataset="acled")
    job_id = sent.headers["location"].removeprefix("/imports#job-")

    english = client.get("/imports?lang=en").text
    assert "wrong.csv: not an ACLED export: these columns are missing: event_id_cnty" in english
    french = client.get("/imports?lang=fr").text
    row = french[french.index(f'id="job-{job_id}"') :].split("</tr>", 1)[0]
    assert "wrong.csv : pas un export ACLED : il manque ces colonnes : event_id_cnty" in row
    api = client.get(f"/api/v1/imports/{job_id}").json()
    assert api["status"] == "failed" and "error_parts" not in api
    assert api["error"].startswith("wrong.csv: not an ACLED export: these columns are missing")
