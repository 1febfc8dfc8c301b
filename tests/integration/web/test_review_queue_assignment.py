"""The review queue by assignment: an analyst lists the reports assigned to them, or those no
one has taken, on the page and through the API, with who holds each; the filter keeps to the
pages and to the country, and is an analyst's only."""

from __future__ import annotations

import re

from tests.conftest import make_principal
from tests.integration.web.conftest import log_in
from tocsin.domain.reports import Channel
from tocsin.domain.roles import Role
from tocsin.intake.evidence import assign_report
from tocsin.intake.service import parse_submission, submit_report
from tocsin.web.params import PAGE_ROWS


def _report(client, title: str, country: str = "BFA") -> int:
    sent = {"title": title, "text": "Houses were burned at night.", "country": country}
    return client.post("/api/v1/reports", json=sent).json()["id"]


def _queued(html: str) -> list[str]:
    return re.findall(r'<a href="/review/\d+" dir="auto">([^<]+)</a>', html)


def _three_reports(client, sqlite_store):
    """Fatou holds one, Awa another, and one in Mali is nobody's yet."""
    fatou = make_principal(sqlite_store, Role.ANALYST, "fatou@example.org")
    awa = make_principal(sqlite_store, Role.ANALYST, "awa@example.org")
    hers, other, free = _report(client, "Hers"), _report(client, "Awa's"), _report(client, "Free")
    _report(client, "Free in Mali", country="MLI")
    with sqlite_store.uow() as uow:
        assign_report(uow, hers, fatou.user_id, fatou)
        assign_report(uow, other, awa.user_id, fatou)
    return fatou, free


def test_the_queue_lists_an_analysts_own_reports_and_those_nobody_took(client, sqlite_store):
    _three_reports(client, sqlite_store)
    log_in(client, "fatou@example.org")

    everything = client.get("/review").text
    assert sorted(_queued(everything)) == ["Awa&#39;s", "Free", "Free in Mali", "Hers"]
    assert "Assigned to me: 1" in everything and "Not yet assigned: 2" in everything
    assert "<td dir=\"auto\">Awa</td>" in everything  # who holds each

    assert _queued(client.get("/review?assigned=me").text) == ["Hers"]
    assert sorted(_queued(client.get("/review?assigned=nobody").text)) == ["Free", "Free in Mali"]
    in_mali = client.get("/review?assigned=nobody&country=MLI").text
    assert _queued(in_mali) == ["Free in Mali"]
    assert 'name="assigned" value="nobody"' in in_mali  # a new country keeps the filter

    refused = client.get("/review?assigned=someone")
    assert refused.status_code == 422 and "assigned: me or nobody" in refused.text


def test_the_queue_pages_keep_the_assignment_filter(client, sqlite_store):
    fatou, _ = _three_reports(client, sqlite_store)
    with sqlite_store.uow(fatou.actor) as uow:
        for n in range(PAGE_ROWS):
            sent = {"title": f"Waiting {n}", "text": "Shots at dawn.", "country": "BFA"}
            submission = parse_submission(sent)
            submit_report(uow, submission, fatou, Channel.WEB)
    log_in(client, "fatou@example.org")
    first = client.get("/review?assigned=nobody").text
    assert 'href="/review?page=2&amp;assigned=nobody" rel="next"' in first
    second = client.get("/review?page=2&assigned=nobody").text
    assert "Hers" not in _queued(second) and _queued(second)


def test_the_api_lists_by_assignment_for_analysts_only(client, sqlite_store, analyst_token):
    fatou, free = _three_reports(client, sqlite_store)
    analyst = {"Authorization": f"Bearer {analyst_token}"}
    nobody = client.get("/api/v1/reports?assigned=nobody", headers=analyst)
    assert nobody.status_code == 200 and nobody.headers["x-total-count"] == "2"
    assert free in [r["id"] for r in nobody.json()]
    assert client.get("/api/v1/reports?assigned=me", headers=analyst).json() == []
    assert client.get("/api/v1/reports?assigned=nobody").status_code == 403  # the public
    assert client.get("/api/v1/reports?assigned=all", headers=analyst).status_code == 422
