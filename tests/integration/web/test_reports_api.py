"""The JSON API for reports: validation at the edge, permissions, restricted fields."""

from __future__ import annotations

from email.message import EmailMessage

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.integration.web.conftest import log_in
from tocsin.intake.attachments import AttachmentStore
from tocsin.intake.mail import receive_message
from tocsin.store.models import Report

GOOD = {
    "title": "Market attacked",
    "text": "Gunmen attacked the weekly market at noon.",
    "country": "Burkina Faso",
    "occurred_on": "2026-01-10",
    "place_name": "Djibo",
    "reporter_name": "Awa",
    "reporter_contact": "+226 70 00 00 00",
    "anonymous": False,
}


def _count(store) -> int:
    with store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Report))


def test_monitor_submits_report_and_gets_reference(client, monitor_token, sqlite_store):
    r = client.post(
        "/api/v1/reports", json=GOOD, headers={"Authorization": f"Bearer {monitor_token}"}
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "received" and body["reference"].startswith("R-")
    assert _count(sqlite_store) == 1


def test_malformed_report_gets_422_naming_the_field_and_writes_nothing(client, sqlite_store):
    r = client.post("/api/v1/reports", json=dict(GOOD, occurred_on="2999-01-01", latitude=95))
    assert r.status_code == 422
    assert "occurred_on: cannot be in the future" in r.json()["detail"]
    assert "latitude" in r.json()["detail"]
    r = client.post("/api/v1/reports", json=dict(GOOD, latitude=12.0))
    assert r.status_code == 422 and "latitude and longitude go together" in r.json()["detail"]
    r = client.post("/api/v1/reports", json=dict(GOOD, country="Atlantis"))
    assert r.status_code == 422 and "country" in r.json()["detail"]
    r = client.post("/api/v1/reports", json={"title": "x"})
    assert r.status_code == 422 and "text" in r.json()["detail"]
    assert _count(sqlite_store) == 0


def test_oversized_report_is_refused(client, sqlite_store):
    r = client.post("/api/v1/reports", json=dict(GOOD, text="a" * 25_000))
    assert r.status_code == 422 and "text" in r.json()["detail"]
    r = client.post(
        "/api/v1/reports",
        content=b"{" + b" " * (3 * 1024 * 1024) + b"}",
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 413
    assert _count(sqlite_store) == 0


def test_public_never_sees_unverified_reports_or_reporter_identity(
    client, analyst_token, sqlite_store
):
    r = client.post("/api/v1/reports", json=GOOD)
    report_id = r.json()["id"]
    assert client.get("/api/v1/reports").json() == []
    assert client.get(f"/api/v1/reports/{report_id}").status_code == 404

    auth = {"Authorization": f"Bearer {analyst_token}"}
    seen = client.get(f"/api/v1/reports/{report_id}", headers=auth).json()
    assert seen["reporter_contact"] == GOOD["reporter_contact"]

    assert (
        client.post(
            f"/api/v1/reports/{report_id}/verify", json={"indicators": ["1.1"]}, headers=auth
        ).status_code
        == 200
    )
    assert client.post(f"/api/v1/reports/{report_id}/publish", headers=auth).status_code == 200
    public = client.get("/api/v1/reports").json()
    assert [p["id"] for p in public] == [report_id]
    assert "reporter_contact" not in public[0] and "reporter_name" not in public[0]
    # The region, never the village named: it can point to the witness, as a point would.
    assert public[0]["admin1"] == GOOD.get("admin1") and "place_name" not in public[0]
    assert GOOD["reporter_contact"] not in client.get(f"/api/v1/reports/{report_id}").text
    # Nor the reference the reporter was given: it would tell whoever holds their phone or
    # their sent mail which published account they wrote.
    reference = r.json()["reference"]
    assert "reference" not in public[0]
    assert reference not in client.get("/api/v1/reports").text
    assert reference not in client.get(f"/api/v1/reports/{report_id}").text
    assert client.get(f"/api/v1/reports/{report_id}", headers=auth).json()["reference"] == reference


def test_a_published_emailed_report_shows_the_reporters_words_only(
    client, analyst_token, sqlite_store, settings
):
    message = EmailMessage()
    message["From"] = "Eve Mailwitness <eve.mailwitness@example.net>"
    message["To"] = "reports@tocsin.example.org"
    message["Subject"] = "Re: [BFA] Shooting in the market"
    message["Message-ID"] = "<reply-gmail@example.net>"
    message.set_content(
        "Place: Safehouse Delta\n\nYes, I saw it myself: soldiers shot three traders.\n\n"
        "On Mon, 17 Nov 2026 at 09:12, Frank Relayperson <frank.relay@example.net> wrote:\n"
        "> Did you see the shooting? Call me on +226 71 22 23 33\n\n"
        "-- \nEve Mailwitness\nMobile: +226 70 99 98 88\n"
    )
    files = AttachmentStore(settings.data_dir / "uploads")
    reference = receive_message(sqlite_store, message.as_bytes(), files, key="test-secret")
    with sqlite_store.uow() as uow:
        report_id = uow.reports.by_reference(reference).id
    auth = {"Authorization": f"Bearer {analyst_token}"}
    client.post(f"/api/v1/reports/{report_id}/verify", json={}, headers=auth)
    assert client.post(f"/api/v1/reports/{report_id}/publish", headers=auth).status_code == 200

    public = client.get(f"/api/v1/reports/{report_id}")

    assert public.json()["text"] == (
        "Yes, I saw it myself: soldiers shot three traders.\n\n[quoted message]"
    )
    for private in ("Safehouse", "Frank", "frank.relay", "Eve", "+226", reference):
        assert private not in public.text
    # The analyst still reads all that was sent, apart from the report's text.
    assert log_in(client, "analyst@example.org").status_code == 303
    page = client.get(f"/review/{report_id}").text
    received = page[page.index('id="as-received"') :]
    for sent in ("Place: Safehouse Delta", "Frank Relayperson", "+226 70 99 98 88", "Re: [BFA]"):
        assert sent in received


def test_verification_needs_an_analyst(client, monitor_token):
    report_id = client.post("/api/v1/reports", json=GOOD).json()["id"]
    r = client.post(f"/api/v1/reports/{report_id}/verify", json={})
    assert r.status_code in (401, 403)
    r = client.post(
        f"/api/v1/reports/{report_id}/verify",
        json={},
        headers={"Authorization": f"Bearer {monitor_token}"},
    )
    assert r.status_code == 403


def test_verification_language_must_be_an_iso_639_1_code(client, analyst_token, sqlite_store):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = client.post("/api/v1/reports", json=GOOD).json()["id"]
    url = f"/api/v1/reports/{report_id}/verify"
    r = client.post(url, json={"language": "zz"}, headers=auth)
    assert r.status_code == 422 and "language" in r.text and "ISO 639-1" in r.text
    with sqlite_store.uow() as uow:
        assert uow.session.get(Report, report_id).status != "verified"
    # A language the detector does not know is still a language an analyst can name.
    assert client.post(url, json={"language": "ha"}, headers=auth).status_code == 200
    with sqlite_store.uow() as uow:
        assert uow.session.get(Report, report_id).language == "ha"


def test_invalid_transition_is_a_conflict(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = client.post("/api/v1/reports", json=GOOD).json()["id"]
    assert client.post(f"/api/v1/reports/{report_id}/publish", headers=auth).status_code == 409


def test_bad_token_is_refused(client):
    r = client.get("/api/v1/reports", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


def test_anonymous_submissions_are_rate_limited(client, app):
    app.state.public_limiter.limit = 2
    codes = [client.post("/api/v1/reports", json=GOOD).status_code for _ in range(3)]
    assert codes == [201, 201, 429]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def test_report_with_files_through_the_api(client, analyst_token, sqlite_store, settings):
    import json

    r = client.post(
        "/api/v1/reports/with-files",
        data={"report": json.dumps(GOOD)},
        files=[("files", ("scene.png", PNG, "image/png"))],
    )
    assert r.status_code == 201, r.text
    auth = {"Authorization": f"Bearer {analyst_token}"}
    with sqlite_store.uow() as uow:
        (attachment,) = uow.reports.attachments(r.json()["id"])
    download = client.get(f"/attachments/{attachment.id}", headers=auth)
    assert download.status_code == 200 and download.content == PNG
    assert download.headers["content-disposition"].startswith("attachment")
    assert download.headers["x-content-type-options"] == "nosniff"
    assert client.get(f"/attachments/{attachment.id}").status_code in (401, 403)

    disguised = client.post(
        "/api/v1/reports/with-files",
        data={"report": json.dumps(GOOD)},
        files=[("files", ("scene.png", b"MZ\x90\x00" + b"\0" * 64, "image/png"))],
    )
    assert disguised.status_code == 422 and "scene.png" in disguised.json()["detail"]
    for odd in ({"form_key": ["incident"]}, {"form_key": "incident", "answers": [1, 2]}):
        r = client.post("/api/v1/reports/with-files", data={"report": json.dumps(GOOD | odd)})
        assert r.status_code == 422 and "form_key" in r.json()["detail"], r.text
    assert _count(sqlite_store) == 1


def test_bulk_csv_through_the_api(client, analyst_token, sqlite_store):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    csv = (
        b"title,text,country\nRaid,Houses burned in the night.,BFA\n"
        b"Shelling,Shells hit the market.,MLI\n"
    )
    r = client.post(
        "/api/v1/reports/bulk", files={"file": ("r.csv", csv, "text/csv")}, headers=auth
    )
    assert r.status_code == 201 and r.json()["received"] == 2
    assert client.post(
        "/api/v1/reports/bulk", files={"file": ("r.csv", csv, "text/csv")}
    ).status_code in (401, 403)


def test_listing_filters_are_checked_and_take_country_names(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = client.post("/api/v1/reports", json=GOOD).json()["id"]

    by_name = client.get("/api/v1/reports?country=Burkina%20Faso&status=received", headers=auth)
    assert [r["id"] for r in by_name.json()] == [report_id]
    assert client.get("/api/v1/reports?country=BFA&status=verified", headers=auth).json() == []

    unknown = client.get("/api/v1/reports?country=Atlantis", headers=auth)
    assert unknown.status_code == 422 and "Atlantis" in unknown.json()["detail"]
    bad_status = client.get("/api/v1/reports?status=approved", headers=auth)
    assert bad_status.status_code == 422 and "status" in bad_status.json()["detail"]


def test_ids_past_the_store_s_keys_are_a_422_not_a_server_error(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    for path in ("/api/v1/reports/9223372036854775808", "/api/v1/reports/2147483648"):
        r = client.get(path, headers=auth)
        assert r.status_code == 422 and "report_id" in r.json()["detail"], r.text
    r = client.post("/api/v1/reports/0/publish", headers=auth)
    assert r.status_code == 422
    # A path that names another operation is not read as an id.
    assert client.get("/api/v1/reports/bulk", headers=auth).status_code == 405


def test_a_review_page_for_an_impossible_id_is_an_error_page(client):
    r = client.get("/review/99999999999", headers={"accept": "text/html"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "report_id" in r.text


def test_the_listing_pages_through_every_report_with_its_total(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    for i in range(7):
        client.post("/api/v1/reports", json=dict(GOOD, title=f"Market attacked {i}"))

    first = client.get("/api/v1/reports?limit=3", headers=auth)
    pages = [first.json()] + [
        client.get(f"/api/v1/reports?limit=3&offset={o}", headers=auth).json() for o in (3, 6)
    ]

    assert first.headers["X-Total-Count"] == "7"
    assert [len(p) for p in pages] == [3, 3, 1]
    ids = [r["id"] for p in pages for r in p]
    assert len(set(ids)) == 7 and ids == sorted(ids, reverse=True)
    assert client.get("/api/v1/reports?limit=0", headers=auth).status_code == 422
    assert client.get("/api/v1/reports?offset=-1", headers=auth).status_code == 422


def test_a_monitor_sees_where_the_reports_they_sent_stand(
    client, monitor_token, analyst_token, sqlite_store
):
    monitor = {"Authorization": f"Bearer {monitor_token}"}
    analyst = {"Authorization": f"Bearer {analyst_token}"}
    first = client.post("/api/v1/reports", json=GOOD, headers=monitor).json()
    second = client.post("/api/v1/reports", json=dict(GOOD, title="Second"), headers=monitor)
    client.post("/api/v1/reports", json=dict(GOOD, title="Someone else's"))  # anonymous
    client.post(f"/api/v1/reports/{first['id']}/verify", json={}, headers=analyst)

    mine = client.get("/api/v1/reports/mine", headers=monitor)

    assert mine.status_code == 200 and mine.headers["X-Total-Count"] == "2"
    assert [(r["reference"], r["status"]) for r in mine.json()] == [
        (second.json()["reference"], "received"),
        (first["reference"], "verified"),
    ]
    assert "reporter_contact" not in mine.json()[0]
    assert client.get("/api/v1/reports/mine", headers=analyst).json() == []
    assert client.get("/api/v1/reports/mine").status_code == 401


def test_refusals_name_what_was_refused(client, monitor_token):
    report_id = client.post("/api/v1/reports", json=GOOD).json()["id"]
    auth = {"Authorization": f"Bearer {monitor_token}"}
    r = client.post(f"/api/v1/reports/{report_id}/reject", json={"note": "no"}, headers=auth)
    assert r.status_code == 403 and "may not reject a report" in r.json()["detail"]
    r = client.post(f"/api/v1/reports/{report_id}/publish", headers=auth)
    assert r.status_code == 403 and "may not publish a report" in r.json()["detail"]
    broken = client.post(
        "/api/v1/reports", content=b'{"title": "x",', headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422
    assert broken.json()["detail"].startswith("body: not valid JSON (at character")


def test_the_public_asking_for_unpublished_reports_is_refused_not_given_others(
    client, analyst_token, monitor_token
):
    client.post("/api/v1/reports", json=GOOD)
    for headers in ({}, {"Authorization": f"Bearer {monitor_token}"}):
        refused = client.get("/api/v1/reports?status=received", headers=headers)
        assert refused.status_code == 403 and refused.json()["detail"].startswith("status: ")
        mixed = client.get("/api/v1/reports?status=published&status=in_review", headers=headers)
        assert mixed.status_code == 403
        published = client.get("/api/v1/reports?status=published", headers=headers)
        assert published.status_code == 200 and published.json() == []
    analyst = {"Authorization": f"Bearer {analyst_token}"}
    received = client.get("/api/v1/reports?status=received", headers=analyst).json()
    assert [r["status"] for r in received] == ["received"]


def test_an_ipv6_client_is_limited_by_its_64_not_by_each_address(app):
    """A phone or home line has a whole /64 and may use any address in it: every one of them
    counts against the one limit."""
    app.state.public_limiter.limit = 2

    def send_from(address: str) -> int:
        with TestClient(app, base_url="http://127.0.0.1", client=(address, 50000)) as c:
            return c.post("/api/v1/reports", json=GOOD).status_code

    sent = [send_from(f"2001:db8:5:7::{n}") for n in (1, 2, 3)]
    assert sent == [201, 201, 429]
    assert send_from("2001:db8:5:8::1") == 201, "the next /64 is another client"


def test_a_full_disk_refuses_an_attachment_clearly_and_keeps_nothing(
    client, sqlite_store, settings, monkeypatch
):
    import errno
    import json
    from pathlib import Path

    write_bytes = Path.write_bytes

    def disk_fills(path: Path, data: bytes) -> int:
        if path.suffix != ".part":
            return write_bytes(path, data)
        write_bytes(path, data[:10])  # what fitted before the disk was full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_fills)
    r = client.post(
        "/api/v1/reports/with-files",
        data={"report": json.dumps(GOOD)},
        files=[("files", ("scene.png", PNG, "image/png"))],
    )

    assert r.status_code == 503 and r.headers["retry-after"] == "60"
    assert "disk is full" in r.json()["detail"] and "nothing was received" in r.json()["detail"]
    assert _count(sqlite_store) == 0
    assert list((settings.data_dir / "attachments").rglob("*.part")) == []
