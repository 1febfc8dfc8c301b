"""In a real browser, with and without JavaScript: the analyst's unsaved decision on a report
(ticks, grading, note) stays through a comment, a link or an assignment, each of which reloads
the page, and is forgotten once the report is decided."""

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
    assert "as you left them" in page.inner_text("#review-notice")
    assert page.input_value("textarea[name=body]") == ""  # the comment sent is not a draft

    page.click("button[value=verify]")
    page.wait_for_selector("#status >> text=verified")
    assert page.evaluate("window.sessionStorage.length") == 0


def _report(browser, base: str, title: str) -> None:
    public = browser.new_context().new_page()
    public.goto(f"{base}/report")
    public.fill("input[name=title]", title)
    public.fill("textarea[name=text]", "Soldiers at the roadblock beat travellers from Djibo.")
    public.select_option("select[name=country]", "BFA")
    public.click("button[type=submit]")
    public.wait_for_url("**/report/thanks/**")


def test_without_javascript_the_unsaved_choices_survive_a_comment_and_an_assignment(
    live_server, browser
):
    _report(browser, live_server, "Roadblock beatings")
    page = browser.new_context(java_script_enabled=False).new_page()
    login(page, live_server, "/review")
    page.click("text=Roadblock beatings")
    box = page.locator("input[name=indicators][value='7.14']")
    box.locator("xpath=ancestor::details").locator("summary").click()
    box.check()
    page.select_option("select[name=credibility]", "2")
    page.fill("textarea[name=note]", "Two travellers confirmed it by phone.")

    def kept() -> None:
        assert page.locator("input[name=indicators][value='7.14']").is_checked()
        assert page.input_value("select[name=credibility]") == "2"
        assert page.input_value("textarea[name=note]") == "Two travellers confirmed it by phone."

    page.fill("textarea[name=body]", "Asked the Djibo network for a third account.")
    page.click("button[value=comment]")
    page.wait_for_selector("#comments >> text=third account")
    assert "Comment added" in page.inner_text("#review-notice")
    kept()
    page.select_option("select[name=analyst_id]", label="Analyst")
    page.click("button[value=assign]")
    page.wait_for_selector("#review-notice >> text=Assignment saved")
    kept()

    # Enter in a link's reference sends nothing: not the Verify above it.
    before = page.url
    page.fill("input[name=reference]", "R-TYPO")
    page.press("input[name=reference]", "Enter")
    page.wait_for_timeout(1000)
    assert page.url == before and page.inner_text("#status") != "verified"

    page.click("button[value=verify]")
    page.wait_for_selector("#status >> text=verified")
    assert "7.14" in page.inner_text("#report-signals")
