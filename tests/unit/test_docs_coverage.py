"""A newcomer learns Tocsin from README.md and docs/: every setting and every command is
named there, and every TOCSIN_* variable the docs name is one Tocsin reads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer

from tocsin.cli.main import app
from tocsin.config import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = README + "".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("docs/*.md")))


def _configuration_table() -> str:
    return README.split("## Configuration", 1)[1].split("\n## ", 1)[0]


def test_every_setting_is_in_the_readme_configuration_table():
    table = _configuration_table()
    variables = [f"TOCSIN_{name.upper()}" for name in Settings.model_fields]
    missing = [variable for variable in variables if variable not in table]
    assert missing == []


def test_every_variable_the_docs_name_is_a_setting():
    named = set(re.findall(r"TOCSIN_[A-Z0-9_]*[A-Z0-9]", DOCS))
    known = {f"TOCSIN_{name.upper()}" for name in Settings.model_fields}
    assert named - known == set()


def _commands(group: Any, prefix: str) -> list[str]:
    out = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):  # a family of commands
            out += _commands(command, f"{prefix} {name}")
        else:
            out.append(f"{prefix} {name}")
    return out


def test_every_command_is_documented():
    cli = typer.main.get_command(app)
    missing = [c for c in _commands(cli, "tocsin") if not _documented(c)]
    assert missing == []


def _documented(command: str) -> bool:
    """Named in a code span or a command block, or as an alternative (`tocsin import a\\|b`)."""
    family, _, name = command.rpartition(" ")
    alternative = rf"`{re.escape(family)} [a-z-]+(\\\|[a-z-]+)*\\\|{re.escape(name)}\b"
    return f"`{command}" in DOCS or f"\n{command}" in DOCS or bool(re.search(alternative, DOCS))
