"""`tocsin serve --port 9000` with the default TOCSIN_BASE_URL would mail links to port 8000:
the server says so as it starts."""

from __future__ import annotations

from tocsin.cli.serving import base_url_warning


def test_serving_on_another_port_than_the_base_url_names_is_warned():
    said = base_url_warning("http://127.0.0.1:8000", "127.0.0.1", 9000)
    assert said is not None
    assert "http://127.0.0.1:9000" in said and "TOCSIN_BASE_URL" in said


def test_a_base_url_that_matches_the_port_served_is_quiet():
    assert base_url_warning("http://127.0.0.1:9000", "127.0.0.1", 9000) is None
    assert base_url_warning("http://localhost", "127.0.0.1", 80) is None


def test_a_public_base_url_behind_a_proxy_is_quiet():
    assert base_url_warning("https://ew.example.org", "127.0.0.1", 8000) is None
