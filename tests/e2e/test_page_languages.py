"""In a real browser set to French: the report form, its scripts' messages (the draft, a file
too large) and the footer's switch to Arabic, which turns the page right to left."""

from __future__ import annotations

import pytest

from tocsin.intake.attachments import MAX_BYTES
from tocsin.web.languages import translations

pytestmark = pytest.mark.browser


def test_a_french_browser_gets_the_form_and_its_scripts_in_french(live_server, browser, tmp_path):
    french = translations("fr").gettext
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(f"{live_server}/report")
    assert page.get_attribute("html", "lang") == "fr"
    assert page.inner_text("button[type=submit] >> nth=-1") == french("Send report")

    page.fill("input[name=title]", "Greniers brûlés")
    saved = french(
        "Draft saved on this device (without your name, contact, source and coordinates)."
    )
    assert (
        saved != "Draft saved on this device (without your name, contact, source and coordinates)."
    )
    assert page.inner_text("#draft-status") == saved

    big = tmp_path / "grenier.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"0" * (MAX_BYTES + 1024))
    page.set_input_files("input[name=attachments]", str(big))
    too_large = french("{name} is over {mb} MB: choose a smaller file.")
    assert page.inner_text("#upload-status") == too_large.format(
        name="grenier.jpg", mb=MAX_BYTES // 1048576
    )

    page.click("footer a[hreflang=ar]")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    page.goto(f"{live_server}/subscribe")  # the choice is kept over the browser's language
    assert page.get_attribute("html", "lang") == "ar"
    context.close()
