"""The report form on a weak connection and in reporters' own words: a send repeated after a
lost reply or a double tap stores one report, line breaks count once, a place name alone is an
answer, and every problem is told at once, next to its field, by its label."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tests.integration.web.test_custom_form_answers import CORE, PHOTO, PNG, _form
from tocsin.domain.roles import Role
from tocsin.store.models import Report


def _reports(store) -> list[Report]:
    with store.uow() as uow:
        return list(uow.session.scalars(select(Report).order_by(Report.id)))


def _send(client, page, **fields):
    token, sid = csrf_from(page.text), _submission_id(page.text)
    data = {"csrf_token": token, "submission_id": sid, **CORE, **fields}
    return client.post("/report", data=data, follow_redirects=False)


def _submission_id(html: str) -> str:
    match = re.search(r'name="submission_id" value="([^"]+)"', html)
    assert match, "the form carries no submission id"
    return match.group(1)


def test_a_send_repeated_after_a_lost_reply_stores_one_report(client, sqlite_store):
    page = client.get("/report")
    first = _send(client, page)
    # The reply was lost: the browser never saw it, and its cookie (the session) stayed as it was.
    client.cookies.clear()
    client.cookies.update(page.cookies)
    again = _send(client, page)
    assert first.status_code == again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert len(_reports(sqlite_store)) == 1
    reference = first.headers["location"].rsplit("/", 1)[1]
    assert reference in client.get(again.headers["location"]).text


def test_two_sends_at_once_store_one_report(client, sqlite_store, monkeypatch):
    """A double tap: the second send is checked before the first is stored, and finds its key
    taken only when it is written."""
    from tocsin.intake import service

    page = client.get("/report")
    first = _send(client, page)
    real, calls = service._by_submission, []

    def not_yet(uow, key):
        calls.append(key)
        return None if len(calls) <= 2 else real(uow, key)

    monkeypatch.setattr(service, "_by_submission", not_yet)
    again = _send(client, page)
    assert len(calls) == 4  # both keys checked, then found after the refused insert
    assert again.headers["location"] == first.headers["location"]
    assert len(_reports(sqlite_store)) == 1


def test_each_form_page_has_its_own_submission_id(client, sqlite_store):
    one, two = client.get("/report"), client.get("/report")
    assert _submission_id(one.text) != _submission_id(two.text)
    _send(client, one)
    _send(client, two, title="Another report")
    assert len(_reports(sqlite_store)) == 2


def test_a_repeated_id_with_another_report_or_sender_stores_it_and_shows_nothing_else(
    client, sqlite_store
):
    page = client.get("/report")
    first = _send(client, page)
    # The same id with other words (the form sent back after editing) is another report.
    other = _send(client, page, text="Soldiers detained six young men at the market.")
    assert other.headers["location"] != first.headers["location"]
    # Someone else presenting the id is not shown the first sender's reference.
    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    log_in(client, "mo@example.org")
    theirs = _send(client, page)
    assert theirs.headers["location"] != first.headers["location"]
    reports = _reports(sqlite_store)
    assert len(reports) == 3
    assert [r.submitted_by_id is not None for r in reports] == [False, False, True]


def test_a_corrected_resend_is_stored_with_its_correction(client, sqlite_store):
    """After a lost reply the reporter checks the restored draft and corrects the country: the
    correction must not be thrown away behind the first report's thank-you page."""
    page = client.get("/report")
    first = _send(client, page, country="SDN")
    corrected = _send(client, page, country="SSD")
    assert corrected.headers["location"] != first.headers["location"]
    assert [r.country_iso3 for r in _reports(sqlite_store)] == ["SDN", "SSD"]


def test_an_anonymous_repeat_counts_only_from_the_browser_given_the_form(client, sqlite_store, app):
    from fastapi.testclient import TestClient

    page = client.get("/report")
    first = _send(client, page)
    with TestClient(app) as stranger:  # another browser holding the id and the words
        own = stranger.get("/report")
        data = {"csrf_token": csrf_from(own.text), "submission_id": _submission_id(page.text)}
        theirs = stranger.post("/report", data={**data, **CORE}, follow_redirects=False)
    assert theirs.status_code == 303
    assert theirs.headers["location"] != first.headers["location"]
    assert len(_reports(sqlite_store)) == 2


def test_line_breaks_count_once_against_the_length_limit(client, sqlite_store):
    paragraphs = "\r\n".join(["x" * 665] * 30)  # 19,979 characters as typed, 20,008 as sent
    r = _send(client, client.get("/report"), text=paragraphs)
    assert r.status_code == 303
    (report,) = _reports(sqlite_store)
    assert "\r" not in report.text and len(report.text) == 665 * 30 + 29


CAMP = {"name": "camp", "label": "Nearest camp", "kind": "location"}
DEAD = {"name": "dead", "label": "Number killed", "kind": "number", "minimum": 0}
ATTACK = {"name": "attack_on", "label": "Date of attack", "kind": "date", "required": True}
NEEDS = {"name": "needs", "label": "Needs", "kind": "text", "required": True}


def _survey(client, store, fields):
    _form(store, fields)
    return client.get("/report?form=photo-report")


def _answered(client, page, **fields):
    return _send(client, page, form_key="photo-report", form_version="1", **fields)


def test_a_location_answered_with_only_a_place_name_is_kept(client, sqlite_store):
    page = _survey(client, sqlite_store, [CAMP])
    r = _answered(client, page, camp__name="Camp Djibo")
    assert r.status_code == 303
    (report,) = _reports(sqlite_store)
    assert report.answers == {"camp": {"lat": None, "lon": None, "name": "Camp Djibo"}}
    assert report.latitude is None


def test_a_decimal_comma_is_read_and_a_thousands_comma_is_asked_about(client, sqlite_store):
    page = _survey(client, sqlite_store, [CAMP, DEAD])
    r = _answered(client, page, camp__lat="14,1", camp__lon="-1,6", dead="1,000", latitude="14,1")
    assert r.status_code == 422
    assert "Number killed: write 1,000 without a thousands separator (1000)" in r.text
    assert "Coordinates (latitude)" in r.text  # half a point: named by the form's label
    r = _answered(client, page, camp__lat="14,1", camp__lon="-1,6", dead="3,5")
    assert r.status_code == 303
    (report,) = _reports(sqlite_store)
    assert report.answers["dead"] == 3.5 and report.answers["camp"]["lat"] == 14.1
    assert report.latitude == 14.1


def test_every_problem_is_told_at_once_by_label_next_to_its_field(client, sqlite_store):
    page = _survey(client, sqlite_store, [CAMP, ATTACK, NEEDS, DEAD, PHOTO])
    future = (date.today() + timedelta(days=30)).isoformat()
    r = _answered(
        client,
        page,
        occurred_on=future,
        attack_on=future,
        camp__lat="14°06'N",
        camp__lon="-1.6",
        dead="many",
    )
    assert r.status_code == 422
    for message in (
        "Date it happened: cannot be in the future",
        "Date of attack: cannot be in the future",
        "Nearest camp: latitude must be a number such as 14.1",
        "Needs: required",
        "Number killed: must be a number such as 2.5",
        "Photo: required",
    ):
        assert message in r.text, message
    assert "could not convert" not in r.text and "occurred_on:" not in r.text
    assert 'name="occurred_on" aria-invalid="true" aria-describedby="err-occurred_on"' in r.text
    assert 'id="err-occurred_on"' in r.text
    assert 'name="camp__lat" inputmode="decimal" aria-invalid="true"' in r.text
    assert 'name="dead" aria-invalid="true"' in r.text
    assert _reports(sqlite_store) == []


def test_required_fields_are_marked_and_numbers_are_typed_as_text(client, sqlite_store):
    page = _survey(client, sqlite_store, [NEEDS, DEAD])
    assert re.search(r'Needs <span class="req">\(required\)</span>', page.text)
    assert 'Number killed <input inputmode="decimal" name="dead"' in page.text
    assert 'type="number"' not in page.text


def test_a_refused_send_says_which_files_to_choose_again(client, sqlite_store):
    page = client.get("/report")
    r = client.post(
        "/report",
        data={"csrf_token": csrf_from(page.text), **CORE, "text": "short"},
        files=[("attachments", ("scene.png", PNG, "image/png"))],
    )
    assert r.status_code == 422
    assert "Files you chose (scene.png) were not kept: choose them again." in r.text
    assert _submission_id(r.text)  # sent again, it is still recognised


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 64


def test_files_chosen_again_in_another_order_are_the_same_send(client, sqlite_store):
    """After a lost reply the reporter chooses the photo and the voice note again, tapping them
    in another order: it is the report already received, not a second one."""
    page = client.get("/report")
    data = {"csrf_token": csrf_from(page.text), "submission_id": _submission_id(page.text)}
    photo, scene = ("photo.jpg", JPEG, "image/jpeg"), ("scene.png", PNG, "image/png")
    sends = [[("attachments", photo), ("attachments", scene)]]
    sends.append(list(reversed(sends[0])))
    first, again = (
        client.post("/report", data={**data, **CORE}, files=f, follow_redirects=False)
        for f in sends
    )
    assert first.status_code == again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert len(_reports(sqlite_store)) == 1


# What the reporter typed that the device draft does not keep (drafts.js).
UNDRAFTED = {
    "source": "A teacher from the village",
    "reporter_name": "Awa",
    "reporter_contact": "+226 70 12 34 56",
    "latitude": "14,1",
    "longitude": "-1.6",
}


def test_a_send_again_from_the_restored_draft_is_the_report_already_received(client, sqlite_store):
    """The reply was lost; the draft restored on the phone has no name, contact, source or
    coordinates (never kept on the device), and the reporter presses Send again: it is the
    report already received, with what the first send gave, not a second report without it."""
    page = client.get("/report")
    first = _send(client, page, **UNDRAFTED)
    client.cookies.clear()
    client.cookies.update(page.cookies)
    again = _send(client, page)
    assert again.headers["location"] == first.headers["location"]
    (report,) = _reports(sqlite_store)
    assert (report.reporter_name, report.latitude, report.anonymous) == ("Awa", 14.1, False)
    typed_again = _send(client, page, **{**UNDRAFTED, "latitude": "14.1"})
    assert typed_again.headers["location"] == first.headers["location"]
    assert len(_reports(sqlite_store)) == 1


def test_a_location_answer_sent_again_without_its_point_is_the_same_report(client, sqlite_store):
    page = _survey(client, sqlite_store, [CAMP])
    first = _answered(client, page, camp__lat="14,1", camp__lon="-1.6", camp__name="Djibo")
    again = _answered(client, page, camp__name="Djibo")
    assert again.headers["location"] == first.headers["location"]
    (report,) = _reports(sqlite_store)
    assert report.answers["camp"] == {"lat": 14.1, "lon": -1.6, "name": "Djibo"}


def test_a_point_or_source_typed_otherwise_after_a_lost_reply_is_a_correction(client, sqlite_store):
    page = _survey(client, sqlite_store, [CAMP])
    first = _answered(client, page, camp__lat="14.1", camp__lon="-1.6", **UNDRAFTED)
    moved = _answered(client, page, camp__lat="14.2", camp__lon="-1.6")
    named = _answered(client, page, source="The mayor of Djibo")
    assert len({r.headers["location"] for r in (first, moved, named)}) == 3
    moved_again = _answered(client, page, camp__lat="14.2", camp__lon="-1.6")
    assert moved_again.headers["location"] == moved.headers["location"]
    assert len(_reports(sqlite_store)) == 3


def test_an_upload_cut_off_by_the_connection_is_no_server_error(app, caplog):
    """A phone's connection drops while its report uploads: nothing is stored and nothing
    fails on the server (it was logged as an error in the application, with a traceback)."""
    import asyncio

    boundary = "b0undary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; '
        'filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
    ).encode() + JPEG
    messages = [{"type": "http.request", "body": head, "more_body": True}]
    messages.append({"type": "http.disconnect"})
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/report",
        "raw_path": b"/report",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", f"multipart/form-data; boundary={boundary}".encode()),
            (b"content-length", b"9000000"),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }
    sent: list[dict] = []

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    with caplog.at_level("INFO", logger="tocsin.web"):
        asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 400
    assert "went away" in caplog.text
