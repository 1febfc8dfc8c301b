"""In a real browser on a weak connection: the report form keeps a draft on the device, keeps it
through a submit made offline, sends it once back online, and forgets it once received."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

DRAFT_KEY = "report-draft-basic"  # the core form's draft, as the page names it
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
    page.fill("input[name=latitude]", "14.10234")  # where it happened, often where they stood
    page.fill("input[name=longitude]", "-1.62871")
    stored = page.evaluate("JSON.stringify(Object.assign({}, window.localStorage))")
    assert "Granaries burned" in stored
    assert "Awa" not in stored and "+226" not in stored
    draft = json.loads(page.evaluate(f"window.localStorage.getItem({DRAFT_KEY!r})"))
    assert not {"latitude", "longitude"} & set(draft) and not any("__l" in k for k in draft)
    assert "14.10234" not in stored and "-1.62871" not in stored
    assert "without your name, contact, source and coordinates" in page.inner_text("#draft-status")

    page.reload()
    assert page.input_value("input[name=title]") == "Granaries burned"
    assert page.input_value("input[name=reporter_name]") == ""
    assert page.input_value("input[name=latitude]") == ""
    page.click("#draft-discard")
    assert page.input_value("input[name=title]") == ""
    assert page.evaluate("window.localStorage.length") == 0
    page.reload()
    assert page.input_value("input[name=title]") == ""
    context.close()


def test_a_point_an_earlier_page_kept_in_a_draft_is_taken_out_of_it(live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/report")
    old = {"title": "Granaries burned", "latitude": "14.10234", "longitude": "-1.62871"}
    page.evaluate(f"window.localStorage.setItem({DRAFT_KEY!r}, {json.dumps(json.dumps(old))})")

    page.reload()

    assert page.input_value("input[name=title]") == "Granaries burned"
    assert page.input_value("input[name=latitude]") == ""
    stored = page.evaluate("JSON.stringify(Object.assign({}, window.localStorage))")
    assert "Granaries burned" in stored and "14.10234" not in stored
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


PHONE = {"viewport": {"width": 360, "height": 640}, "is_mobile": True, "has_touch": True}


def _fill(page, base: str) -> None:
    page.goto(f"{base}/report")
    page.fill("input[name=title]", "Granaries burned")
    page.fill("textarea[name=text]", TEXT)
    page.select_option("select[name=country]", "BFA")


def test_an_offline_send_is_told_where_the_reporter_is_and_announced(live_server, browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    _fill(page, live_server)
    context.set_offline(True)
    page.click("#report-form button[type=submit]")
    status = page.locator("#send-status")
    assert "You are offline" in status.inner_text()
    assert status.get_attribute("role") == "status"
    assert page.evaluate("document.activeElement.id") == "send-status"
    box = status.bounding_box()
    assert box is not None and 0 <= box["y"] <= 640 - box["height"]
    context.close()


def test_a_restored_draft_may_have_been_sent_and_names_the_files_to_choose_again(
    live_server, browser
):
    context = browser.new_context()
    page = context.new_page()
    _fill(page, live_server)
    page.fill("input[name=source]", "My cousin in Djibo")
    photo = {"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8" + b"0" * 64}
    page.set_input_files("input[name=attachments]", files=[photo])
    stored = page.evaluate("JSON.stringify(Object.assign({}, window.localStorage))")
    assert "Granaries burned" in stored and "My cousin" not in stored
    page.reload()
    message = page.inner_text("#draft-status")
    assert "unsent" not in message and "may not have been sent" in message
    assert "Files you chose (photo.jpg) were not kept: choose them again." in message
    assert page.input_value("input[name=source]") == ""
    context.close()


def test_the_send_button_is_pressed_once(live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    _fill(page, live_server)
    button = page.locator("#report-form button[type=submit]")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box is not None
    posts: list[str] = []
    # The reply does not come (a weak connection) and the reporter taps again. Raw taps: the
    # page's own helpers would wait for the send to finish.
    page.route("**/report", lambda route: posts.append(route.request.method))
    page.mouse.click(box["x"] + 5, box["y"] + 5)
    page.wait_for_timeout(300)
    page.mouse.click(box["x"] + 5, box["y"] + 5)
    page.wait_for_timeout(300)
    assert posts == ["POST"]
    context.close()


def test_logging_out_wipes_the_drafts_on_the_device(live_server, browser):
    from tests.e2e.conftest import login

    context = browser.new_context()
    page = context.new_page()
    login(page, live_server, "/my-reports")
    page.goto(f"{live_server}/report")
    page.fill("input[name=title]", "Granaries burned")
    assert page.evaluate("window.localStorage.length") == 1
    page.click("form[action='/logout'] button")
    page.wait_for_url(f"{live_server}/")
    assert page.evaluate("window.localStorage.length") == 0
    page.goto(f"{live_server}/report")
    assert page.input_value("input[name=title]") == ""
    context.close()


def test_a_send_on_a_slow_connection_says_it_is_under_way(live_server, browser, tmp_path):
    """A report with a photo takes minutes to go on 2G: the page says it is being sent and to
    keep it open, where the reporter is looking, instead of showing nothing."""
    photo = tmp_path / "scene.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 300_000)
    context = browser.new_context()
    page = context.new_page()
    said: list[str] = []
    page.on("console", lambda m: said.append(m.text))
    page.goto(f"{live_server}/report")
    page.fill("input[name=title]", "Granaries burned")
    page.fill("textarea[name=text]", TEXT)
    page.select_option("select[name=country]", "BFA")
    page.set_input_files("input[name=attachments]", str(photo))
    # What the page shows while the send is on its way (the page cannot be read meanwhile).
    page.evaluate(
        """document.addEventListener("submit", function () { setTimeout(function () {
          var s = document.getElementById("send-status");
          console.log("status:" + (s.hidden ? "" : s.textContent)); }, 50); })"""
    )
    page.route("**/report", lambda route: page.wait_for_timeout(300) or route.continue_())
    page.click("#report-form button[type=submit]")
    page.wait_for_url("**/report/thanks/**")
    shown = next(t for t in said if t.startswith("status:"))
    assert "Sending your report (0.3 MB with the files)" in shown
    assert "keep this page open" in shown
    context.close()
