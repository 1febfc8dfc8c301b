"""Situations through the API: the watchlist, history, and an audited analyst override."""

from __future__ import annotations

from sqlalchemy import select

from tocsin.store.models import AuditEntry


def _verified(client, auth, codes):
    rid = client.post(
        "/api/v1/reports",
        json={
            "title": "Leaders incite",
            "text": "A governor called a minority cockroaches.",
            "country": "BFA",
        },
    ).json()["id"]
    assert (
        client.post(
            f"/api/v1/reports/{rid}/verify", json={"indicators": codes}, headers=auth
        ).status_code
        == 200
    )


def test_watchlist_ranks_by_level_and_override_is_audited(client, analyst_token, sqlite_store):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    _verified(client, auth, ["1.1", "8.7"])  # serious concern for Burkina Faso
    rid = client.post(
        "/api/v1/reports",
        json={"title": "Calm", "text": "A quiet week in Bamako.", "country": "MLI"},
    ).json()["id"]
    client.post(f"/api/v1/reports/{rid}/verify", json={}, headers=auth)

    rows = client.get("/api/v1/situations").json()
    assert [r["country_iso3"] for r in rows] == ["BFA", "MLI"]
    assert rows[0]["level"] == "serious_concern"

    mali = rows[1]["id"]
    r = client.post(
        f"/api/v1/situations/{mali}/level",
        json={"level": "imminent_risk", "reason": "short"},
        headers=auth,
    )
    assert r.status_code == 422
    r = client.post(
        f"/api/v1/situations/{mali}/level",
        json={"level": "imminent_risk", "reason": "Troop build-up seen by monitors"},
        headers=auth,
    )
    assert r.status_code == 200 and r.json()["override"] is True
    detail = client.get(f"/api/v1/situations/{mali}").json()
    assert detail["history"][0]["reasons"] == ["Troop build-up seen by monitors"]
    with sqlite_store.uow() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "Situation", AuditEntry.action == "update"
            )
        ).all()
        assert any(e.changes.get("level") == ["watch", "imminent_risk"] for e in entries)


def test_public_cannot_override_level(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    _verified(client, auth, ["1.1"])
    sid = client.get("/api/v1/situations").json()[0]["id"]
    r = client.post(
        f"/api/v1/situations/{sid}/level",
        json={"level": "watch", "reason": "I think it is fine now"},
    )
    assert r.status_code in (401, 403)


def test_taxonomy_keeps_unverified_flags_visible(client):
    body = client.get("/api/v1/taxonomy").json()
    assert len(body["risk_factors"]) == 14
    flags = [i["unverified"] for f in body["risk_factors"] for i in f["indicators"]]
    assert any(flags) and not all(flags)


def test_openapi_document_lists_the_api(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/reports" in paths and "/api/v1/situations/{situation_id}/level" in paths


def test_openapi_document_says_what_errors_and_uploads_look_like(client):
    doc = client.get("/api/v1/openapi.json").json()
    error = {"$ref": "#/components/schemas/ApiError"}
    verify = doc["paths"]["/api/v1/reports/{report_id}/verify"]["post"]
    for code in ("401", "403", "404", "409", "422"):
        assert verify["responses"][code]["content"]["application/json"]["schema"] == error
    assert doc["components"]["schemas"]["ApiError"]["properties"]["detail"]["type"] == "string"
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    body = verify["requestBody"]["content"]["application/json"]["schema"]
    assert "Verification" in str(body)

    upload = doc["paths"]["/api/v1/imports"]["post"]["requestBody"]["content"]
    parts = upload["multipart/form-data"]["schema"]
    assert set(parts["required"]) == {"dataset", "file"}
    assert parts["properties"]["file"]["format"] == "binary"


def test_a_situation_shows_the_same_figures_as_its_watchlist_row(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    _verified(client, auth, ["1.1", "8.7"])

    row = client.get("/api/v1/situations").json()[0]
    detail = client.get(f"/api/v1/situations/{row['id']}").json()

    assert row["signals_90d"] == 2
    assert {k: detail[k] for k in row} == row
    assert client.get("/api/v1/situations/999").status_code == 404


def test_the_api_dates_each_forecast_figure_and_expired_ones_do_not_order_the_watchlist(
    client, sqlite_store
):
    """Burkina Faso's escalation figure is for 2021: the API says so, and the watchlist does
    not put it above a country whose current forecast is lower (the level rule ignores it)."""
    from datetime import UTC, date, datetime

    from tocsin.risk.situations import ensure_situation
    from tocsin.store.models import Forecast

    made = datetime(2026, 1, 5, tzinfo=UTC)
    with sqlite_store.uow() as uow:
        ensure_situation(uow, "BFA")
        ensure_situation(uow, "MLI")
        uow.add(Forecast(kind="dynamic", country_iso3="BFA", issued_at=made, probability=0.9,
                         period_start=date(2021, 1, 1), period_end=date(2021, 3, 31),
                         model="m", explanation={}))  # fmt: skip
        uow.add(Forecast(kind="structural", country_iso3="MLI", issued_at=made, probability=0.05,
                         period_start=date(2999, 1, 1), period_end=date(2999, 12, 31), rank=7,
                         model="m", explanation={}))  # fmt: skip
        uow.commit()

    rows = client.get("/api/v1/situations").json()
    assert [r["country_iso3"] for r in rows] == ["MLI", "BFA"]
    burkina = rows[1]
    assert burkina["escalation_risk"] == 0.9
    assert (burkina["escalation_period_start"], burkina["escalation_period_end"]) == (
        "2021-01-01",
        "2021-03-31",
    )
    assert burkina["escalation_issued_at"].startswith("2026-01-05")
    assert rows[0]["structural_period_end"] == "2999-12-31"
    assert burkina["structural_issued_at"] is None


def _overridden(client, auth) -> int:
    _verified(client, auth, ["1.1"])
    sid = client.get("/api/v1/situations").json()[0]["id"]
    r = client.post(
        f"/api/v1/situations/{sid}/level",
        json={"level": "imminent_risk", "reason": "Troop build-up seen by monitors"},
        headers=auth,
    )
    assert r.status_code == 200, r.text
    assert r.json()["changed_by_name"] == "Analyst"  # the analyst's own name
    return sid


def test_the_level_history_names_no_analyst_to_the_public(client, analyst_token, sqlite_store):
    from tests.conftest import make_principal
    from tests.integration.web.conftest import log_in
    from tocsin.domain.roles import Role

    auth = {"Authorization": f"Bearer {analyst_token}"}
    sid = _overridden(client, auth)
    with sqlite_store.uow() as uow:
        analyst = f"user:{uow.users.by_email('analyst@example.org').id}"

    public = client.get(f"/api/v1/situations/{sid}")
    seen = [(h["changed_by"], h["changed_by_name"]) for h in public.json()["history"]]
    assert seen[0] == ("analyst", "an analyst") and "user:" not in public.text
    assert "Analyst" not in {name for _, name in seen}
    staff = client.get(f"/api/v1/situations/{sid}", headers=auth).json()["history"]
    assert (staff[0]["changed_by"], staff[0]["changed_by_name"]) == (analyst, "Analyst")

    page = client.get(f"/situations/{sid}").text.split('id="history"')[1].split("</table>")[0]
    assert "an analyst (override)" in page and "user:" not in page and "Analyst" not in page
    make_principal(sqlite_store, Role.ADMIN, "admin@example.org")
    log_in(client, "admin@example.org")
    page = client.get(f"/situations/{sid}").text.split('id="history"')[1].split("</table>")[0]
    assert "Analyst (override)" in page and "user:" not in page


def test_a_rules_level_change_is_tocsins_doing(client, analyst_token, sqlite_store):
    from tocsin.risk.situations import RULE_ACTOR, reassess_countries

    auth = {"Authorization": f"Bearer {analyst_token}"}
    _verified(client, auth, ["1.1", "8.7"])
    with sqlite_store.uow(actor=RULE_ACTOR) as uow:
        reassess_countries(uow, ["BFA"])
        uow.commit()
    sid = client.get("/api/v1/situations").json()[0]["id"]
    history = client.get(f"/api/v1/situations/{sid}").json()["history"]
    names = {(h["changed_by"], h["changed_by_name"]) for h in history}
    assert (RULE_ACTOR, "Tocsin") in names, names
    staff = client.get(f"/api/v1/situations/{sid}", headers=auth).json()["history"]
    assert (RULE_ACTOR, f"Tocsin ({RULE_ACTOR})") in {
        (h["changed_by"], h["changed_by_name"]) for h in staff
    }


def test_a_level_set_from_a_level_the_situation_has_left_is_refused(client, analyst_token):
    """An analyst who read the page before a colleague changed the level is told so (409),
    instead of overruling a decision they have not seen."""
    auth = {"Authorization": f"Bearer {analyst_token}"}
    sid = client.post("/api/v1/situations", json={"country": "MLI"}, headers=auth).json()["id"]
    first = {"level": "imminent_risk", "reason": "Troop build-up seen by monitors"}
    assert client.post(f"/api/v1/situations/{sid}/level", json=first, headers=auth).is_success
    stale = {
        "level": "serious_concern",
        "reason": "Partners' briefings argue for concern",
        "from_level": "watch",
    }
    r = client.post(f"/api/v1/situations/{sid}/level", json=stale, headers=auth)
    assert r.status_code == 409 and "changed meanwhile, to imminent risk" in r.json()["detail"]
    detail = client.get(f"/api/v1/situations/{sid}").json()
    assert detail["level"] == "imminent_risk" and len(detail["history"]) == 2
    r = client.post(
        f"/api/v1/situations/{sid}/level",
        json={**stale, "from_level": "imminent_risk"},
        headers=auth,
    )
    assert r.status_code == 200 and r.json()["from_level"] == "imminent_risk"


def test_an_override_is_ended_through_the_api_and_the_history_says_so(client, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    sid = client.post("/api/v1/situations", json={"country": "MLI"}, headers=auth).json()["id"]
    end = {"reason": "The build-up was a routine rotation", "from_level": "watch"}
    r = client.post(f"/api/v1/situations/{sid}/override/end", json=end, headers=auth)
    assert r.status_code == 422 and "already follows the evidence" in r.json()["detail"]
    raised = {"level": "imminent_risk", "reason": "Troop build-up seen by monitors"}
    assert client.post(f"/api/v1/situations/{sid}/level", json=raised, headers=auth).is_success
    r = client.post(
        f"/api/v1/situations/{sid}/override/end",
        json={**end, "from_level": "imminent_risk"},
        headers=auth,
    )
    assert r.status_code == 200
    assert (r.json()["to_level"], r.json()["override"]) == ("watch", False)
    public = client.get(f"/api/v1/situations/{sid}").json()
    assert public["level"] == "watch"
    assert public["history"][0]["changed_by"] == "analyst"
    assert public["history"][0]["reasons"][0] == (
        "an analyst handed the level back to the evidence: The build-up was a routine rotation"
    )
