"""Automatic coding of reports: suggestions for an analyst to confirm.

Coders (Framework of Analysis risk factors and indicators, incitement, event type, places,
language) share one interface and a registry; :func:`code_report` runs them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tocsin.coding.coding import Coding


def code_report(text: str, country: str | None = None) -> Coding:
    from tocsin.coding.pipeline import code_report as run

    return run(text, country)


def code_reports(texts: Any, countries: Any = None) -> list[Coding]:
    from tocsin.coding.pipeline import code_reports as run

    return run(texts, countries)


__all__ = ["code_report", "code_reports"]
