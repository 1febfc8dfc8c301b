"""The real EWP forecast, kept by the command line, read by an analyst in the browser, who puts
a ranked country under watch from the ranking."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import login, serving
from tests.shared_data import shared_file

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def forecast_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("forecast")
    with serving(data_dir) as base:
        env = dict(os.environ, TOCSIN_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1")
        subprocess.run(
            [
                *(sys.executable, "-m", "tocsin.cli", "forecast", "run"),
                *("--data", str(shared_file("ewp/prepared2024predictors-2025-09-03.csv"))),
                *("--published", str(shared_file("ewp/final_forecasts_data_3Sep2025.csv"))),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        yield base


def test_an_analyst_opens_a_situation_from_the_ranking(forecast_server, browser) -> None:
    page = browser.new_page()
    login(page, forecast_server, "/review")  # a page that asks for a login first
    page.goto(f"{forecast_server}/forecasts")
    shown = re.search(r"1–50 of (\d+)", page.inner_text("#ranking-range"))
    assert shown and int(shown.group(1)) > 100
    assert "Early Warning Project's published ranking" in page.inner_text("#ewp-agreement")
    button = page.locator("#ranking button", has_text="Open a situation").first
    country = button.get_attribute("aria-label").removeprefix("Open a situation for ")
    button.click()
    page.wait_for_url("**/situations/*")
    assert page.inner_text("h1") == country
    assert "opened for watch by an analyst" in page.inner_text("#history")
    page.goto(f"{forecast_server}/forecasts?country={country}")
    assert page.locator("#ranking .level").count() == 1  # under watch now, linked
    page.close()
