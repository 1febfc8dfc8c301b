"""The EWP loader refuses wrong files with a message naming the problem, and never installs one."""

from __future__ import annotations

from pathlib import Path

import httpx
import pandas as pd
import pytest

from tocsin.risk.ewp_data import (
    EWP_FILES,
    EwpDataError,
    fetch,
    load_foos,
    load_panel,
    validate_panel,
)

from .conftest import make_panel


def _write(frame: pd.DataFrame, path: Path) -> Path:
    frame.to_csv(path, index=False)
    return path


def test_valid_panel_loads_sorted_with_numeric_columns(tmp_path: Path) -> None:
    panel = load_panel(_write(make_panel(countries=3, first=1990, last=1995), tmp_path / "p.csv"))
    assert len(panel) == 18
    assert panel["year"].dtype.kind == "i"
    assert panel["coup.try.5yr"].dtype.kind == "f"
    assert list(panel["year"][:2]) == [1990, 1991]


def test_missing_columns_are_named(tmp_path: Path) -> None:
    frame = make_panel(countries=2, first=1990, last=1992).drop(columns=["discrimpop", "mk_onset"])
    with pytest.raises(EwpDataError, match=r"missing column\(s\) discrimpop, mk_onset"):
        load_panel(_write(frame, tmp_path / "p.csv"))


def test_non_numeric_cell_is_named_with_its_line(tmp_path: Path) -> None:
    frame = make_panel(countries=2, first=1990, last=1992)
    frame["efindex"] = frame["efindex"].astype(object)
    frame.loc[4, "efindex"] = "high"
    with pytest.raises(EwpDataError, match=r"efindex \(line 6\)"):
        load_panel(_write(frame, tmp_path / "p.csv"))


def test_outcome_outside_zero_one_is_refused() -> None:
    frame = make_panel(countries=2, first=1990, last=1992)
    frame.loc[1, "mk_onset"] = 3
    with pytest.raises(EwpDataError, match="mk_onset must be 0 or 1"):
        validate_panel(frame)


def test_repeated_country_year_is_refused() -> None:
    frame = make_panel(countries=2, first=1990, last=1992)
    with pytest.raises(EwpDataError, match="repeated country-year"):
        validate_panel(pd.concat([frame, frame.iloc[[0]]]))


def test_missing_predictor_values_are_allowed_as_ewp_drops_those_rows() -> None:
    frame = make_panel(countries=2, first=1990, last=1992)
    frame.loc[0, "gdppcgrowth"] = None
    assert validate_panel(frame)["gdppcgrowth"].isna().sum() == 1


def test_not_a_csv_and_absent_file_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(EwpDataError, match="no such file"):
        load_panel(tmp_path / "absent.csv")
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(EwpDataError, match="not a readable CSV"):
        load_panel(tmp_path / "empty.csv")


def test_foos_file_needs_its_scoring_columns(tmp_path: Path) -> None:
    frame = pd.DataFrame({"year": [1994], "ewp_name": ["A"], "ccode": [1], "mk_onset": [0]})
    with pytest.raises(EwpDataError, match="maxrisk2, minrank2"):
        load_foos(_write(frame, tmp_path / "f.csv"))


def _source(tmp_path: Path, panel: pd.DataFrame) -> Path:
    source = tmp_path / "source"
    source.mkdir(exist_ok=True)
    _write(panel, source / Path(EWP_FILES["panel"]).name)
    return source


def test_fetch_from_local_copy_installs_a_checked_file(tmp_path: Path) -> None:
    source = _source(tmp_path, make_panel(countries=2, first=1990, last=1992))
    [item] = fetch(tmp_path / "dest", source=source, kinds=["panel"])
    assert item.path.parent == tmp_path / "dest"
    assert len(load_panel(item.path)) == 6


def test_a_wrong_file_never_replaces_good_data(tmp_path: Path) -> None:
    good = make_panel(countries=2, first=1990, last=1992)
    [item] = fetch(tmp_path / "dest", source=_source(tmp_path, good), kinds=["panel"])
    before = item.path.read_bytes()
    source = _source(tmp_path, good.drop(columns=["year_sq"]))
    with pytest.raises(EwpDataError, match="year_sq"):
        fetch(tmp_path / "dest", source=source, kinds=["panel"])
    assert item.path.read_bytes() == before
    assert [p.name for p in (tmp_path / "dest").iterdir()] == [item.path.name]


def test_fetch_downloads_raw_files_and_reports_http_failures(tmp_path: Path) -> None:
    body = make_panel(countries=2, first=1990, last=1992).to_csv(index=False).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "raw.githubusercontent.com"
        if request.url.path.endswith(".csv") and "prepared" in request.url.path:
            return httpx.Response(200, content=body)
        return httpx.Response(404)

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        [item] = fetch(tmp_path, kinds=["panel"], client=client)
        assert item.bytes == len(body)
        with pytest.raises(EwpDataError, match="download of .* failed"):
            fetch(tmp_path, kinds=["foos"], client=client)
