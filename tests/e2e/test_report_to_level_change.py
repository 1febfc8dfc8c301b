"""In a real browser: a member of the public reports, an analyst verifies and tags it, and the
situation's level changes on the watchlist."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import login

pytestmark = pytest.mark.browser


def _submit(page, base: str, title: str, text: str) -> str:
    page.goto(f"{base}/report")
    page.fill("input[name=title]", title)
    page.fill("textarea[name=text]", text)
    page.select_option("select[name=country]", "BFA")
    page.fill("input[name=place_name]", "Djibo")
    page.fill("input[name=source]", "Community radio, Djibo")
    page.click("button[type=submit]")
    page.wait_for_url("**/report/thanks/**")
    return page.inner_text("#reference")


def test_public_report_verified_by_analyst_raises_level(live_server, browser):
    public = browser.new_context().new_page()
    reference = _submit(
        public,
        live_server,
        "Governor calls minority cockroaches",
        "At a rally the governor said the minority are cockroaches to be swept out.",
    )
    assert reference.startswith("R-")

    page = browser.new_context().new_page()
    login(page, live_server, "/review")
    page.click("text=Governor calls minority cockroaches")

    for code in ("7.14", "8.7"):
        box = page.locator(f"input[name=indicators][value='{code}']")
        box.locator("xpath=ancestor::details").locator("summary").click()
        box.check()
    assert "Community radio, Djibo" in page.inner_text("#source")  # what is being graded
    page.select_option("select[name=reliability]", "B")
    page.click("button[value=verify]")
    page.wait_for_selector("#status")
    assert page.inner_text("#status") == "verified"
    assert "reliability B" in page.inner_text("#source")

    page.goto(live_server + "/")
    row = page.locator("#watchlist tr", has_text="Burkina Faso")
    assert "serious concern" in row.inner_text()
    row.locator("a").click()
    assert page.inner_text("#level") == "serious concern"
    history = page.inner_text("#history")
    assert "rule:level-fusion" in history and "risk factors" in history

    # The public watchlist shows the level but never the unverified text or the reporter.
    public.goto(live_server + "/")
    assert "serious concern" in public.inner_text("#watchlist")
