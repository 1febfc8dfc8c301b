"""Wide tables scroll inside their own box on a phone, not the whole page sideways."""

from __future__ import annotations

import re

from tests.conftest import make_principal
from tests.integration.web.conftest import log_in
from tocsin.domain.roles import Role


def _scrolls(html: str, table_id: str) -> bool:
    return bool(
        re.search(rf'<div class="scroll"[^>]*>\s*<table class="list" id="{table_id}">', html)
    )


def test_the_queue_and_my_reports_tables_scroll_in_their_box(client, sqlite_store):
    make_principal(sqlite_store, Role.ANALYST, "an@example.org")
    log_in(client, "an@example.org")
    assert _scrolls(client.get("/review").text, "queue")
    assert _scrolls(client.get("/my-reports").text, "my-reports")
