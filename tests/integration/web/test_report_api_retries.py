"""A partner app on a weak connection retries a report whose reply was lost: with an
Idempotency-Key, the retry gets the first receipt and nothing is stored twice."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from tocsin.store.models import Report

REPORT = {
    "title": "Houses burned in Dalun",
    "text": "Armed men set fire to houses.",
    "country": "BFA",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _count(store) -> int:
    with store.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Report)))


def test_a_retry_with_the_same_key_gets_the_first_receipt(client, sqlite_store, monitor_token):
    headers = {"authorization": f"Bearer {monitor_token}", "idempotency-key": "a1b2c3d4-retry"}
    first = client.post("/api/v1/reports", json=REPORT, headers=headers)
    again = client.post("/api/v1/reports", json=REPORT, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert _count(sqlite_store) == 1
    # The same key with a corrected report is a report of its own: the correction is kept.
    corrected = client.post("/api/v1/reports", json={**REPORT, "country": "NER"}, headers=headers)
    assert corrected.status_code == 201 and corrected.json()["id"] != first.json()["id"]
    assert _count(sqlite_store) == 2


def test_a_retry_with_files_is_recognised_by_its_files_too(client, sqlite_store, monitor_token):
    headers = {"authorization": f"Bearer {monitor_token}", "idempotency-key": "photo-report-7"}

    def send(photo: bytes):
        return client.post(
            "/api/v1/reports/with-files",
            data={"report": json.dumps(REPORT)},
            files={"files": ("scene.png", photo, "image/png")},
            headers=headers,
        )

    first, again = send(PNG), send(PNG)
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    other = send(PNG + b"\x01")
    assert other.json()["id"] != first.json()["id"]
    assert _count(sqlite_store) == 2


def test_an_anonymous_caller_is_told_the_key_needs_a_login(client, sqlite_store):
    r = client.post("/api/v1/reports", json=REPORT, headers={"idempotency-key": "a1b2c3d4-retry"})
    assert r.status_code == 422
    assert "Idempotency-Key: only a logged-in caller" in r.json()["detail"]
    assert _count(sqlite_store) == 0
