"""/api/v1/subscribers: one subscriber per mailbox, and an analyst's changes to a subscriber."""

from __future__ import annotations

from tests.integration.web.conftest import csrf_from
from tocsin.alerts.subscriptions import unsubscribe


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _add(client, token: str, email: str = "desk@example.org", **extra):
    body = {"email": email, "countries": ["BFA"], **extra}
    return client.post("/api/v1/subscribers", json=body, headers=_auth(token))


def test_the_same_mailbox_in_another_letter_case_is_already_a_subscriber(client, analyst_token):
    first = _add(client, analyst_token, "Desk.Officer@example.org")
    again = _add(client, analyst_token, "desk.officer@EXAMPLE.org")

    assert first.status_code == 201
    assert again.status_code == 409 and "already a subscriber" in again.json()["detail"]
    listed = client.get("/api/v1/subscribers", headers=_auth(analyst_token)).json()
    assert [s["email"] for s in listed] == ["Desk.Officer@example.org"]
    assert listed[0]["status"] == "active" and listed[0]["origin"] == "analyst"


def test_an_analyst_deactivates_edits_and_reactivates_a_subscriber(client, analyst_token):
    subscriber = _add(client, analyst_token).json()
    path = f"/api/v1/subscribers/{subscriber['id']}"

    paused = client.patch(path, json={"active": False}, headers=_auth(analyst_token))
    edited = client.patch(
        path,
        json={"countries": ["Mali", "SDN"], "min_level": "imminent_risk"},
        headers=_auth(analyst_token),
    )
    resumed = client.patch(path, json={"active": True}, headers=_auth(analyst_token))

    assert paused.status_code == 200 and paused.json()["status"] == "inactive"
    assert edited.json()["countries"] == ["MLI", "SDN"]
    assert edited.json()["min_level"] == "imminent_risk" and not edited.json()["active"]
    assert resumed.json()["active"] and resumed.json()["status"] == "active"


def test_only_the_person_brings_back_a_subscription_they_ended(client, analyst_token):
    subscriber = _add(client, analyst_token).json()
    path = f"/api/v1/subscribers/{subscriber['id']}"
    store = client.app.state.store
    with store.uow("subscriber") as uow:
        unsubscribe(uow, uow.subscribers.by_email("desk@example.org"))

    back = client.patch(path, json={"active": True}, headers=_auth(analyst_token))
    again = _add(client, analyst_token, "Desk@example.org")

    assert back.status_code == 409 and "only they can subscribe again" in back.json()["detail"]
    assert again.status_code == 409
    listed = client.get("/api/v1/subscribers", headers=_auth(analyst_token)).json()
    assert [(s["email"], s["status"], s["active"]) for s in listed] == [
        ("desk@example.org", "unsubscribed", False)
    ]


def test_an_address_typed_into_the_public_page_can_still_be_added_by_an_analyst(
    client, analyst_token
):
    """A stranger who signs up someone's address must not keep analysts from adding it."""
    page = client.get("/subscribe")
    client.post(
        "/subscribe",
        data={"csrf_token": csrf_from(page.text), "email": "new@example.org", "countries": "BFA"},
    )
    listed = client.get("/api/v1/subscribers", headers=_auth(analyst_token)).json()
    assert [(s["status"], s["origin"]) for s in listed] == [("unconfirmed", "sign_up")]

    added = client.patch(
        f"/api/v1/subscribers/{listed[0]['id']}",
        json={"active": True},
        headers=_auth(analyst_token),
    )

    assert added.status_code == 200, added.text
    assert (added.json()["status"], added.json()["origin"]) == ("active", "analyst")


def test_a_change_is_refused_field_by_field_and_only_analysts_make_one(
    client, analyst_token, monitor_token
):
    subscriber = _add(client, analyst_token).json()
    path = f"/api/v1/subscribers/{subscriber['id']}"
    refusals = {
        "countries": {"countries": []},
        "min_level": {"min_level": "panic"},
        "unexpected": {"unexpected": True},
    }
    for field, body in refusals.items():
        r = client.patch(path, json=body, headers=_auth(analyst_token))
        assert r.status_code == 422 and field in r.json()["detail"], (field, r.text)
    atlantis = client.patch(path, json={"countries": ["Atlantis"]}, headers=_auth(analyst_token))
    assert atlantis.status_code == 422 and "Atlantis" in atlantis.json()["detail"]
    assert client.patch(path, json={"active": False}).status_code == 401
    by_monitor = client.patch(path, json={"active": False}, headers=_auth(monitor_token))
    assert by_monitor.status_code == 403
    missing = client.patch(
        "/api/v1/subscribers/999", json={"active": False}, headers=_auth(analyst_token)
    )
    assert missing.status_code == 404
    unchanged = client.get("/api/v1/subscribers", headers=_auth(analyst_token)).json()[0]
    assert unchanged["countries"] == ["BFA"] and unchanged["active"]


def test_subscribers_are_listed_a_page_at_a_time(client, analyst_token):
    """A coalition's few thousand subscribers came back in one answer of a megabyte."""
    for n in range(5):
        assert _add(client, analyst_token, f"desk{n}@example.org").status_code == 201

    first = client.get("/api/v1/subscribers?limit=2", headers=_auth(analyst_token))
    last = client.get("/api/v1/subscribers?limit=2&offset=4", headers=_auth(analyst_token))

    assert first.headers["X-Total-Count"] == "5"
    assert [s["email"] for s in first.json()] == ["desk0@example.org", "desk1@example.org"]
    assert [s["email"] for s in last.json()] == ["desk4@example.org"]
