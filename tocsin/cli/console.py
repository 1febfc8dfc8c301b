"""The console the commands print to.

Rich sizes tables to the terminal, and to 80 columns when the output goes to a file or another
program, where it cuts headers and cells ("Bri…", "0.308 …"). A table piped into a report or a
log must keep every figure, so off a terminal the width is generous instead.
"""

from __future__ import annotations

import sys

from rich.console import Console

#: Columns when not printing to a terminal: wide enough for the widest table (the forecast
#: evaluation) without cutting a cell.
PIPED_WIDTH = 200


def command_console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, width=None if stream.isatty() else PIPED_WIDTH)
