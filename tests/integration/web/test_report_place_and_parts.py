"""What a partner's app sends in a report: a country is a code or a whole name, a point must lie
in its country (from the reporter and from the analyst who verifies), every part of a report
with files is a file or is refused by name, and a body that is not JSON is told so."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tests.integration.web.test_custom_form_answers import PNG
from tocsin.domain.roles import Role
from tocsin.store.models import Attachment, Event, Report

REPORT = {
    "title": "Houses burned",
    "text": "At dawn armed men set fire to houses.",
    "country": "BFA",
}
OUTSIDE = (
    "latitude: the point (48.85, 2.35) lies outside Burkina Faso's borders; "
    "are latitude and longitude swapped?"
)


def _count(store, model) -> int:
    with store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_city_named_like_a_country_is_an_unknown_country(client, sqlite_store):
    r = client.post("/api/v1/reports", json=REPORT | {"country": "Benin City"})
    assert r.status_code == 422
    assert r.json()["detail"] == "country: unknown country 'Benin City'"
    for listed in ("Niger,Benin", "not Benin", "Sudan border"):
        r = client.get("/api/v1/reports", params={"country": listed})
        assert r.status_code == 422, listed
    assert client.get("/api/v1/reports", params={"country": "Bénin"}).status_code == 200
    assert _count(sqlite_store, Report) == 0


def test_an_unknown_country_is_named_with_the_other_bad_fields(client):
    r = client.post("/api/v1/reports", json=REPORT | {"title": "x", "country": "Atlantis"})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "title: " in detail and "country: unknown country 'Atlantis'" in detail


def test_a_point_outside_its_country_is_refused_on_latitude(client, sqlite_store):
    r = client.post("/api/v1/reports", json=REPORT | {"latitude": 48.85, "longitude": 2.35})
    assert r.status_code == 422 and r.json()["detail"] == OUTSIDE
    sent = json.dumps(REPORT | {"latitude": 48.85, "longitude": 2.35})
    r = client.post("/api/v1/reports/with-files", data={"report": sent})
    assert r.status_code == 422 and r.json()["detail"] == OUTSIDE
    r = client.post("/api/v1/reports", json=REPORT | {"latitude": 14.1, "longitude": -1.6})
    assert r.status_code == 201
    assert _count(sqlite_store, Report) == 1


def test_the_report_form_shows_a_point_outside_the_country_next_to_latitude(client, sqlite_store):
    page = client.get("/report")
    r = client.post(
        "/report",
        data={
            "csrf_token": csrf_from(page.text),
            **REPORT,
            "latitude": "48.85",
            "longitude": "2.35",
        },
        follow_redirects=False,
    )
    assert r.status_code == 422
    assert "Coordinates (latitude): the point (48.85, 2.35) lies outside Burkina Faso" in r.text
    assert 'aria-describedby="err-latitude"' in r.text
    assert _count(sqlite_store, Report) == 0


def test_an_analysts_point_outside_the_country_is_refused_at_verification(
    client, sqlite_store, analyst_token
):
    report_id = client.post("/api/v1/reports", json=REPORT).json()["id"]
    auth = {"Authorization": f"Bearer {analyst_token}"}
    client.post(f"/api/v1/reports/{report_id}/review", headers=auth)
    url = f"/api/v1/reports/{report_id}/verify"
    r = client.post(url, json={"latitude": 48.85, "longitude": 2.35}, headers=auth)
    assert r.status_code == 422 and r.json()["detail"] == OUTSIDE
    assert _count(sqlite_store, Event) == 0
    r = client.post(url, json={"latitude": 14.1, "longitude": -1.6}, headers=auth)
    assert r.status_code == 200
    with sqlite_store.uow() as uow:
        (event,) = uow.session.scalars(select(Event)).all()
        assert (event.latitude, event.longitude) == (14.1, -1.6)


def test_the_review_page_refuses_a_point_outside_the_country(client, sqlite_store):
    report_id = client.post("/api/v1/reports", json=REPORT).json()["id"]
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org", next_="/review")
    page = client.get(f"/review/{report_id}")
    r = client.post(
        f"/review/{report_id}",
        data={
            "csrf_token": csrf_from(page.text),
            "decision": "verify",
            "credibility": "2",
            "place": "Paris|48.85|2.35",  # a place the coder found, in another country
        },
    )
    assert r.status_code == 422 and "lies outside Burkina Faso" in r.text
    with sqlite_store.uow() as uow:
        assert uow.reports.get(report_id).status != "verified"


def test_a_files_part_sent_as_text_is_refused_not_dropped(client, sqlite_store):
    r = client.post(
        "/api/v1/reports/with-files", data={"report": json.dumps(REPORT), "files": "hello"}
    )
    assert r.status_code == 422
    assert r.json()["detail"] == "files: send each file as a file part with a filename"
    assert _count(sqlite_store, Report) == 0


def test_an_unknown_text_part_is_refused_by_name(client, sqlite_store):
    r = client.post(
        "/api/v1/reports/with-files", data={"report": json.dumps(REPORT), "photo": "burned.png"}
    )
    assert r.status_code == 422 and r.json()["detail"].startswith("photo: not a part this takes")
    assert _count(sqlite_store, Report) == 0


def test_a_report_part_sent_as_a_json_file_is_read(client, sqlite_store):
    r = client.post(
        "/api/v1/reports/with-files",
        files=[
            (
                "report",
                (
                    "blob",
                    json.dumps(REPORT | {"title": "Maisons brûlées"}).encode(),
                    "application/json",
                ),
            ),
            ("files", ("burned.png", PNG, "image/png")),
        ],
    )
    assert r.status_code == 201, r.text
    with sqlite_store.uow() as uow:
        (report,) = uow.session.scalars(select(Report)).all()
        assert report.title == "Maisons brûlées"
    assert _count(sqlite_store, Attachment) == 1
    r = client.post(
        "/api/v1/reports/with-files", files=[("report", ("blob", b"\xff\xfe{", "text/plain"))]
    )
    assert r.status_code == 422 and r.json()["detail"].startswith("report: ")


def test_a_body_that_is_not_json_says_so_and_names_no_report(client):
    sent = json.dumps(REPORT)
    r = client.post("/api/v1/reports", content=sent, headers={"content-type": "text/plain"})
    assert r.status_code == 422
    assert r.json()["detail"] == "body: send JSON with Content-Type: application/json"
    r = client.post("/api/v1/reports", content=sent.encode())
    assert r.json()["detail"] == "body: send JSON with Content-Type: application/json"
    r = client.post("/api/v1/reports", json=[REPORT])
    assert r.status_code == 422 and r.json()["detail"] == "body: a JSON object is expected"
    r = client.post("/api/v1/reports", json=REPORT | {"latitude": 14.1})
    assert r.json()["detail"].startswith("latitude: latitude and longitude go together")
