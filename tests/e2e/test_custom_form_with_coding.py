"""In a real browser: an administrator defines a survey form; a member of the public fills it
in French with a location and a photo; an analyst sees the automatic coding suggestions, the
answers in the form's default words, and verifies."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import login
from tocsin.coding.event_rules import EVENT_TYPES

pytestmark = pytest.mark.browser

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
FIELDS = [
    {"name": "where", "label": "Exact location", "kind": "location", "required": True},
    {
        "name": "attackers",
        "label": "Who attacked?",
        "labels": {"fr": "Qui a attaqué ?"},
        "kind": "choice",
        "choices": ["security forces", "militia", "unknown"],
        "choice_labels": {"fr": ["forces de sécurité", "milice", "inconnu"]},
    },
    {"name": "photo", "label": "Photo", "kind": "file"},
]
TEXT = (
    "At the market in Djibo a militia leader told the crowd that the Fulani are cockroaches "
    "and must be driven out of the town."
)


def test_custom_form_location_attachment_and_coding_suggestions(live_server, browser):
    admin = browser.new_context().new_page()
    login(admin, live_server, "/admin/forms", email="admin@example.org")
    admin.fill("input[name=key]", "incident")
    admin.fill("input[name=title]", "Incident report")
    admin.fill("textarea[name=fields]", json.dumps(FIELDS))
    admin.click("form[action='/admin/forms'] button[type=submit]")
    assert "Incident report" in admin.inner_text("#forms")

    public = browser.new_context().new_page()
    public.goto(f"{live_server}/report?form=incident&lang=fr")
    assert "Qui a attaqué ?" in public.inner_text("#custom-fields")
    public.fill("input[name=title]", "Militia threatens Fulani traders")
    public.fill("textarea[name=text]", TEXT)
    public.select_option("select[name=country]", "BFA")
    public.fill("input[name=where__lat]", "14.102")
    public.fill("input[name=where__lon]", "-1.627")
    public.fill("input[name=where__name]", "Djibo market")
    public.select_option("select[name=attackers]", label="milice")
    public.set_input_files(
        "input[name=photo]", files=[{"name": "market.png", "mimeType": "image/png", "buffer": PNG}]
    )
    public.click("#report-form button[type=submit]")
    public.wait_for_url("**/report/thanks/**")

    page = browser.new_context().new_page()
    login(page, live_server, "/review")
    page.click("text=Militia threatens Fulani traders")
    for _ in range(60):  # the worker codes the report in the background
        if page.locator("#coding").count():
            break
        page.wait_for_timeout(1000)
        page.reload()
    coding = page.inner_text("#coding")
    assert "incitement" in coding and "8.7" in page.inner_text("#suggestions")
    assert "14.102, -1.627 (Djibo market)" in page.inner_text("#answers")
    assert "militia" in page.inner_text("#answers") and "milice" not in page.inner_text("#answers")
    assert "market.png" in page.inner_text("#attachments")
    assert page.locator("input[name=indicators][value='8.7']").is_checked()
    shown = page.inner_text("#suggested-event-type")
    assert shown.split(" (")[0] in EVENT_TYPES, "the event type is shown by name, not as raw data"
    # The text names no act of violence the keyword rules know: their answer is shown as a
    # guess and not pre-selected, so the analyst chooses.
    assert "no cue in the text" in shown
    assert page.input_value("select[name=event_type]") == ""
    assert page.locator("input[name=incitement][value=present]").is_checked()
    assert "Fulani" in page.input_value("input[name=incitement_target]")
    page.fill("input[name=incitement_target]", "Fulani traders")

    page.click("button[value=verify]")
    page.wait_for_selector("#status")
    assert page.inner_text("#status") == "verified"
    assert "8.7" in page.inner_text("#report-signals")
    answers = page.inner_text("#decisions")
    assert "present, targeting Fulani traders (suggested: present)" in answers
    assert "Language: English" in answers
