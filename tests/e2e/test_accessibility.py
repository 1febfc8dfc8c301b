"""Every kind of page, as the public, an analyst and an admin see it, checked with axe-core.

Monitors and members of the public report from phones, with screen readers, in poor light;
analysts work through long queues with the keyboard. axe-core (run in the real browser, from
the copy bundled in its Python package, offline) checks each page against the WCAG 2.2 A and
AA rules and its best practices: labels, contrast, landmarks, headings, names of links and
buttons, language, and more. Pages are scanned with the demo scenario's data in them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import login, serving

RULES = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    }
}


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(tmp_path_factory.mktemp("demo"), demo=True) as base:
        yield base


def _violations(page) -> list[str]:
    result = Axe().run(page, options=RULES).response
    assert result["passes"], "axe-core did not run"
    return [
        f"{v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
    ]


def _first_link(page, prefix: str) -> str:
    links = page.eval_on_selector_all(
        f"a[href^='{prefix}']", "els => els.map(e => e.getAttribute('href'))"
    )
    assert links, f"no link to {prefix}* on {page.url}"
    return links[0]


def test_public_pages_meet_wcag_aa_on_a_phone(demo_server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    found: dict[str, list[str]] = {}
    # Every file a page asks for (styles, scripts, its icon) is there, and no script fails: a
    # phone on a slow connection should not spend a request on a missing file.
    missing: list[str] = []

    def complain(message) -> None:
        if message.type == "error":
            missing.append(f"{message.text} on {page.url}")

    page.on("console", complain)
    for path in ("/", "/report", "/login", "/forecasts", "/forecasts/escalation"):
        page.goto(f"{demo_server}{path}")
        found[path] = _violations(page)
    page.goto(demo_server)
    situation = _first_link(page, "/situations/")
    page.goto(f"{demo_server}{situation}")
    found[situation] = _violations(page)
    page.goto(f"{demo_server}{situation}/brief")
    found[f"{situation}/brief"] = _violations(page)
    # The demo's survey form, in Arabic: its own words, right to left.
    page.goto(f"{demo_server}/report?form=incident&lang=ar")
    assert "من هاجم؟" in page.inner_text("#custom-fields")
    found["/report?form=incident&lang=ar"] = _violations(page)
    page.close()
    assert not any(found.values()), found
    assert not missing, missing


def test_analyst_and_admin_pages_meet_wcag_aa(demo_server, browser):
    page = browser.new_page()
    found: dict[str, list[str]] = {}
    login(page, demo_server, "/review")
    found["/review"] = _violations(page)
    report = _first_link(page, "/review/")
    page.goto(f"{demo_server}{report}")
    found[report] = _violations(page)
    for path in ("/my-reports", "/forecasts", "/forecasts/escalation", "/imports", "/account"):
        page.goto(f"{demo_server}{path}")
        found[path] = _violations(page)
    page.goto(demo_server)
    situation = _first_link(page, "/situations/")  # with the level's forms and following
    page.goto(f"{demo_server}{situation}")
    found[f"{situation} (analyst)"] = _violations(page)
    page.goto(f"{demo_server}/review?followed=1")
    found["/review?followed=1"] = _violations(page)
    page.context.clear_cookies()
    login(page, demo_server, "/admin/forms", email="admin@example.org")
    found["/admin/forms"] = _violations(page)
    page.close()
    assert not any(found.values()), found
