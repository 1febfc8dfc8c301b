"""Every moment a page shows says its zone: "2026-11-24 14:03 UTC" in a <time> element whose
datetime a machine reads, with no script needed."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import make_principal
from tests.integration.web.conftest import log_in
from tocsin.domain.roles import Role
from tocsin.intake.evidence import add_comment
from tocsin.store.models import Report

SENT = datetime(2026, 11, 24, 14, 3, 27, tzinfo=UTC)
SHOWN = '<time datetime="2026-11-24T14:03:27Z">2026-11-24 14:03 UTC</time>'
TEMPLATES = Path(__file__).resolve().parents[3] / "tocsin" / "web" / "templates"


def _report(store, user_id: int | None = None, **fields) -> int:
    with store.uow() as uow:
        values = {
            "reference": "R-TIME1",
            "status": "received",
            "channel": "web",
            "title": "Checkpoint closed",
            "text": "The checkpoint at the river was closed to all.",
            "country_iso3": "BFA",
            "received_at": SENT,
            "submitted_by_id": user_id,
            "raw": {},
        }
        report = Report(**{**values, **fields})
        uow.add(report)
        uow.commit()
        return report.id


def test_my_reports_says_when_each_was_sent_in_utc(client, sqlite_store):
    monitor = make_principal(sqlite_store, Role.MONITOR, "mo@example.org")
    _report(sqlite_store, monitor.user_id)
    log_in(client, "mo@example.org")

    row = client.get("/my-reports").text.split('id="my-reports"')[1].split("</table>")[0]

    assert SHOWN in row


def test_the_review_pages_show_received_comment_and_mail_times_with_their_zone(
    client, sqlite_store
):
    analyst = make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    raw = {"from": "mo@field.example.org", "date": "Tue, 24 Nov 2026 16:03:27 +0200", "body": "x"}
    report_id = _report(sqlite_store, channel="email", raw=raw)
    with sqlite_store.uow(actor=analyst.actor) as uow:
        add_comment(uow, report_id, "Called the monitor back.", analyst)
        uow.commit()
    log_in(client, "an@example.org", next_="/review")

    queue = client.get("/review").text
    page = client.get(f"/review/{report_id}").text

    assert SHOWN in queue
    received = page.split('id="received"')[1].split("</dd>")[0]
    assert SHOWN in received
    # The mail's own Date as written, with the same moment in UTC beside it.
    assert f"Tue, 24 Nov 2026 16:03:27 +0200 ({SHOWN})" in page
    comments = page.split('id="comments"')[1].split("</ul>")[0]
    assert re.search(r'<time datetime="[0-9T:-]+Z">[0-9-]+ [0-9:]+ UTC</time>', comments)


def test_no_template_prints_a_time_of_day_without_its_zone():
    """A time of day goes through the `moment` filter, which writes the zone; `strftime`
    with hours in a template would show one without it."""
    bare = [p.name for p in TEMPLATES.glob("*.html") if re.search(r"%H|%I", p.read_text())]
    assert bare == []
