"""A page that counts says it in the form its language gives that count: Arabic has a form for
3 to 10, one for 11 to 99 and one for 100 to 102 (103 takes the form of 3 again)."""

from __future__ import annotations

from tests.conftest import make_principal
from tests.integration.web.conftest import log_in
from tocsin.domain.roles import Role
from tocsin.store.models import Report


def _reports(store, user_id: int | None, count: int, start: int = 0) -> None:
    with store.uow() as uow:
        for n in range(start, start + count):
            uow.add(
                Report(
                    reference=f"R-CNT{n:04d}",
                    status="received",
                    channel="web",
                    title="Checkpoint closed",
                    text="The checkpoint at the river was closed to all.",
                    country_iso3="BFA",
                    submitted_by_id=user_id,
                    raw={},
                )
            )
        uow.commit()


def _pages_line(client, language: str) -> str:
    page = client.get("/my-reports", headers={"Accept-Language": language}).text
    return page.split('class="pages"')[1].split("<span>")[1].split("</span>")[0]


def test_my_reports_counts_its_reports_in_the_readers_language(client, sqlite_store):
    monitor = make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    _reports(sqlite_store, monitor.user_id, 51)
    log_in(client, "mo@example.org")
    assert _pages_line(client, "en") == "Page 1 of 2 (51 reports)"
    assert _pages_line(client, "fr") == "Page 1 sur 2 (51 signalements)"
    assert _pages_line(client, "ar") == "الصفحة 1 من 2 (51 بلاغًا)"
    _reports(sqlite_store, monitor.user_id, 49, start=51)
    assert _pages_line(client, "ar") == "الصفحة 1 من 2 (100 بلاغ)"
    _reports(sqlite_store, monitor.user_id, 3, start=100)
    assert _pages_line(client, "ar") == "الصفحة 1 من 3 (103 بلاغات)"  # as for 3
