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
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from tocsin.domain.wording import N_, as_written

Told = Callable[[str], str]

#: Infant deaths are counted per 1,000 live births (UN World Population Prospects, via EWP).
#: A unit is a phrase with the figure's place, so that a translation can put it first or last.
PER_1000_BIRTHS = N_("{figure} per 1,000 live births")
YEARS = N_("{figure} years")
#: The changes are over three years (`tocsin.risk.features.CHANGE_INPUTS`).
_SAME = N_("about as many as three years before")
_TIMES = N_("about {ratio} times as many as three years before")
_FRACTION = N_("about {fraction} as many as three years before")
_UNCHANGED = N_("about the same as three years before")
_UP = N_("up {change} from three years before")
_DOWN = N_("down {change} from three years before")
_ROOT = N_("{change} on the square-root scale")
_MILLION = N_("{figure} million")


def _count(n: float) -> str:
    return f"{max(n, 0.0):,.0f}"


def _in_unit(figure: str, unit: str, told: Told) -> str:
    return told(unit).format(figure=figure) if unit else figure


@dataclass(frozen=True)
class Scale:
    """An input shown as the model reads it (an index, a share, a flag, years). ``told``
    puts a scale's words in a page's language; by default they are English, as the API and
    the exports give them."""

    #: Whether `shown` needs the level the input changed to (`level`).
    needs_level: ClassVar[bool] = False

    def shown(self, value: float, level: float | None = None, told: Told = as_written) -> str:
        return f"{value:.3g}"


@dataclass(frozen=True)
class Log2Count(Scale):
    """log2(x + 1) of a count (or log2(x) with `plus_one` False), shown as the count."""

    plus_one: bool = True
    #: A phrase with a ``{figure}`` place (`YEARS`), or nothing for a bare count.
    unit: str = ""

    def shown(self, value: float, level: float | None = None, told: Told = as_written) -> str:
        n = 2.0**value - (1.0 if self.plus_one else 0.0)
        figure = told(_MILLION).format(figure=f"{n / 1e6:,.1f}") if n >= 1e6 else _count(n)
        return _in_unit(figure, self.unit, told)


@dataclass(frozen=True)
class Squared(Scale):
    """The square root of a rate, shown as the rate."""

    unit: str = ""

    def shown(self, value: float, level: float | None = None, told: Told = as_written) -> str:
        return _in_unit(f"{value * value:,.0f}", self.unit, told)


@dataclass(frozen=True)
class Log2Ratio(Scale):
    """A change of a log2 value: how many times as many as three years before ("145 times",
    "1.5 times"; below one, a fraction, "1/8")."""

    def shown(self, value: float, level: float | None = None, told: Told = as_written) -> str:
        ratio = 2.0**value
        if abs(value) < math.log2(1.05):
            return told(_SAME)
        if ratio >= 1:
            times = f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.2g}"
            return told(_TIMES).format(ratio=times)
        inverse = 1 / ratio
        fraction = f"1/{inverse:,.0f}" if inverse >= 10 else f"1/{inverse:.2g}"
        return told(_FRACTION).format(fraction=fraction)


@dataclass(frozen=True)
class SquaredChange(Scale):
    """A change of a square root, shown as the change of the rate; that needs the level it
    changed to (`level`, the square root now). Without it (a forecast kept before levels were
    kept), the scale is named instead."""

    unit: str = ""
    needs_level: ClassVar[bool] = True

    def shown(self, value: float, level: float | None = None, told: Told = as_written) -> str:
        if level is None or math.isnan(level):
            return told(_ROOT).format(change=f"{value:+.2g}")
        change = level * level - (level - value) ** 2
        if round(change) == 0:
            return told(_UNCHANGED)
        way = _UP if change > 0 else _DOWN
        return told(way).format(change=_in_unit(f"{abs(change):,.0f}", self.unit, told))


PLAIN = Scale()
