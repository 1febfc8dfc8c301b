"""Read and fetch the Early Warning Project's published country-year files.

The structural forecast is trained on the Early Warning Project (EWP, US Holocaust Memorial
Museum) statistical risk assessment panel. Tocsin does not ship that data: this module reads a
local copy (``--from PATH``) or downloads the published replication files, and checks every file
at the boundary so that a partial or wrong file fails loudly with the bad columns or rows named,
instead of quietly producing a forecast from garbage.

A panel cut at a line boundary is well formed, so it is also checked for coverage: its latest
year must hold about as many countries as the year before, as the copy it would replace and as
EWP's published forecast ranks (`check_coverage`). Otherwise the next forecast would quietly
rank half the world.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import numpy as np
import pandas as pd

from tocsin.domain.errors import InvalidInput

#: The 39 predictors of EWP's 2025 model, in the order of their model script.
PREDICTORS: tuple[str, ...] = (
    "widetargeting", "narrowtargeting", "v2csgender_binary", "v2mecenefm_binary",
    "partyban.new.0", "partyban.new.1", "partyban.new.2", "minorityrule", "judicialreform",
    "religiousfreedom", "pol_killing_approved", "freediscussion", "social_inequality",
    "even_civilrights", "repress_civilsoc", "social_power_dist", "ses_power_dist",
    "popsize.log2", "gdppcgrowth", "un_imr_sqrt", "efindex", "discrimpop", "reg.na", "reg.eap",
    "reg.sca", "reg.mna", "reg.eur", "ios.iccpr1", "battledeaths.log2", "coup.try.5yr",
    "mk_ongoing_count_log2", "mean_mk_onset_interaction", "mk_onset_prev_year", "newcountry",
    "mk_ever", "year_sq", "year", "countryage.new.log2", "includesnonstate",
)  # fmt: skip

#: Outcomes. ``mk_onset``: a state-led mass killing began that year; the others look forward
#: one year, two years, or either (EWP trains on ``mk_onset_1or2``).
OUTCOMES: tuple[str, ...] = ("mk_onset", "mk_onset_1", "mk_onset_2", "mk_onset_1or2")
#: Outcomes that describe years after the row's own year (never usable as inputs).
FORWARD_OUTCOMES: tuple[str, ...] = ("mk_onset_1", "mk_onset_2", "mk_onset_1or2")
ID_COLUMNS: tuple[str, ...] = ("ewp_name", "ccode", "year")
TARGET = "mk_onset_1or2"

#: Columns of EWP's fully-out-of-sample forecast file (FOOSforecasts_*.csv).
FOOS_COLUMNS: tuple[str, ...] = ("year", "ewp_name", "ccode", "mk_onset", "maxrisk2", "minrank2")
#: Columns of EWP's published forecast (final_forecasts_data_*.csv) that Tocsin compares with,
#: besides its two-year risk column, named for the years it forecasts and its data year
#: (``risk.2025and2026.from2024``); each release names its own, and may keep older ones.
PUBLISHED_COLUMNS: tuple[str, ...] = ("ewp_name", "ccode")
_PUBLISHED_RISK = re.compile(r"risk\.(\d{4})and(\d{4})\.from(\d{4})")


def published_risk_column(data_year: int, horizon: int = 2) -> str:
    """EWP's name for the risk of an onset in the `horizon` years after `data_year`."""
    return f"risk.{data_year + 1}and{data_year + horizon}.from{data_year}"


def published_risk_columns(frame: pd.DataFrame) -> list[str]:
    """A published forecast's two-year risk columns, latest data year first."""
    found = [str(c) for c in frame.columns if _PUBLISHED_RISK.fullmatch(str(c))]
    return sorted(found, key=lambda c: int(c.rsplit("from", 1)[1]), reverse=True)


#: The published replication files (EWP repository, 2025 assessment). Downloads default to the
#: commit Tocsin's benchmark was measured on, so a later change upstream cannot shift the figures.
EWP_REPOSITORY = "EarlyWarningProject/2025-Statistical-Risk-Assessment"
EWP_COMMIT = "548cad77147d54cb59e529e7d390a6a7bdfe83b5"
EWP_FILES: dict[str, str] = {
    "panel": "3.Modeling/prepared2024predictors-2025-09-03.csv",
    "foos": "3.Modeling/FOOSforecasts_3Sep2025.csv",
    "published": "3.Modeling/final_forecasts_data_3Sep2025.csv",
    "coefficients": "3.Modeling/coefficients_3Sep2025.csv",
}


def fetched_path(kind: str, data_dir: Path) -> Path:
    """Where `tocsin data fetch ewp` keeps a file of this kind in a data folder."""
    return Path(data_dir) / "ewp" / Path(EWP_FILES[kind]).name


#: A panel whose latest year holds fewer than this share of the countries it is compared with
#: is refused: a year or two of new or dissolved states is normal, half the world missing not.
MIN_COVERAGE = 0.9

_BINARY = ("mk_onset", "mk_onset_1", "mk_onset_2", "mk_onset_1or2")
_MAX_LISTED = 8


class EwpDataError(InvalidInput):
    """An EWP-format file is missing columns, has values of the wrong type, or is not a file."""


def _listed(items: Sequence[object]) -> str:
    shown = ", ".join(str(i) for i in items[:_MAX_LISTED])
    more = len(items) - _MAX_LISTED
    return shown + (f" and {more} more" if more > 0 else "")


def _read_csv(path: Path, what: str) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise EwpDataError(f"{what}: no such file: {path}")
    try:
        frame = pd.read_csv(path, na_values=["NA"], keep_default_na=True)
    except UnicodeDecodeError as exc:
        raise EwpDataError(f"{what}: {path} is not UTF-8 text ({_bad_byte(path, exc)})") from exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise EwpDataError(f"{what}: {path} is not a readable CSV file ({exc})") from exc
    return frame.drop(columns=[c for c in frame.columns if str(c).startswith("Unnamed")])


def _bad_byte(path: Path, exc: UnicodeDecodeError) -> str:
    """Where the first byte that is not UTF-8 is, by line: the parser's own position counts
    from the start of a buffer, not of the file. Save such a file as UTF-8 and try again."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as found:
        line = data.count(b"\n", 0, found.start) + 1
        return f"line {line} has byte 0x{data[found.start]:02x}; save it as UTF-8"
    return str(exc)


def _require_columns(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise EwpDataError(f"{what}: missing column(s) {_listed(missing)}")


def _require_numeric(frame: pd.DataFrame, columns: Iterable[str], what: str) -> pd.DataFrame:
    """Coerce columns to float; name every column whose cells are not numbers, with rows."""
    out = frame.copy()
    problems: list[str] = []
    for column in columns:
        values = pd.to_numeric(out[column], errors="coerce")
        # An infinite value is no measurement either (a division by zero upstream).
        bad = (values.isna() & out[column].notna()) | np.isinf(values)
        if bad.any():
            rows = [int(i) + 2 for i in np.flatnonzero(bad.to_numpy())]  # +2: header, 1-based
            problems.append(f"{column} (line {_listed(rows)})")
        out[column] = values.astype(float)
    if problems:
        raise EwpDataError(f"{what}: non-numeric or infinite values in {_listed(problems)}")
    return out


def _require_complete(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    for column in columns:
        gaps = frame[column].isna().to_numpy()
        if gaps.any():
            rows = [int(i) + 2 for i in np.flatnonzero(gaps)]
            raise EwpDataError(f"{what}: column {column} is empty on line {_listed(rows)}")


def _require_binary(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    for column in columns:
        values = frame[column]
        bad = values.notna() & ~values.isin([0.0, 1.0])
        if bad.any():
            rows = [int(i) + 2 for i in np.flatnonzero(bad.to_numpy())]
            raise EwpDataError(f"{what}: column {column} must be 0 or 1 (line {_listed(rows)})")


def validate_panel(frame: pd.DataFrame, what: str = "EWP panel") -> pd.DataFrame:
    """Check an EWP-format country-year panel and return it with numeric columns as floats.

    Missing predictor values are allowed (EWP drops incomplete rows, as Tocsin does), but a cell
    that is present must be a number, ids must be complete and (country, year) unique.
    """
    _require_columns(frame, (*ID_COLUMNS, *PREDICTORS, *OUTCOMES), what)
    out = _require_numeric(frame, ("ccode", *PREDICTORS, *OUTCOMES), what)
    _require_complete(out, (*ID_COLUMNS, "mk_onset"), what)
    _require_binary(out, _BINARY, what)
    out["ewp_name"] = out["ewp_name"].astype(str)
    out["year"] = out["year"].astype(int)
    out["ccode"] = out["ccode"].astype(int)
    dupes = out.duplicated(["ewp_name", "year"], keep=False)
    if dupes.any():
        pairs = out.loc[dupes, ["ewp_name", "year"]].drop_duplicates().itertuples(index=False)
        raise EwpDataError(f"{what}: repeated country-year(s) {_listed([tuple(p) for p in pairs])}")
    if out.empty:
        raise EwpDataError(f"{what}: the file has a header but no rows")
    return out.sort_values(["ewp_name", "year"], kind="mergesort").reset_index(drop=True)


def load_panel(path: str | Path, shown: str | None = None) -> pd.DataFrame:
    """Read EWP's prepared country-year panel (``prepared<year>predictors-*.csv``); errors
    name the file as `shown` (default: its path)."""
    what = f"EWP panel {shown or path}"
    return validate_panel(_read_csv(Path(path), what), what)


def _latest_year(panel: pd.DataFrame) -> tuple[int, set[str]]:
    """A panel's last year and the countries it has in that year."""
    year = int(panel["year"].max())
    return year, set(panel.loc[panel["year"] == year, "ewp_name"])


def _too_few(have: int, against: int) -> bool:
    return have < MIN_COVERAGE * against


def _coverage_problems(
    panel: pd.DataFrame, replaced: pd.DataFrame | None, published: pd.DataFrame | None
) -> list[str]:
    year, countries = _latest_year(panel)
    previous = set(panel.loc[panel["year"] == year - 1, "ewp_name"])
    problems = []
    if previous and _too_few(len(countries), len(previous)):
        problems.append(f"{year - 1} has {len(previous)}")
    if replaced is not None:
        old_year, old = _latest_year(replaced)
        if old_year > year or _too_few(len(countries), len(old)):
            problems.append(f"the copy it would replace has {len(old)} in {old_year}")
    if published is not None:
        ranked = set(published["ewp_name"])
        if _too_few(len(ranked & countries), len(ranked)):
            problems.append(
                f"EWP's published forecast ranks {len(ranked)}, "
                f"{len(ranked - countries)} of them missing here"
            )
    return problems


def check_coverage(
    panel: pd.DataFrame,
    replaced: pd.DataFrame | None = None,
    published: pd.DataFrame | None = None,
    what: str = "EWP panel",
) -> None:
    """Refuse a panel whose latest year covers far fewer countries than its previous year, the
    copy it would replace, or EWP's published forecast: a truncated file that is still valid
    CSV would otherwise replace good data and halve the next forecast."""
    problems = _coverage_problems(panel, replaced, published)
    if problems:
        year, countries = _latest_year(panel)
        raise EwpDataError(
            f"{what}: only {len(countries)} countries in {year}, its latest year, but "
            + "; ".join(problems)
            + ". A truncated file? Nothing was installed; the copies in place are kept "
            "(`--accept-fewer-countries` installs it all the same)."
        )


def load_foos(path: str | Path, shown: str | None = None) -> pd.DataFrame:
    """Read EWP's fully-out-of-sample forecast file (``FOOSforecasts_*.csv``)."""
    what = f"EWP FOOS file {shown or path}"
    frame = _read_csv(Path(path), what)
    _require_columns(frame, FOOS_COLUMNS, what)
    numeric = [c for c in frame.columns if c != "ewp_name"]
    out = _require_numeric(frame, numeric, what)
    _require_complete(out, ("year", "ewp_name", "mk_onset"), what)
    _require_binary(out, ("mk_onset",), what)
    out["year"] = out["year"].astype(int)
    out["ewp_name"] = out["ewp_name"].astype(str)
    return out


def load_published(path: str | Path, shown: str | None = None) -> pd.DataFrame:
    """Read EWP's published forecast (``final_forecasts_data_*.csv``)."""
    what = f"EWP published forecast {shown or path}"
    frame = _read_csv(Path(path), what)
    _require_columns(frame, PUBLISHED_COLUMNS, what)
    risks = published_risk_columns(frame)
    if not risks:
        raise EwpDataError(
            f"{what}: no two-year risk column (named like {published_risk_column(2024)})"
        )
    out = _require_numeric(frame, ("ccode", *risks), what)
    # The release's own forecast (its latest data year) must be complete; older columns a
    # release keeps for comparison may lack countries that did not exist then.
    _require_complete(out, (*PUBLISHED_COLUMNS, risks[0]), what)
    out["ewp_name"] = out["ewp_name"].astype(str)
    return out


_VALIDATORS = {"panel": load_panel, "foos": load_foos, "published": load_published}


@dataclass(frozen=True)
class FetchedFile:
    kind: str
    path: Path
    bytes: int


def raw_url(relative: str, ref: str = EWP_COMMIT) -> str:
    return f"https://raw.githubusercontent.com/{EWP_REPOSITORY}/{ref}/{relative}"


def fetch(
    dest: str | Path,
    *,
    source: str | Path | None = None,
    kinds: Sequence[str] = ("panel", "foos", "published", "coefficients"),
    ref: str = EWP_COMMIT,
    client: httpx.Client | None = None,
    accept_fewer_countries: bool = False,
) -> list[FetchedFile]:
    """Download (or copy from ``source``) EWP's replication files into ``dest``.

    All or nothing: every file is first written to a temporary name and checked (a new panel
    against the published forecast fetched with it, or the one in place), and only when all
    pass are they renamed over the old copies. A failed download or one wrong file leaves
    every copy in place, so a panel never sits beside a published forecast from another
    release. A panel must also cover about as many countries as the copy it replaces and the
    published forecast (`check_coverage`), unless `accept_fewer_countries`.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    unknown = [k for k in kinds if k not in EWP_FILES]
    if unknown:
        raise EwpDataError(f"unknown EWP file kind(s) {_listed(unknown)}; known: {list(EWP_FILES)}")
    owned = client is None
    http = client or httpx.Client(timeout=60.0, follow_redirects=True)
    staged: list[tuple[FetchedFile, Path]] = []
    try:
        frames: dict[str, pd.DataFrame] = {}
        # The published forecast is checked first, so that the panel is checked against it.
        for kind in sorted(kinds, key=_CHECK_ORDER.index):
            name = Path(EWP_FILES[kind]).name
            content, shown = _obtain(kind, name, source, ref, http)
            temporary = _stage(dest, name, content)
            staged.append((FetchedFile(kind=kind, path=dest / name, bytes=len(content)), temporary))
            frame = _check(dest, kind, temporary, shown, frames, accept_fewer_countries)
            if frame is not None:
                frames[kind] = frame
        for fetched, temporary in staged:
            os.replace(temporary, fetched.path)
    except BaseException:
        for _, temporary in staged:
            temporary.unlink(missing_ok=True)
        raise
    finally:
        if owned:
            http.close()
    return [fetched for fetched, _ in staged]


#: Checked in this order, so a panel is checked against the published forecast it comes with.
_CHECK_ORDER = ("published", "panel", "foos", "coefficients")


def _stage(dest: Path, name: str, content: bytes) -> Path:
    """The file's bytes under a temporary name beside the copy they would replace."""
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=dest)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _check(
    dest: Path,
    kind: str,
    temporary: Path,
    shown: str,
    fetched: dict[str, pd.DataFrame],
    accept_fewer: bool,
) -> pd.DataFrame | None:
    validator = _VALIDATORS.get(kind)
    if validator is None:
        return None
    frame = validator(temporary, shown)
    if kind == "panel" and not accept_fewer:
        published = fetched.get("published")
        check_coverage(
            frame,
            _installed(dest, "panel"),
            published if published is not None else _installed(dest, "published"),
            f"EWP panel {shown}",
        )
    return frame


def _obtain(
    kind: str, name: str, source: str | Path | None, ref: str, http: httpx.Client
) -> tuple[bytes, str]:
    """The file's bytes and the name to give it in messages (its path or URL)."""
    if source is not None:
        local = Path(source) / name
        if not local.is_file():
            raise EwpDataError(f"{kind}: {local} does not exist")
        return local.read_bytes(), str(local)
    url = raw_url(EWP_FILES[kind], ref)
    try:
        response = http.get(url)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise EwpDataError(f"{kind}: download of {url} failed ({exc})") from exc
    return response.content, url


def _installed(dest: Path, kind: str) -> pd.DataFrame | None:
    """The copy of a file already in `dest`, if there is a readable one."""
    path = dest / Path(EWP_FILES[kind]).name
    if not path.is_file():
        return None
    try:
        return _VALIDATORS[kind](path, None)
    except EwpDataError:
        return None
