"""A panel cut at a line boundary is valid CSV; its coverage gives it away, and it is refused.

Truncated to its first 5,000 lines, EWP's panel holds 88 of its 168 countries in every year;
installed, it replaced the good copy and the next forecast ranked half the world.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from tocsin.cli import data as data_cli
from tocsin.risk.ewp_data import EWP_FILES, EwpDataError, check_coverage, fetch

from .conftest import make_panel

PANEL = Path(EWP_FILES["panel"]).name
PUBLISHED = Path(EWP_FILES["published"]).name


def _folder(path: Path, panel: pd.DataFrame, published: pd.DataFrame | None = None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    panel.to_csv(path / PANEL, index=False)
    if published is not None:
        published.to_csv(path / PUBLISHED, index=False)
    return path


def _published(panel: pd.DataFrame) -> pd.DataFrame:
    last = panel[panel["year"] == panel["year"].max()]
    return pd.DataFrame(
        {
            "ewp_name": last["ewp_name"],
            "ccode": last["ccode"],
            "risk.2025and2026.from2024": 0.01,
        }
    )


def _first_countries(panel: pd.DataFrame, n: int) -> pd.DataFrame:
    """The panel cut after its first n countries, as a truncated download is."""
    keep = sorted(panel["ewp_name"].unique())[:n]
    return panel[panel["ewp_name"].isin(keep)]


def test_a_truncated_panel_never_replaces_the_good_copy(tmp_path: Path) -> None:
    good = make_panel(countries=20, first=2015, last=2024)
    dest = tmp_path / "dest"
    fetch(dest, source=_folder(tmp_path / "good", good), kinds=["panel"])
    before = (dest / PANEL).read_bytes()
    cut = _folder(tmp_path / "cut", _first_countries(good, 11))

    with pytest.raises(EwpDataError) as refused:
        fetch(dest, source=cut, kinds=["panel"])

    message = str(refused.value)
    assert "only 11 countries in 2024" in message
    assert "the copy it would replace has 20 in 2024" in message
    assert str(cut / PANEL) in message and ".part" not in message
    assert (dest / PANEL).read_bytes() == before
    assert sorted(p.name for p in dest.iterdir()) == [PANEL]


def test_a_first_fetch_is_checked_against_the_published_forecast_it_comes_with(
    tmp_path: Path,
) -> None:
    good = make_panel(countries=20, first=2015, last=2024)
    source = _folder(tmp_path / "cut", _first_countries(good, 11), _published(good))
    with pytest.raises(EwpDataError, match="published forecast ranks 20, 9 of them missing"):
        fetch(tmp_path / "dest", source=source, kinds=["panel", "published"])
    assert not (tmp_path / "dest" / PANEL).exists()


def test_a_latest_year_far_thinner_than_the_one_before_is_refused() -> None:
    panel = make_panel(countries=20, first=2015, last=2024)
    thin = panel[(panel["year"] < 2024) | panel["ewp_name"].isin(["Country 00", "Country 01"])]
    with pytest.raises(EwpDataError, match="only 2 countries in 2024.*2023 has 20"):
        check_coverage(thin)


def test_a_country_or_two_fewer_is_a_normal_release() -> None:
    panel = make_panel(countries=20, first=2015, last=2024)
    check_coverage(_first_countries(panel, 19), replaced=panel, published=_published(panel))


def _whole_set(path: Path, panel: pd.DataFrame, published: pd.DataFrame) -> str:
    """A folder with the four files `tocsin data fetch ewp` copies."""
    _folder(path, panel, published)
    foos = pd.DataFrame(
        {"year": [2020], "ewp_name": ["Country 00"], "ccode": [100], "mk_onset": [0]}
        | {"maxrisk2": [0.1], "minrank2": [3]}
    )
    foos.to_csv(path / Path(EWP_FILES["foos"]).name, index=False)
    (path / Path(EWP_FILES["coefficients"]).name).write_text("name,value\nx,1\n")
    return str(path)


def test_the_command_refuses_and_can_be_told_to_accept(tmp_path: Path) -> None:
    good = make_panel(countries=20, first=2015, last=2024)
    dest = str(tmp_path / "dest")
    runner = CliRunner()
    fetch_from = ["fetch", "ewp", "--dest", dest, "--from"]
    first = runner.invoke(
        data_cli.app, [*fetch_from, _whole_set(tmp_path / "g", good, _published(good))]
    )
    assert first.exit_code == 0, first.output
    cut = _whole_set(tmp_path / "c", _first_countries(good, 11), _published(good))

    refused = runner.invoke(data_cli.app, [*fetch_from, cut])
    assert refused.exit_code == 2 and "--accept-fewer-countries" in refused.output
    assert pd.read_csv(Path(dest) / PANEL)["ewp_name"].nunique() == 20

    forced = runner.invoke(data_cli.app, [*fetch_from, cut, "--accept-fewer-countries"])
    assert forced.exit_code == 0, forced.output
    assert pd.read_csv(Path(dest) / PANEL)["ewp_name"].nunique() == 11


def _installed(tmp_path: Path) -> tuple[pd.DataFrame, Path, dict[str, bytes]]:
    """A good panel and published forecast installed, and the bytes of every file in place."""
    good = make_panel(countries=20, first=2015, last=2024)
    dest = tmp_path / "dest"
    fetch(dest, source=_folder(tmp_path / "good", good, _published(good)),
          kinds=["panel", "published"])  # fmt: skip
    return good, dest, {p.name: p.read_bytes() for p in dest.iterdir()}


def test_a_fetch_with_one_bad_file_replaces_none_of_the_others(tmp_path: Path) -> None:
    """All or nothing: a new published forecast is not installed beside the old panel when the
    FOOS file fetched with it is refused (EWP ranks came from a file whose fetch failed)."""
    good, dest, before = _installed(tmp_path)
    changed = _published(good).assign(**{"risk.2025and2026.from2024": 0.5})
    source = _folder(tmp_path / "new", good, changed)
    foos = Path(EWP_FILES["foos"]).name
    (source / foos).write_text("year,ewp_name,ccode,mk_onset,maxrisk2,minrank2\n1994,A,1,0,x,1\n")

    with pytest.raises(EwpDataError, match="maxrisk2"):
        fetch(dest, source=source, kinds=["panel", "published", "foos"])

    assert {p.name: p.read_bytes() for p in dest.iterdir()} == before


def test_a_refused_panel_keeps_the_published_forecast_in_place(tmp_path: Path) -> None:
    """The panel is checked against the new published forecast in memory: refusing it leaves
    the old published forecast installed, not the new one."""
    good, dest, before = _installed(tmp_path)
    changed = _published(good).assign(**{"risk.2025and2026.from2024": 0.5})
    cut = _folder(tmp_path / "cut", _first_countries(good, 11), changed)

    with pytest.raises(EwpDataError, match="only 11 countries"):
        fetch(dest, source=cut, kinds=["panel", "published"])

    assert {p.name: p.read_bytes() for p in dest.iterdir()} == before


def test_ewps_next_release_with_its_own_column_is_accepted(tmp_path: Path) -> None:
    """EWP's next release names its column for its data year (risk.2026and2027.from2025)."""
    good = make_panel(countries=20, first=2015, last=2025)
    last = good[good["year"] == 2025]
    published = pd.DataFrame(
        {"ewp_name": last["ewp_name"], "ccode": last["ccode"], "risk.2026and2027.from2025": 0.01}
    )
    dest = tmp_path / "dest"
    fetched = fetch(dest, source=_folder(tmp_path / "new", good, published),
                    kinds=["panel", "published"])  # fmt: skip
    assert sorted(f.kind for f in fetched) == ["panel", "published"]
