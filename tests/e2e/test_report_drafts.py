"""In a real browser on a weak connection: the report form keeps a draft on the device, keeps it
through a submit made offline, sends it once back online, and forgets it once received."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TEXT = "Soldiers burned the granaries of the village at dawn and detained six young men."


def test_a_draft_survives_a_reload_and_an_offline_submit_then_is_sent(live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    refused: list[str] = []  # the pages' security policy must not block their own scripts
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.goto(f"{live_server}/report")
    page.fill("input[name=title]", "Granaries burned")
    page.fill("textarea[name=text]", TEXT)
    page.select_option("select[name=country]", "BFA")

    page.reload()  # the connection dropped, or the phone closed the tab
    assert page.input_value("input[name=title]") == "Granaries burned"
    assert page.input_value("textarea[name=text]") == TEXT
    assert "restored" in page.inner_text("#draft-status")

    context.set_offline(True)
    page.click("#report-form button[type=submit]")
    assert "You are offline" in page.inner_text("#draft-status")
    assert page.url.endswith("/report")  # nothing was sent, nothing was lost

    context.set_offline(False)
    page.click("#report-form button[type=submit]")
    page.wait_for_url("**/report/thanks/**")
    reference = page.inner_text("#reference")
    assert reference.startswith("R-")

    page.goto(f"{live_server}/report")  # the draft was received, so it is gone
    assert page.input_value("input[name=title]") == ""
    assert page.is_hidden("#draft-status")
    assert refused == []
    context.close()


def test_a_draft_never_keeps_who_wrote_it_and_can_be_discarded(live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/report")
    page.fill("input[name=title]", "Granaries burned")
    page.uncheck("input[name=anonymous]")
    page.fill("input[name=reporter_name]", "Awa Ouedraogo")
    page.fill("input[name=reporter_contact]", "+226 70 00 00 00")
    stored = page.evaluate("JSON.stringify(Object.assign({}, window.localStorage))")
    assert "Granaries burned" in stored
    assert "Awa" not in stored and "+226" not in stored

    page.reload()
    assert page.input_value("input[name=title]") == "Granaries burned"
    assert page.input_value("input[name=reporter_name]") == ""
    page.click("#draft-discard")
    assert page.input_value("input[name=title]") == ""
    assert page.evaluate("window.localStorage.length") == 0
    page.reload()
    assert page.input_value("input[name=title]") == ""
    context.close()


def test_a_file_too_large_is_caught_before_sending(live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/report")
    page.fill("input[name=title]", "Photos of the burned granaries")
    page.fill("textarea[name=text]", TEXT)
    page.select_option("select[name=country]", "BFA")
    big = {"name": "granary.jpg", "mimeType": "image/jpeg", "buffer": b"\xff" * (11 * 1024 * 1024)}
    page.set_input_files("input[name=attachments]", files=[big])
    assert "granary.jpg is over 10 MB" in page.inner_text("#upload-status")
    page.click("#report-form button[type=submit]")
    assert page.url.endswith("/report")  # not sent: nothing waited minutes to be refused
    context.close()
