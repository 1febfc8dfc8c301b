"""A column mapping file that is not text is refused by name, not a crash (API: a 422)."""

from __future__ import annotations

import pytest

from tocsin.domain.errors import InvalidInput
from tocsin.ingest.mapping import load_mapping


def test_a_mapping_file_that_is_not_utf8_text_is_refused_by_name(tmp_path):
    path = tmp_path / "map.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(InvalidInput, match="map.yaml: not UTF-8 text"):
        load_mapping(path)
