"""A level due for review on the watchlist (marked, and filtered with ?review=due), on the
situation's page (why, since when, what the evidence argues for, and the confirmation form),
and in the API (`review_due`, `review_reason`, `review_since`, `review_evidence_level`)."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.risk.level_review import note_reviews_due
from tocsin.risk.situations import reassess_situation
from tocsin.store.base import utcnow
from tocsin.store.models import Indicator, Signal

CODES = ("1.1", "2.1", "9.1", "10.1")  # imminent risk


def _raised(store, country: str, days_ago: int) -> int:
    """A situation the rule raised to imminent risk on signals observed `days_ago` days ago."""
    observed = utcnow().date() - timedelta(days=days_ago)
    with store.uow() as uow:
        for code in CODES:
            indicator = uow.session.scalars(select(Indicator).where(Indicator.code == code)).first()
            uow.add(
                Signal(
                    indicator_id=indicator.id,
                    country_iso3=country,
                    observed_on=observed,
                    confidence=0.9,
                    status="confirmed",
                    asserted_by="user:1",
                )
            )
        uow.commit()
        assert reassess_situation(uow, country, today=observed + timedelta(days=2)) is not None
        uow.commit()
        return uow.situations.for_country(country).id


def _row(html: str, situation_id: int) -> str:
    match = re.search(rf'<tr>\s*<td><a href="/situations/{situation_id}">.*?</tr>', html, re.S)
    assert match, f"no row for situation {situation_id}"
    return match.group(0)


def test_the_api_and_the_watchlist_mark_and_filter_the_levels_due(client, sqlite_store):
    myanmar = _raised(sqlite_store, "MMR", days_ago=200)
    burkina = _raised(sqlite_store, "BFA", days_ago=10)
    left_on = utcnow().date() - timedelta(days=200 - 91)

    rows = {r["country_iso3"]: r for r in client.get("/api/v1/situations").json()}
    assert rows["MMR"]["level"] == "imminent_risk"
    assert rows["MMR"]["review_due"] is True
    assert rows["MMR"]["review_reason"] == "evidence"
    assert rows["MMR"]["review_since"] == left_on.isoformat()
    assert rows["MMR"]["review_evidence_level"] == "watch"
    assert rows["BFA"]["review_due"] is False and rows["BFA"]["review_since"] is None
    due = client.get("/api/v1/situations?review=due").json()
    assert [r["id"] for r in due] == [myanmar]
    assert client.get("/api/v1/situations?review=other").status_code == 422
    detail = client.get(f"/api/v1/situations/{myanmar}").json()
    assert detail["review_due"] is True and detail["review_since"] == left_on.isoformat()

    page = client.get("/").text
    assert "Review due" in _row(page, myanmar)
    assert f"the evidence now argues for watch, since {left_on}" in _row(page, myanmar)
    assert "Review due" not in _row(page, burkina)
    assert 'href="/?review=due"' in page
    filtered = client.get("/?review=due").text
    assert f'href="/situations/{myanmar}"' in filtered
    assert f'href="/situations/{burkina}"' not in filtered


def test_the_situation_page_says_why_and_an_analyst_confirms_the_level(client, sqlite_store):
    myanmar = _raised(sqlite_store, "MMR", days_ago=200)
    left_on = utcnow().date() - timedelta(days=200 - 91)

    public = client.get(f"/situations/{myanmar}").text
    assert 'id="review-due"' in public
    assert f"left the 90-day window on {left_on}" in public
    assert "/level/confirm" not in public  # only analysts decide, and are told how
    assert "Confirm the level with a reason" not in public

    make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    log_in(client, "ana@example.org")
    page = client.get(f"/situations/{myanmar}")
    assert "Confirm the level with a reason" in page.text
    refused = client.post(
        f"/situations/{myanmar}/level/confirm",
        data={"csrf_token": csrf_from(page.text), "reason": "short", "from_level": "imminent_risk"},
    )
    assert refused.status_code == 422 and "at least 10 characters" in refused.text
    sent = client.post(
        f"/situations/{myanmar}/level/confirm",
        data={
            "csrf_token": csrf_from(page.text),
            "reason": "Access is cut: the silence is not calm",
            "from_level": "imminent_risk",
        },
        follow_redirects=False,
    )
    assert sent.status_code == 303
    after = client.get(f"/situations/{myanmar}").text
    assert 'id="review-due"' not in after
    assert "confirmed it: Access is cut: the silence is not calm" in after
    row = client.get(f"/api/v1/situations/{myanmar}").json()
    assert row["level"] == "imminent_risk" and row["review_due"] is False
    assert row["history"][0]["override"] is True


def test_confirming_through_the_api_needs_a_level_due(client, sqlite_store, analyst_token):
    auth = {"Authorization": f"Bearer {analyst_token}"}
    myanmar = _raised(sqlite_store, "MMR", days_ago=200)
    burkina = _raised(sqlite_store, "BFA", days_ago=10)
    reason = {"reason": "Access is cut: the silence is not calm"}
    r = client.post(f"/api/v1/situations/{burkina}/level/confirm", json=reason, headers=auth)
    assert r.status_code == 422 and "not due for review" in r.text
    r = client.post(
        f"/api/v1/situations/{myanmar}/level/confirm",
        json={**reason, "from_level": "serious_concern"},
        headers=auth,
    )
    assert r.status_code == 409
    r = client.post(f"/api/v1/situations/{myanmar}/level/confirm", json=reason, headers=auth)
    assert r.status_code == 200, r.text
    change = r.json()
    assert (change["from_level"], change["to_level"], change["override"]) == (
        "imminent_risk",
        "imminent_risk",
        True,
    )
    r = client.post(f"/api/v1/situations/{myanmar}/level/confirm", json=reason)
    assert r.status_code in (401, 403)


def test_the_review_is_told_in_the_readers_language(client, sqlite_store):
    myanmar = _raised(sqlite_store, "MMR", days_ago=200)
    left_on = utcnow().date() - timedelta(days=200 - 91)
    watchlist = client.get("/?lang=fr").text
    assert "À réexaminer" in _row(watchlist, myanmar)
    assert "un analyste doit réexaminer (1)" in watchlist
    page = client.get(f"/situations/{myanmar}?lang=ar").text
    assert f"في {left_on}" in page and "هذا المستوى مستحق لمراجعة محلل." in page


def test_the_review_queue_links_to_the_levels_the_worker_found_due(client, sqlite_store):
    _raised(sqlite_store, "MMR", days_ago=200)
    make_principal(sqlite_store, Role.ANALYST, "ana@example.org")
    log_in(client, "ana@example.org")
    assert 'id="levels-due"' not in client.get("/review").text
    with sqlite_store.uow() as uow:
        assert len(note_reviews_due(uow)) == 1
    queue = client.get("/review").text
    assert 'href="/?review=due">Situation levels due for review: 1</a>' in queue
