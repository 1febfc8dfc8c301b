"""The escalation model's features in words, with values in the units an analyst counts in.

The model reads counts on a log scale and names its features tersely (``civ_fat_3``); a
forecast's drivers are shown to people who count deaths and attacks, so each name is spelled
out and each count taken back off the log scale.
"""

from __future__ import annotations

import math
from typing import Any

_MEASURES = {
    "civ_fat": "civilian deaths",
    "vac": "attacks on civilians",
    "civ_ev": "events targeting civilians",
    "battles": "battles",
    "explosions": "explosions and remote violence",
    "events": "events of any kind",
    "fatalities": "deaths in all events",
    "media": "media reports of violence",
    "riots_protests": "riots and protests",
}
_WINDOWS = {"1": "last month", "3": "last 3 months", "12": "last 12 months"}
_WHOLE = {
    "civ_share_3": "share of events that targeted civilians, last 3 months",
    "months_since_vac": "months since the last event targeting civilians",
    "level_ratio": "civilian deaths of the last 3 months against the trailing year",
    "rest_regions_deadly_3": "other regions of the country with civilian deaths, last 3 months",
}


def _parts(feature: str) -> tuple[bool, str, str]:
    rest = feature.startswith("rest_")
    measure, _, window = feature.removeprefix("rest_").rpartition("_")
    return rest, measure, window


def feature_label(feature: str) -> str:
    """``civ_fat_3`` -> "civilian deaths, last 3 months"; an unknown name is returned as is."""
    if feature in _WHOLE:
        return _WHOLE[feature]
    rest, measure, window = _parts(feature)
    if measure not in _MEASURES:
        return feature
    where = " in the rest of the country" if rest else ""
    if window == "trend":
        return f"trend of {_MEASURES[measure]}{where}: last 3 months against the last 12"
    if window not in _WINDOWS:
        return feature
    return f"{_MEASURES[measure]}{where}, {_WINDOWS[window]}"


def _is_count(feature: str) -> bool:
    _, measure, window = _parts(feature)
    return measure in _MEASURES and window in _WINDOWS


def _is_ratio(feature: str) -> bool:
    """A level against the trailing year, kept by the model as the log of a ratio."""
    return feature == "level_ratio" or _parts(feature)[2] == "trend"


def shown_value(feature: str, value: float) -> str:
    """A count as the count (the model's log1p undone); a share as a percentage; a trend or
    level ratio as the ratio itself (x0.5: half the pace of the year), not its logarithm."""
    if _is_count(feature):
        return f"{math.expm1(value):,.0f}"
    if feature == "civ_share_3":
        return f"{100 * value:.0f}%"
    if feature in ("months_since_vac", "rest_regions_deadly_3"):
        return f"{value:.0f}"
    if _is_ratio(feature):
        return f"\u00d7{math.exp(value):.2f}"
    return f"{value:.2f}"


def readable_drivers(explanation: dict[str, Any], top: int = 3) -> list[dict[str, str]]:
    """The stored ``top_features`` of a dynamic forecast as label, value, typical value and
    whether it raises or lowers the probability."""
    out = []
    for item in explanation.get("top_features", [])[:top]:
        feature = str(item.get("feature", ""))
        out.append(
            {
                "feature": feature,
                "label": feature_label(feature),
                "value": shown_value(feature, float(item.get("value", 0.0))),
                "typical": shown_value(feature, float(item.get("typical", 0.0))),
                "direction": str(item.get("direction", "")),
            }
        )
    return out
