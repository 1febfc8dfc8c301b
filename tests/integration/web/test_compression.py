"""Responses gzip-compressed for clients that ask, and a CSRF token no two responses share,
so that compressed pages give BREACH nothing to converge on."""

from __future__ import annotations

import base64
import gzip
import json
import re

from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner

from tests.integration.web.conftest import csrf_from
from tocsin.store.models import Alert
from tocsin.web import csrf

GZIP = {"Accept-Encoding": "gzip"}
PLAIN = {"Accept-Encoding": "identity"}
GOOD = {"title": "Houses burned", "text": "Houses were burned at night.", "country": "BFA"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def _raw(client, path: str, headers: dict[str, str]):
    """The response as it came over the wire, undecoded."""
    with client.stream("GET", path, headers=headers) as r:
        return r, b"".join(r.iter_raw())


def test_pages_api_feeds_and_static_files_are_gzipped_when_asked(client, sqlite_store):
    with sqlite_store.uow() as uow:
        for country in ("BFA", "MLI", "NER"):
            uow.add(
                Alert(kind="level_change", country_iso3=country, title="Level raised", body="Why")
            )
        uow.commit()
    for path in ("/report", "/api/v1/openapi.json", "/alerts.atom", "/static/style.css", "/"):
        r, body = _raw(client, path, GZIP)
        assert r.status_code == 200, path
        assert r.headers.get("content-encoding") == "gzip", path
        assert "accept-encoding" in r.headers.get("vary", "").lower(), path
        plain, unzipped = _raw(client, path, PLAIN)
        assert "content-encoding" not in plain.headers, path
        if path != "/report":  # the form's token differs from one response to the next
            assert gzip.decompress(body) == unzipped, path
        assert len(body) < len(unzipped), path


def test_the_report_form_is_a_fraction_of_its_size_compressed(client):
    r, body = _raw(client, "/report", GZIP)
    assert len(body) * 3 < len(gzip.decompress(body))


def test_small_answers_are_not_compressed(client):
    r, body = _raw(client, "/healthz", GZIP)
    assert r.status_code == 200 and "content-encoding" not in r.headers
    assert json.loads(body)["status"] == "ok"


def test_attachments_and_images_are_sent_as_they_are(client, analyst_token, sqlite_store):
    r = client.post(
        "/api/v1/reports/with-files",
        data={"report": json.dumps(GOOD)},
        files=[("files", ("scene.png", PNG, "image/png"))],
    )
    assert r.status_code == 201, r.text
    with sqlite_store.uow() as uow:
        (attachment,) = uow.reports.attachments(r.json()["id"])
    auth = {"Authorization": f"Bearer {analyst_token}", **GZIP}
    download, body = _raw(client, f"/attachments/{attachment.id}", auth)
    assert download.status_code == 200 and "content-encoding" not in download.headers
    assert body == PNG


def test_the_csrf_token_differs_in_every_response_and_each_is_accepted(client, sqlite_store):
    first = csrf_from(client.get("/report", headers=GZIP).text)
    second = csrf_from(client.get("/report", headers=GZIP).text)
    assert first != second
    assert csrf.unmask(first) == csrf.unmask(second)
    for token in (first, second):
        r = client.post("/report", data={"csrf_token": token, **GOOD}, follow_redirects=False)
        assert r.status_code == 303, r.text
    with sqlite_store.uow() as uow:
        assert len(uow.reports.list()) == 2


def test_a_page_carries_no_secret_of_the_session_as_it_is(client):
    page = client.get("/report").text
    secret = csrf.unmask(csrf_from(page))
    assert secret and secret not in page
    assert client.cookies.get("tocsin_session")


def test_a_token_of_another_session_or_a_forged_one_is_refused(client, app, sqlite_store):
    with TestClient(app, base_url="http://127.0.0.1") as other:
        foreign = csrf_from(other.get("/report").text)
    client.get("/report")
    for token in (foreign, "x" * 86, "", "%%%", csrf.mask("guess")):
        r = client.post("/report", data={"csrf_token": token, **GOOD}, follow_redirects=False)
        assert r.status_code == 403, token
    with sqlite_store.uow() as uow:
        assert uow.reports.list() == []


def test_a_form_opened_before_masking_still_posts(client, sqlite_store):
    """A page left open across an upgrade carries the bare session token."""
    client.get("/report")
    cookie = client.cookies.get("tocsin_session")
    data = TimestampSigner("test-secret").unsign(cookie.encode())
    bare = json.loads(base64.b64decode(data))["csrf"]
    r = client.post("/report", data={"csrf_token": bare, **GOOD}, follow_redirects=False)
    assert r.status_code == 303
    assert re.match(r"/report/thanks/R-", r.headers["location"])
