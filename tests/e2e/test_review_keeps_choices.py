"""In a real browser: the analyst's unsaved decision on a report (ticks, grading, note) stays
through a comment, which reloads the page, and is forgotten once the report is decided."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import login

pytestmark = pytest.mark.browser


def test_unsaved_ticks_and_note_survive_a_comment_and_go_once_decided(live_server, browser):
    public = browser.new_context().new_page()
    public.goto(f"{live_server}/report")
    public.fill("input[name=title]", "Checkpoint abuses")
    public.fill("textarea[name=text]", "Soldiers at the checkpoint beat travellers from Djibo.")
    public.select_option("select[name=country]", "BFA")
    public.click("button[type=submit]")
    public.wait_for_url("**/report/thanks/**")

    page = browser.new_context().new_page()
    login(page, live_server, "/review")
    page.click("text=Checkpoint abuses")
    box = page.locator("input[name=indicators][value='7.14']")
    box.locator("xpath=ancestor::details").locator("summary").click()
    box.check()
    page.select_option("select[name=credibility]", "2")
    page.fill("textarea[name=note]", "Two travellers confirmed it by phone.")
    page.fill("textarea[name=body]", "Asked the Djibo network for a third account.")
    page.click("form[action$='/work'] button:has-text('Comment')")
    page.wait_for_selector("#comments >> text=third account")

    assert page.locator("input[name=indicators][value='7.14']").is_checked()
    assert page.input_value("select[name=credibility]") == "2"
    assert page.input_value("textarea[name=note]") == "Two travellers confirmed it by phone."
    assert "restored" in page.inner_text("#review-draft-status")

    page.click("button[value=verify]")
    page.wait_for_selector("#status >> text=verified")
    assert page.evaluate("window.sessionStorage.length") == 0
