"""What the public reads of a report: contact details masked, and an analyst's edited
version when the witness names themselves; the report as received never changes."""

from __future__ import annotations

from tests.integration.web.conftest import csrf_from, log_in
from tocsin.intake.public_version import PHONE_MASK

WITNESS = {
    "title": "Market attacked in Djibo",
    "text": "I am Awa Traoré, the teacher who lives behind the mosque. Gunmen attacked the "
    "weekly market at noon and shot four traders. Call me on +226 70 12 34 56.",
    "country": "Burkina Faso",
    "occurred_on": "2026-01-10",
}
EDITED = "A witness saw gunmen attack the weekly market at noon and shoot four traders."


def _verified(client, auth) -> int:
    report_id = client.post("/api/v1/reports", json=WITNESS).json()["id"]
    r = client.post(f"/api/v1/reports/{report_id}/verify", json={}, headers=auth)
    assert r.status_code == 200, r.text
    return report_id


def test_the_public_reads_no_telephone_number_by_default(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = _verified(client, auth)
    assert client.post(f"/api/v1/reports/{report_id}/publish", headers=auth).status_code == 200

    public = client.get(f"/api/v1/reports/{report_id}").json()
    assert "70 12 34 56" not in public["text"] and PHONE_MASK in public["text"]
    assert "70 12 34 56" not in client.get("/api/v1/reports").text
    analyst = client.get(f"/api/v1/reports/{report_id}", headers=auth).json()
    assert analyst["text"] == WITNESS["text"]
    assert analyst["public_text"] == public["text"] and analyst["public_edited"] is False


def test_an_analyst_publishes_an_edited_version(client, analyst_token, sqlite_store):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = _verified(client, auth)
    r = client.post(
        f"/api/v1/reports/{report_id}/publish",
        json={"title": "Market attacked", "text": EDITED},
        headers=auth,
    )
    assert r.status_code == 200, r.text

    public = client.get(f"/api/v1/reports/{report_id}").json()
    assert (public["title"], public["text"]) == ("Market attacked", EDITED)
    listed = client.get("/api/v1/reports").text
    assert "Awa" not in listed and "mosque" not in listed and "Djibo" not in listed
    analyst = client.get(f"/api/v1/reports/{report_id}", headers=auth).json()
    assert analyst["text"] == WITNESS["text"] and analyst["public_edited"] is True

    # Back to the report as received: the masked original again.
    r = client.delete(f"/api/v1/reports/{report_id}/public", headers=auth)
    assert r.status_code == 200 and r.json()["public_edited"] is False
    assert "mosque" in client.get(f"/api/v1/reports/{report_id}").json()["text"]


def test_a_published_report_can_be_edited_after_the_fact(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = _verified(client, auth)
    client.post(f"/api/v1/reports/{report_id}/publish", headers=auth)
    r = client.put(f"/api/v1/reports/{report_id}/public", json={"text": EDITED}, headers=auth)
    assert r.status_code == 200, r.text
    public = client.get(f"/api/v1/reports/{report_id}").json()
    # The title was left out, so it stays as it was.
    assert public["text"] == EDITED and public["title"] == WITNESS["title"]


def test_bad_edits_are_refused_and_change_nothing(client, analyst_token, monitor_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    received = client.post("/api/v1/reports", json=WITNESS).json()["id"]
    r = client.put(f"/api/v1/reports/{received}/public", json={"text": EDITED}, headers=auth)
    assert r.status_code == 409 and "verify it first" in r.json()["detail"]

    report_id = _verified(client, auth)
    r = client.post(
        f"/api/v1/reports/{report_id}/publish", json={"text": "   short "}, headers=auth
    )
    assert r.status_code == 422 and "public text" in r.json()["detail"]
    # Refused whole: not published with the automatic version either.
    assert client.get(f"/api/v1/reports/{report_id}").status_code == 404

    r = client.put(
        f"/api/v1/reports/{report_id}/public",
        json={"text": EDITED},
        headers={"Authorization": f"Bearer {monitor_token}"},
    )
    assert r.status_code == 403
    r = client.put(f"/api/v1/reports/{report_id}/public", json={}, headers=auth)
    assert r.status_code == 422
    r = client.put(
        f"/api/v1/reports/{report_id}/public", json={"text": EDITED, "x": 1}, headers=auth
    )
    assert r.status_code == 422
    analyst = client.get(f"/api/v1/reports/{report_id}", headers=auth).json()
    assert analyst["public_edited"] is False and analyst["status"] == "verified"


def test_the_review_page_publishes_the_version_the_analyst_edited(
    client, analyst_token, sqlite_store
):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = _verified(client, auth)
    assert log_in(client, "analyst@example.org").status_code == 303
    page = client.get(f"/review/{report_id}").text
    # The form starts from what the public would read: the number is already masked.
    form = page[page.index('id="public-version"') :]
    assert PHONE_MASK in form and "70 12 34 56" not in form

    refused = client.post(
        f"/review/{report_id}",
        data={
            "csrf_token": csrf_from(page),
            "decision": "publish",
            "public_title": "Market attacked",
            "public_text": "too short",
        },
    )
    assert refused.status_code == 422 and "public text" in refused.text
    # What the analyst typed comes back, not the automatic version.
    assert "too short</textarea>" in refused.text

    done = client.post(
        f"/review/{report_id}",
        data={
            "csrf_token": csrf_from(page),
            "decision": "publish",
            "public_title": "Market attacked",
            "public_text": EDITED,
        },
        follow_redirects=False,
    )
    assert done.status_code == 303
    client.cookies.clear()  # read as the public
    public = client.get(f"/api/v1/reports/{report_id}").json()
    assert (public["title"], public["text"]) == ("Market attacked", EDITED)
    with sqlite_store.uow() as uow:
        stored = uow.reports.get(report_id)
        assert (stored.title, stored.text) == (WITNESS["title"], WITNESS["text"])


def test_the_situation_page_lists_a_report_by_its_public_title(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    report_id = _verified(client, auth)
    client.post(
        f"/api/v1/reports/{report_id}/publish",
        json={"title": "Market attacked", "text": EDITED},
        headers=auth,
    )
    situation = client.get("/api/v1/situations").json()[0]["id"]
    page = client.get(f"/situations/{situation}").text
    reports = page[page.index("<h2>Reports</h2>") :]
    assert "Market attacked" in reports and "Djibo" not in reports
