import pytest

from tocsin.coding import registry
from tocsin.coding.base import ReportBatch, Suggestion
from tocsin.coding.pipeline import CodingPipeline
from tocsin.domain.errors import NotFound


def test_builtin_coders_are_registered() -> None:
    assert {"foa", "incitement", "event_type", "places", "language"} <= set(registry.names())


def test_unknown_coder_is_a_clear_error() -> None:
    with pytest.raises(NotFound, match="no coder named 'nope'"):
        registry.create("nope")


class ShoutCoder:
    name = "shout"

    def code(self, batch: ReportBatch) -> list[list[Suggestion]]:
        return [[Suggestion("caps", "capitals", 1.0, (0, 1))] if r.text.isupper() else []
                for r in batch.reports]


def test_a_registered_coder_reaches_the_coding_without_changing_the_pipeline() -> None:
    registry.register("shout")(ShoutCoder)
    try:
        pipeline = CodingPipeline([registry.create("shout")])
        loud, quiet = pipeline.code(["HELP", "help"])
        assert loud.extra["shout"][0]["code"] == "caps"
        assert quiet.extra == {}
    finally:
        registry._FACTORIES.pop("shout")
