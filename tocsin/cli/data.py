"""`tocsin data fetch`: bring published reference datasets into the data folder.

Each dataset is downloaded from its publisher (or copied from a local folder with ``--from``),
checked, and only then put in place, so a failed or partial download never replaces good data.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tocsin.cli.console import command_console
from tocsin.cli.errors import friendly_files
from tocsin.risk.ewp_data import EWP_COMMIT
from tocsin.risk.ewp_data import fetch as fetch_ewp

app = typer.Typer(help="Fetch published reference datasets.", no_args_is_help=True)
console = command_console()


@app.callback()
def data() -> None:
    """Fetch published reference datasets into the data folder."""


class Dataset(StrEnum):
    #: The Early Warning Project's country-year panel, forecasts and coefficients.
    ewp = "ewp"


@app.command()
@friendly_files
def fetch(
    dataset: Annotated[Dataset, typer.Argument(help="which dataset")],
    dest: Annotated[
        Path | None,
        typer.Option(help="folder to write into (default: TOCSIN_DATA_DIR/<dataset>)"),
    ] = None,
    source: Annotated[
        Path | None, typer.Option("--from", help="copy from this local folder instead")
    ] = None,
    ref: Annotated[
        str, typer.Option(help="git ref of EWP's repository (default: the benchmarked commit)")
    ] = EWP_COMMIT,
    accept_fewer_countries: Annotated[
        bool,
        typer.Option(
            "--accept-fewer-countries",
            help="install a panel even if its latest year covers far fewer countries than "
            "the copy it replaces or the published forecast",
        ),
    ] = False,
) -> None:
    """Download a dataset's published files (or copy a local set), checking each before use."""
    from tocsin.config import get_settings

    target = dest if dest is not None else get_settings().data_dir / dataset.value
    fetched = fetch_ewp(
        target, source=source, ref=ref, accept_fewer_countries=accept_fewer_countries
    )
    for item in fetched:
        console.print(f"{item.kind}: {item.path} ({item.bytes:,} bytes)")
