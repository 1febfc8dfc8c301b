"""The API's documentation page works with no internet: Swagger UI comes from the server."""

from __future__ import annotations

from urllib.parse import urlsplit


def test_api_docs_render_with_every_outside_request_refused(live_server, browser) -> None:
    page = browser.new_page()
    outside: list[str] = []

    def only_loopback(route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.goto(f"{live_server}/api/docs")
    page.wait_for_selector(".opblock-summary-path[data-path='/api/v1/forecasts/onset']")
    assert page.locator(".opblock").count() > 20
    assert page.locator(".swagger-ui .info .title").inner_text().startswith("Tocsin")
    assert outside == []
    page.close()
