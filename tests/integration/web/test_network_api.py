"""/api/v1/subscribers and /api/v1/forms: typed bodies, checked at the edge."""

from __future__ import annotations

from tests.conftest import make_principal
from tocsin.domain.roles import Role


def _bearer(client, sqlite_store, role: Role, email: str) -> dict[str, str]:
    make_principal(sqlite_store, role, email)
    r = client.post("/api/v1/tokens", json={"email": email, "password": "correct horse battery"})
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_an_analyst_subscribes_a_diplomat_by_country_names(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    body = {
        "email": "Desk.Officer@example.org",
        "name": "Desk officer",
        "countries": ["Burkina Faso", "MLI"],
        "min_level": "imminent_risk",
    }

    created = client.post("/api/v1/subscribers", json=body, headers=auth)

    assert created.status_code == 201, created.text
    assert created.json()["countries"] == ["BFA", "MLI"]
    assert created.json()["min_level"] == "imminent_risk"
    listed = client.get("/api/v1/subscribers", headers=auth).json()
    assert [s["email"] for s in listed] == [created.json()["email"]]
    again = client.post("/api/v1/subscribers", json=body, headers=auth)
    assert again.status_code == 409


def test_a_subscription_is_refused_field_by_field(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    good = {"email": "a@example.org", "countries": ["BFA"]}
    refusals = {
        "min_level": dict(good, min_level="panic"),
        "countries": dict(good, countries=["Atlantis"]),
        "unexpected": dict(good, unexpected=1),
    }
    for field, body in refusals.items():
        r = client.post("/api/v1/subscribers", json=body, headers=auth)
        assert r.status_code == 422 and field in r.json()["detail"], (field, r.text)
    assert client.get("/api/v1/subscribers", headers=auth).json() == []


def test_an_analyst_gives_a_partner_a_webhook_and_its_key(client, analyst_token, sqlite_store):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    body = {"email": "tech@partner.example.org", "countries": ["BFA"]}
    plain = client.post(
        "/api/v1/subscribers", json=dict(body, webhook_url="http://partner.example.org/hook")
    )
    refused = client.post(
        "/api/v1/subscribers",
        json=dict(body, webhook_url="http://partner.example.org/hook"),
        headers=auth,
    )
    assert plain.status_code in (401, 403)
    assert refused.status_code == 422 and "webhook_url: use https" in refused.json()["detail"]

    url = "https://partner.example.org/hook"
    created = client.post("/api/v1/subscribers", json=dict(body, webhook_url=url), headers=auth)
    assert created.status_code == 201, created.text
    partner = created.json()
    assert partner["webhook_url"] == url and len(partner["webhook_secret"]) == 64
    path = f"/api/v1/subscribers/{partner['id']}"
    same = client.patch(path, json={"webhook_url": url}, headers=auth).json()
    assert same["webhook_secret"] == partner["webhook_secret"]  # the same receiver
    renewed = client.patch(path, json={"renew_webhook_secret": True}, headers=auth).json()
    assert renewed["webhook_secret"] not in (None, partner["webhook_secret"])
    mails = client.patch(path, json={"webhook_url": ""}, headers=auth).json()
    assert (mails["webhook_url"], mails["webhook_secret"]) == (None, None)
    again = client.patch(path, json={"renew_webhook_secret": True}, headers=auth)
    assert again.status_code == 422 and "has no webhook" in again.json()["detail"]


def test_subscribers_are_not_public(client):
    assert client.get("/api/v1/subscribers").status_code in (401, 403)
    r = client.post("/api/v1/subscribers", json={"email": "a@example.org", "countries": ["BFA"]})
    assert r.status_code in (401, 403)


def test_an_admin_saves_a_form_version_that_partners_can_read(client, sqlite_store):
    admin = _bearer(client, sqlite_store, Role.ADMIN, "admin@example.org")
    form = {
        "key": "incident",
        "title": "Incident",
        "fields": [{"name": "where", "label": "Where", "kind": "location", "required": True}],
    }

    first = client.post("/api/v1/forms", json=form, headers=admin)
    second = client.post("/api/v1/forms", json=dict(form, title="Incident v2"), headers=admin)

    assert (first.status_code, second.status_code) == (201, 201)
    assert second.json()["version"] == first.json()["version"] + 1
    served = client.get("/api/v1/forms/incident").json()
    assert served["title"] == "Incident v2" and served["fields"][0]["kind"] == "location"
    bad = client.post("/api/v1/forms", json=dict(form, fields="where"), headers=admin)
    assert bad.status_code == 422 and "fields" in bad.json()["detail"]
