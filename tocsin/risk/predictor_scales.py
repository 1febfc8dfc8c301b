"""How an onset-forecast input is shown: back in the unit it counts, off the model's scale.

EWP transforms several of its predictors before modelling (its data preparation script):
battle deaths, ongoing mass killings and a state's age as log2(x + 1), population as log2(x),
infant mortality as its square root. Tocsin's inputs add their lags, maxima and changes over
three years. Shown as stored, Myanmar's three mass killings under way read "2" and Sudan's
5,353 battle deaths "12.4". Each scale here undoes its transform, as the escalation drivers
take their counts off the log scale (`tocsin.risk.escalation.labels`); a change of a log value
is a ratio, and is said as one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

#: Infant deaths are counted per 1,000 live births (UN World Population Prospects, via EWP).
PER_1000_BIRTHS = "per 1,000 live births"
#: The changes are over three years (`tocsin.risk.features.CHANGE_INPUTS`).
BEFORE = "three years before"


def _count(n: float) -> str:
    return f"{max(n, 0.0):,.0f}"


def _times(ratio: float) -> str:
    """A ratio in words: "145 times", "1.5 times"; below one, a fraction ("1/8")."""
    if ratio >= 1:
        return f"{ratio:,.0f} times" if ratio >= 10 else f"{ratio:.2g} times"
    inverse = 1 / ratio
    return f"1/{inverse:,.0f}" if inverse >= 10 else f"1/{inverse:.2g}"


@dataclass(frozen=True)
class Scale:
    """An input shown as the model reads it (an index, a share, a flag, years)."""

    #: Whether `shown` needs the level the input changed to (`level`).
    needs_level: ClassVar[bool] = False

    def shown(self, value: float, level: float | None = None) -> str:
        return f"{value:.3g}"


@dataclass(frozen=True)
class Log2Count(Scale):
    """log2(x + 1) of a count (or log2(x) with `plus_one` False), shown as the count."""

    plus_one: bool = True
    unit: str = ""

    def shown(self, value: float, level: float | None = None) -> str:
        n = 2.0**value - (1.0 if self.plus_one else 0.0)
        figure = f"{n / 1e6:,.1f} million" if n >= 1e6 else _count(n)
        return f"{figure} {self.unit}" if self.unit else figure


@dataclass(frozen=True)
class Squared(Scale):
    """The square root of a rate, shown as the rate."""

    unit: str = ""

    def shown(self, value: float, level: float | None = None) -> str:
        return f"{value * value:,.0f} {self.unit}".strip()


@dataclass(frozen=True)
class Log2Ratio(Scale):
    """A change of a log2 value: how many times as many as three years before."""

    def shown(self, value: float, level: float | None = None) -> str:
        ratio = 2.0**value
        if abs(value) < math.log2(1.05):
            return f"about as many as {BEFORE}"
        return f"about {_times(ratio)} as many as {BEFORE}"


@dataclass(frozen=True)
class SquaredChange(Scale):
    """A change of a square root, shown as the change of the rate; that needs the level it
    changed to (`level`, the square root now). Without it (a forecast kept before levels were
    kept), the scale is named instead."""

    unit: str = ""
    needs_level: ClassVar[bool] = True

    def shown(self, value: float, level: float | None = None) -> str:
        if level is None or math.isnan(level):
            return f"{value:+.2g} on the square-root scale"
        change = level * level - (level - value) ** 2
        if round(change) == 0:
            return f"about the same as {BEFORE}"
        way = "up" if change > 0 else "down"
        return f"{way} {abs(change):,.0f} {self.unit} from {BEFORE}".replace("  ", " ")


PLAIN = Scale()
