"""The escalation model's features in words, with values in the units an analyst counts in.

The model reads counts on a log scale and names its features tersely (``civ_fat_3``); a
forecast's drivers are shown to people who count deaths and attacks, so each name is spelled
out and each count taken back off the log scale.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from tocsin.domain.wording import N_, as_written

_MEASURES = {
    "civ_fat": N_("civilian deaths"),
    "vac": N_("attacks on civilians"),
    "civ_ev": N_("events targeting civilians"),
    "battles": N_("battles"),
    "explosions": N_("explosions and remote violence"),
    "events": N_("events of any kind"),
    "fatalities": N_("deaths in all events"),
    "media": N_("media reports of violence"),
    "riots_protests": N_("riots and protests"),
}
_WINDOWS = {"1": N_("last month"), "3": N_("last 3 months"), "12": N_("last 12 months")}
_WHOLE = {
    "civ_share_3": N_("share of events that targeted civilians, last 3 months"),
    "months_since_vac": N_("months since the last event targeting civilians"),
    "level_ratio": N_("civilian deaths of the last 3 months against the trailing year"),
    "rest_regions_deadly_3": N_("other regions of the country with civilian deaths, last 3 months"),
}
# Whole phrases with named places, so that a translation can put the measure where its
# language does (keyed by: whether the rest of the country is meant, and whether a trend).
_PHRASES = {
    (False, False): N_("{measure}, {window}"),
    (True, False): N_("{measure} in the rest of the country, {window}"),
    (False, True): N_("trend of {measure}: last 3 months against the last 12"),
    (True, True): N_(
        "trend of {measure} in the rest of the country: last 3 months against the last 12"
    ),
}


def _parts(feature: str) -> tuple[bool, str, str]:
    rest = feature.startswith("rest_")
    measure, _, window = feature.removeprefix("rest_").rpartition("_")
    return rest, measure, window


def feature_label(feature: str, told: Callable[[str], str] = as_written) -> str:
    """``civ_fat_3`` -> "civilian deaths, last 3 months"; an unknown name is returned as is.
    Pages pass ``told`` (their language's gettext) to have it in the reader's language; the
    API and the exports keep the English."""
    if feature in _WHOLE:
        return told(_WHOLE[feature])
    rest, measure, window = _parts(feature)
    if measure not in _MEASURES:
        return feature
    trend = window == "trend"
    if not trend and window not in _WINDOWS:
        return feature
    phrase, parts = _PHRASES[rest, trend], {"measure": _MEASURES[measure]}
    if not trend:
        parts["window"] = _WINDOWS[window]
    try:
        return told(phrase).format(**{name: told(part) for name, part in parts.items()})
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped place must not take the page down: read it in English.
        return phrase.format(**parts)


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


def readable_drivers(
    explanation: dict[str, Any], top: int = 3, told: Callable[[str], str] = as_written
) -> list[dict[str, str]]:
    """The stored ``top_features`` of a dynamic forecast as label, value, typical value and
    whether it raises or lowers the probability; labels in English unless ``told`` says."""
    out = []
    for item in explanation.get("top_features", [])[:top]:
        feature = str(item.get("feature", ""))
        out.append(
            {
                "feature": feature,
                "label": feature_label(feature, told),
                "value": shown_value(feature, float(item.get("value", 0.0))),
                "typical": shown_value(feature, float(item.get("typical", 0.0))),
                "direction": str(item.get("direction", "")),
            }
        )
    return out
