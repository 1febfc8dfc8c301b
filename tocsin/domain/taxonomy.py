"""The UN Framework of Analysis for Atrocity Crimes (2014) as plain data.

The package ships the taxonomy as YAML (official numbers and titles, summaries and keywords in
our own words) so an administrator can correct it and load a new revision. Items whose wording
could not be checked against the official text carry `unverified` and a `confidence`, and those
flags stay visible until someone confirms each item. Risk factors and indicators may carry
translations (title, summary, keywords) into the languages reports arrive in; the coder matches
their keywords.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from tocsin.domain.errors import InvalidInput

DEFAULT_FILE = "foa_2014.yaml"


@dataclass(frozen=True)
class Translation:
    """An item's title, summary and keywords in another language, so that reports written in
    it are coded too; the English wording stays the reference."""

    title: str
    summary: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Indicator:
    code: str
    risk_factor: int
    title: str
    summary: str = ""
    keywords: tuple[str, ...] = ()
    unverified: bool = False
    confidence: str | None = None
    translations: dict[str, Translation] = field(default_factory=dict)  # by ISO 639-1 code


@dataclass(frozen=True)
class RiskFactor:
    number: int
    kind: str  # common or specific
    crime: str | None
    title: str
    definition: str = ""
    summary: str = ""
    keywords: tuple[str, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    flags: dict[str, Any] = field(default_factory=dict)
    translations: dict[str, Translation] = field(default_factory=dict)  # by ISO 639-1 code


@dataclass(frozen=True)
class Taxonomy:
    revision: str
    source: str
    risk_factors: tuple[RiskFactor, ...]

    def risk_factor(self, number: int) -> RiskFactor:
        for factor in self.risk_factors:
            if factor.number == number:
                return factor
        raise KeyError(f"no risk factor {number}")

    def indicator(self, code: str) -> Indicator:
        for factor in self.risk_factors:
            for indicator in factor.indicators:
                if indicator.code == code:
                    return indicator
        raise KeyError(f"no indicator {code}")

    @property
    def indicators(self) -> list[Indicator]:
        return [i for f in self.risk_factors for i in f.indicators]

    @property
    def unverified(self) -> list[Indicator]:
        return [i for i in self.indicators if i.unverified]


_FACTOR_FLAGS = (
    "title_unverified",
    "definition_unverified",
    "definition_confidence",
    "indicator_count_unverified",
    "confirmed_by",
)


def _translations(raw: Any, item_name: str) -> dict[str, Translation]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InvalidInput(f"taxonomy: translations of {item_name} must be a mapping")
    out = {}
    for language, item in raw.items():
        where = f"taxonomy: translation {language!r} of {item_name}"
        if not (isinstance(language, str) and len(language) == 2 and language.isalpha()):
            raise InvalidInput(f"{where}: the key must be a two-letter language code")
        if not isinstance(item, dict) or not str(item.get("title") or "").strip():
            raise InvalidInput(f"{where} lacks a title")
        keywords = item.get("keywords") or []
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise InvalidInput(f"{where}: keywords must be a list of words or phrases")
        out[language.lower()] = Translation(
            str(item["title"]), str(item.get("summary", "")), tuple(keywords)
        )
    return out


def _parse(document: dict[str, Any], revision: str) -> Taxonomy:
    factors = []
    numbers_seen: set[int] = set()
    for raw in document.get("risk_factors") or []:
        try:
            number = int(raw["number"])
            title = str(raw["title"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"taxonomy: a risk factor lacks a number or title ({exc})") from exc
        if number in numbers_seen:
            raise InvalidInput(f"taxonomy: risk factor {number} appears twice")
        numbers_seen.add(number)
        indicators = []
        for item in raw.get("indicators") or []:
            code = str(item.get("code", ""))
            if not code.startswith(f"{number}."):
                raise InvalidInput(
                    f"taxonomy: indicator {code!r} is not under risk factor {number}"
                )
            indicators.append(
                Indicator(
                    code=code,
                    risk_factor=number,
                    title=str(item.get("title", "")),
                    summary=str(item.get("summary", "")),
                    keywords=tuple(item.get("keywords") or ()),
                    unverified=bool(item.get("unverified", False)),
                    confidence=item.get("confidence"),
                    translations=_translations(item.get("translations"), f"indicator {code}"),
                )
            )
        factors.append(
            RiskFactor(
                number=number,
                kind=str(raw.get("kind", "common")),
                crime=raw.get("crime"),
                title=title,
                definition=str(raw.get("definition", "")),
                summary=str(raw.get("summary", "")),
                keywords=tuple(raw.get("keywords") or ()),
                indicators=tuple(indicators),
                flags={k: raw[k] for k in _FACTOR_FLAGS if k in raw},
                translations=_translations(raw.get("translations"), f"risk factor {number}"),
            )
        )
    if not factors:
        raise InvalidInput("taxonomy: no risk factors found")
    return Taxonomy(revision, str(document.get("source", "")), tuple(factors))


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load the shipped taxonomy, or an administrator's corrected file.

    The revision is a content hash, so editing the file yields a new revision and never
    silently rewrites the indicators that stored Signals point to.
    """
    if path is None:
        text = files("tocsin.data").joinpath(DEFAULT_FILE).read_text(encoding="utf-8")
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"taxonomy: cannot read {path} ({exc})") from exc
    try:
        # libyaml's loader when PyYAML has it: the taxonomy is parsed in every coding process.
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise InvalidInput(f"taxonomy: not valid YAML ({exc})") from exc
    if not isinstance(document, dict):
        raise InvalidInput("taxonomy: the file must be a mapping with 'risk_factors'")
    revision = "foa2014-" + hashlib.sha256(text.encode()).hexdigest()[:10]
    return _parse(document, revision)
