"""Which webhook addresses an analyst may give: https anywhere, http only to this machine, a
real host with no credentials in the address."""

from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.domain.webhooks import new_secret, parse_webhook_url


@pytest.mark.parametrize(
    "url",
    [
        "https://partner.example.org/tocsin",
        "  https://partner.example.org:8443/hooks/alerts?source=tocsin  ",
        "http://127.0.0.1:9000/relay",
        "http://localhost/relay",
    ],
)
def test_accepted(url):
    assert parse_webhook_url(url) == url.strip()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://partner.example.org/tocsin", "use https"),
        ("ftp://partner.example.org/", "use https"),
        ("https://", "not a web address"),
        ("partner.example.org/tocsin", "not a web address"),
        ("https://user:pass@partner.example.org/", "not a web address"),
        ("https://partner.example.org:http/", "not a web address"),
        ("https://partner.example.org/" + "a" * 500, "not a web address"),
    ],
)
def test_refused(url, why):
    with pytest.raises(InvalidInput, match=why):
        parse_webhook_url(url)


def test_each_key_is_new_and_long():
    keys = {new_secret() for _ in range(20)}
    assert len(keys) == 20 and all(len(k) == 64 and int(k, 16) >= 0 for k in keys)
