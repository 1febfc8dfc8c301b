"""The filters pages use to tell a message made elsewhere in the reader's language."""

from __future__ import annotations

from tocsin.web.languages import speaking
from tocsin.web.templating import templates

translated = templates.env.filters["translated"]


def test_a_message_made_elsewhere_is_told_in_the_readers_language() -> None:
    with speaking("fr"):
        assert translated("civilian deaths") == "civils tués"
        assert translated("a phrase no catalog holds, 100% as written") == (
            "a phrase no catalog holds, 100% as written"
        )


def test_an_empty_message_stays_empty_not_the_catalogs_header() -> None:
    """A driver stored without words must not read "Project-Id-Version: Tocsin..."."""
    with speaking("fr"):
        assert translated("") == ""
        assert translated(None) == "None"
