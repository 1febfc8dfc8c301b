"""Situation levels, ordered from the least to the most urgent."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    WATCH = "watch"
    SERIOUS_CONCERN = "serious_concern"
    IMMINENT_RISK = "imminent_risk"
    CURRENT_CRISIS = "current_crisis"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank >= other.rank


_ORDER = [Level.WATCH, Level.SERIOUS_CONCERN, Level.IMMINENT_RISK, Level.CURRENT_CRISIS]
