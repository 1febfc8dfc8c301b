"""An analyst's refused level decision is told on the situation page in the page's language,
a level named in it as the page names levels; the API keeps the English."""

from __future__ import annotations

from tests.conftest import make_principal
from tests.integration.web.conftest import csrf_from, log_in
from tocsin.domain.roles import Role
from tocsin.risk.situations import ensure_situation


def _situation(store) -> int:
    with store.uow() as uow:
        situation = ensure_situation(uow, "SDN")
        uow.commit()
        return situation.id


def _decide(client, situation_id: int, reason: str, level: str = "watch", lang: str = "fr"):
    page = client.get(f"/situations/{situation_id}?lang={lang}").text
    return client.post(
        f"/situations/{situation_id}/level",
        data={"csrf_token": csrf_from(page), "level": level, "reason": reason},
    )


def test_a_refused_decision_reads_in_french_with_the_level_named_in_french(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    sudan = _situation(sqlite_store)
    assert log_in(client, "analyst@example.org").status_code == 303

    short = _decide(client, sudan, "court", level="imminent_risk")
    already = _decide(client, sudan, "the level stands after the field visit")

    assert short.status_code == 422
    assert "motif : expliquez le changement en au moins 10 caractères" in short.text
    assert already.status_code == 422
    assert "la situation est déjà au niveau « surveillance »" in already.text
    assert "already at" not in already.text


def test_arabic_page_and_english_api_for_the_same_refusal(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "analyst@example.org")
    sudan = _situation(sqlite_store)
    assert log_in(client, "analyst@example.org").status_code == 303

    arabic = _decide(client, sudan, "the level stands after the field visit", lang="ar")
    assert "الوضع في مستوى «مراقبة» أصلًا" in arabic.text

    token = client.post(
        "/api/v1/tokens", json={"email": "analyst@example.org", "password": "correct horse battery"}
    ).json()["token"]
    api = client.post(
        f"/api/v1/situations/{sudan}/level",
        json={"level": "watch", "reason": "the level stands after the field visit"},
        headers={"Authorization": f"Bearer {token}", "Accept-Language": "fr"},
    )
    assert api.status_code == 422 and "the situation is already at watch" in api.text
