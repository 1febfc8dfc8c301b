"""A panel file DuckDB cannot read (a full disk, a copy taken mid-write) is not a dead end:
the panels are derived from the events, and `tocsin import panels` builds them again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.ingest.layouts import acled_row, write_acled
from tocsin.ingest.panel_lock import PanelsUnavailable
from tocsin.ingest.panels import PanelStore
from tocsin.ingest.pipeline import import_file
from tocsin.store.uow import Store


def _corrupt(path: Path) -> None:
    """Overwrite a block past the header, as a torn write would."""
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x5a" * 8192)


def test_a_rebuild_replaces_a_corrupt_panel_file(
    sqlite_store: Store, panels: PanelStore, tmp_path: Path
) -> None:
    rows = [acled_row("BEN1"), acled_row("BEN2")]
    import_file(sqlite_store, "acled", write_acled(tmp_path / "ben.csv", rows), panels=panels)
    _corrupt(panels.path)
    with pytest.raises(PanelsUnavailable, match="tocsin import panels"):
        panels.refresh(sqlite_store, {("BEN", "2022-12")})

    assert panels.rebuild(sqlite_store) > 0

    frame = panels.read("country_month")
    assert int(frame["events"].sum()) == 2
    assert not panels.path.with_name("panels.duckdb.rebuilding").exists()
