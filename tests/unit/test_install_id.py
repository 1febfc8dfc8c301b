"""The installation's own id: made once, kept in the data folder, the same on every read."""

from __future__ import annotations

import uuid

from tocsin.bootstrap import install_id
from tocsin.config import Settings


def test_an_install_keeps_one_id_in_its_data_folder(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", secret_key="k")
    first = install_id(settings)
    assert install_id(settings) == first
    assert uuid.UUID((tmp_path / "data" / "install_id").read_text().strip()) == first
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["install_id"]
    other = Settings(data_dir=tmp_path / "elsewhere", secret_key="k")
    assert install_id(other) != first
