"""Alerts by e-mail in a real browser on a phone: subscribe, confirm from the link, unsubscribe
from the link, each page checked with axe-core against WCAG 2.2 AA and best practices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import serving
from tests.e2e.test_accessibility import _violations
from tocsin.alerts.tokens import SubscriptionLinks
from tocsin.store.engine import make_engine
from tocsin.store.uow import Store


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data = tmp_path_factory.mktemp("subscribe")
    with serving(data) as base:
        yield base, data


def test_a_person_subscribes_confirms_and_unsubscribes_from_a_phone(site, browser):
    base, data = site
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    found: dict[str, list[str]] = {}
    page.goto(f"{base}/")
    page.click("footer a[href='/subscribe']")
    found["/subscribe"] = _violations(page)
    page.fill("input[name=email]", "amina@example.org")
    page.select_option("select[name=countries]", ["BFA", "MLI"])
    page.select_option("select[name=min_level]", "serious_concern")
    page.click("#subscribe-form button[type=submit]")
    page.wait_for_url("**/subscribe/sent")
    found["/subscribe/sent"] = _violations(page)

    store = Store(make_engine(f"sqlite:///{data / 'tocsin.sqlite'}"))
    with store.uow() as uow:
        subscriber = uow.subscribers.by_email("amina@example.org")
        assert subscriber is not None and subscriber.status == "unconfirmed"
    links = SubscriptionLinks(base, "e2e-secret")
    page.goto(links.confirm_url(subscriber, ["BFA", "MLI"], "serious_concern"))
    found["confirm"] = _violations(page)
    page.click("main form button[type=submit]")
    page.wait_for_selector("text=Subscription confirmed")
    found["confirmed"] = _violations(page)
    page.goto(links.unsubscribe_url(subscriber))
    found["unsubscribe"] = _violations(page)
    page.click("main form button[type=submit]")
    page.wait_for_selector("h1:has-text('Unsubscribed')")
    found["unsubscribed"] = _violations(page)
    page.close()
    with store.uow() as uow:
        assert uow.subscribers.by_email("amina@example.org").status == "unsubscribed"
    store.dispose()
    assert not any(found.values()), found
