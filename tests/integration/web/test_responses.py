"""Responses to a warning: an analyst records what was done in a situation (on its page and
through the API), everyone reads it beside the days it took after the warning, and the
measures that answer the evidence are listed; bad input is refused beside the form with
nothing written, and only staff may record."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.conftest import make_principal, witness_report
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.respond.actions import record_action, response_gap
from tocsin.risk.situations import ensure_situation, set_level
from tocsin.store.base import utcnow
from tocsin.store.models import Action, AuditEntry, Indicator, LevelChange, Signal


def _warned(store, days_ago: int = 10) -> int:
    """Burkina Faso raised to imminent risk `days_ago` days ago, with confirmed signals of
    risk factors 9 (two) and 10 (one)."""
    analyst = make_principal(store, Role.ANALYST, "ana@example.org")
    with store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, "BFA")
        uow.commit()
        set_level(uow, situation.id, "imminent_risk", "attacks on villages", analyst)
        for change in uow.session.scalars(select(LevelChange)):
            change.at = utcnow() - timedelta(days=days_ago)
        for code in ("9.1", "9.2", "10.1"):
            indicator = uow.session.scalars(select(Indicator).where(Indicator.code == code)).one()
            uow.add(
                Signal(
                    indicator_id=indicator.id,
                    country_iso3="BFA",
                    observed_on=utcnow().date() - timedelta(days=5),
                    confidence=0.9,
                    status="confirmed",
                    asserted_by="user:1",
                )
            )
        uow.commit()
        return situation.id


def test_an_analyst_records_a_response_and_everyone_reads_the_gap(client, sqlite_store):
    situation_id = _warned(sqlite_store)
    page = f"/situations/{situation_id}"
    public = client.get(page).text
    assert "no response recorded yet" in public
    assert 'action="' + page + '/actions"' not in public  # the public records nothing
    recommended = public[public.index('id="recommended"') :].split("</ul>", 1)[0]
    assert "Counter incitement and hate speech" in recommended  # answers risk factor 9

    log_in(client, "ana@example.org")
    shown = client.get(page)
    taken_on = (utcnow() - timedelta(days=3)).date().isoformat()
    recorded = client.post(
        f"{page}/actions",
        data={
            "csrf_token": csrf_from(shown.text),
            "actor": "ECOWAS Commission",
            "taken_on": taken_on,
            "measure": "P1-HATE-SPEECH",
            "description": "Public statement condemning incitement against herders",
            "source_url": "https://ecowas.example.org/statement",
        },
        follow_redirects=False,
    )
    assert recorded.status_code == 303 and recorded.headers["location"] == f"{page}#responses"

    client.cookies.clear()
    after = client.get(page).text
    actions = after[after.index('id="actions"') :].split("</table>", 1)[0]
    assert "ECOWAS Commission" in actions and "Counter incitement and hate speech" in actions
    assert "the first response was recorded 7 days later. 1 response recorded since." in after
    with sqlite_store.uow() as uow:
        gap = response_gap(uow, situation_id)
        assert gap is not None and gap.days_to_first_action == 7 and gap.level == "imminent_risk"
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "Action"))
        assert [e.action for e in entries] == ["insert"]


def test_a_bad_response_is_refused_beside_its_form_and_nothing_is_written(client, sqlite_store):
    situation_id = _warned(sqlite_store)
    page = f"/situations/{situation_id}"
    log_in(client, "ana@example.org")
    token = csrf_from(client.get(page).text)
    tomorrow = (utcnow() + timedelta(days=2)).date().isoformat()
    good = {"csrf_token": token, "actor": "AU", "description": "Envoy sent"}
    for bad, why in (
        ({"taken_on": tomorrow}, "a response not yet taken is not recorded"),
        ({"taken_on": "last week"}, "taken_on: a date (YYYY-MM-DD)"),
        ({"taken_on": "2026-01-05", "measure": "P9-NOTHING"}, "no measure"),
        ({"taken_on": "2026-01-05", "source_url": "javascript:alert(1)"}, "source_url"),
        ({"taken_on": "2026-01-05", "actor": "   "}, "actor: required"),
    ):
        refused = client.post(f"{page}/actions", data={**good, **bad})
        assert refused.status_code == 422, bad
        panel = refused.text[refused.text.index("Record a response") :]
        assert why in panel, (why, bad)
    with sqlite_store.uow() as uow:
        assert uow.session.scalars(select(Action)).all() == []

    make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    log_in(client, "mo@example.org")
    shown = client.get(page)
    assert "Record a response" not in shown.text
    denied = client.post(
        f"{page}/actions",
        data={**good, "csrf_token": csrf_from(shown.text), "taken_on": "2026-01-05"},
    )
    assert denied.status_code == 403


def test_responses_through_the_api(client, sqlite_store, analyst_token):
    situation_id = _warned(sqlite_store, days_ago=4)
    url = f"/api/v1/situations/{situation_id}"
    before = client.get(f"{url}/responses").json()
    assert before["days_to_first_action"] is None and before["actions"] == []
    assert before["warned_level"] == "imminent_risk"
    first = before["recommended"][0]
    assert 9 in first["measure"]["risk_factors"] and first["answers"]["9"] == 2

    body = {"actor": "UN Security Council", "taken_on": utcnow().date().isoformat()}
    assert client.post(f"{url}/actions", json={**body, "description": "x"}).status_code == 401
    auth = {"Authorization": f"Bearer {analyst_token}"}
    made = client.post(
        f"{url}/actions",
        json={**body, "description": "Press statement", "measure": None},
        headers=auth,
    )
    assert made.status_code == 201, made.text
    assert made.json()["recorded_by"] == "Analyst"  # staff read the name
    after = client.get(f"{url}/responses").json()
    assert after["days_to_first_action"] == 4
    assert after["actions"][0]["recorded_by"] == "an analyst"  # the public, no name


def test_the_warning_is_the_rise_of_the_current_episode(sqlite_store):
    """Raised 30 days ago, lowered to watch 20 days ago, raised again 10 days ago: the warning
    is the last rise, and a response to the earlier episode does not count for it."""
    analyst = make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    today = utcnow()
    with sqlite_store.uow(analyst.actor) as uow:
        situation = ensure_situation(uow, "MLI")
        uow.commit()
        for days_ago, level in ((30, "serious_concern"), (20, "watch"), (10, "imminent_risk")):
            change = set_level(uow, situation.id, level, "an analyst's judgement", analyst)
            change.at = today - timedelta(days=days_ago)
            uow.commit()
        assert response_gap(uow, situation.id) is not None
        for days_ago in (25, 5):
            record_action(
                uow, situation.id, analyst, "AU", (today - timedelta(days=days_ago)).date(), "x"
            )
        gap = response_gap(uow, situation.id)
    assert gap is not None
    assert (gap.warned_on, gap.level) == ((today - timedelta(days=10)).date(), "imminent_risk")
    assert (gap.actions, gap.days_to_first_action) == (1, 5)


def test_a_brief_says_what_is_public_and_nothing_more(client, sqlite_store):
    """The brief an analyst prints for a ministry: the level, the evidence by risk factor,
    the responses and measures; not a word of a report or its reporter, even for staff."""
    situation_id = _warned(sqlite_store)
    with sqlite_store.uow() as uow:
        witness_report(uow, "R-BRIEF", "BFA", "+226 70 00 00 00")
        uow.commit()
    log_in(client, "ana@example.org")
    page = client.get(f"/situations/{situation_id}")
    assert f'href="/situations/{situation_id}/brief"' in page.text
    brief = client.get(f"/situations/{situation_id}/brief")
    assert brief.status_code == 200
    text = brief.text
    assert "Situation brief: Burkina Faso" in text and "imminent risk" in text
    evidence = text[text.index('id="brief-evidence"') :].split("</table>", 1)[0]
    assert "<td>9. " in evidence and "<td>2</td>" in evidence  # two signals of factor 9
    assert "no response recorded yet" in text
    assert "Counter incitement and hate speech" in text
    for secret in ("Amina", "+226 70 00 00 00", "R-BRIEF", "Witness", "ana@example.org"):
        assert secret not in text, secret
    assert client.get("/situations/999/brief").status_code == 404


def test_a_warning_of_today_is_said_so_on_the_watchlist(client, sqlite_store):
    _warned(sqlite_store, days_ago=0)
    watchlist = client.get("/").text
    assert "Warned today: no response recorded yet" in watchlist
    assert "0 days after" not in watchlist


def test_the_watchlist_shows_a_warning_left_unanswered_and_then_answered(
    client, sqlite_store, analyst_token
):
    situation_id = _warned(sqlite_store, days_ago=12)
    assert "No response recorded 12 days after the warning" in client.get("/").text
    (row,) = client.get("/api/v1/situations").json()
    assert (row["days_unanswered"], row["responses"], row["days_to_first_response"]) == (
        12,
        0,
        None,
    )
    auth = {"Authorization": f"Bearer {analyst_token}"}
    body = {"actor": "AU", "description": "Envoy sent", "taken_on": utcnow().date().isoformat()}
    client.post(f"/api/v1/situations/{situation_id}/actions", json=body, headers=auth)
    assert "First response 12 days after the warning" in client.get("/").text
    (row,) = client.get("/api/v1/situations").json()
    assert (row["days_unanswered"], row["responses"], row["days_to_first_response"]) == (
        None,
        1,
        12,
    )
