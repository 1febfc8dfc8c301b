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
import re
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


#: The Framework's risk factors are numbered 1 to 14; a file with another set is a mistake.
RISK_FACTOR_NUMBERS = range(1, 15)
#: What `confidence` may say of an unverified item (the shipped file's `verification` block).
CONFIDENCE_LEVELS = ("high", "medium", "low")
KINDS = ("common", "specific")
# Two digits at most each side: the store keeps codes in ten characters.
_CODE = re.compile(r"([1-9][0-9]?)\.([1-9][0-9]?)")


def _title(raw: dict[str, Any], where: str) -> str:
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise InvalidInput(f"taxonomy: {where} lacks a title")
    return title


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"taxonomy: the {key} of {where} must be text")
    return value


def _keywords(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    """A bare string would be read letter by letter, each letter a keyword."""
    keywords = raw.get("keywords") or []
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise InvalidInput(f"taxonomy: keywords of {where} must be a list of words or phrases")
    return tuple(keywords)


def _code(raw: dict[str, Any], number: int) -> str:
    code = raw.get("code")
    if isinstance(code, float):
        # YAML reads an unquoted 3.10 as the number 3.1: indicator 10 would become indicator 1.
        raise InvalidInput(
            f"taxonomy: indicator code {code!r} under risk factor {number} must be quoted "
            f"('{code}'): unquoted, YAML reads 3.10 as the number 3.1"
        )
    match = _CODE.fullmatch(code) if isinstance(code, str) else None
    if match is None:
        raise InvalidInput(
            f"taxonomy: indicator code {code!r} under risk factor {number} is not of the form "
            f"'{number}.1'"
        )
    if int(match.group(1)) != number:
        raise InvalidInput(f"taxonomy: indicator {code!r} is not under risk factor {number}")
    return str(code)


def _flags(raw: dict[str, Any], where: str) -> tuple[bool, str | None]:
    unverified = raw.get("unverified", False)
    if not isinstance(unverified, bool):
        raise InvalidInput(f"taxonomy: 'unverified' of {where} must be true or false")
    confidence = raw.get("confidence")
    if confidence is not None and confidence not in CONFIDENCE_LEVELS:
        raise InvalidInput(
            f"taxonomy: 'confidence' of {where} must be one of {', '.join(CONFIDENCE_LEVELS)}"
        )
    return unverified, confidence


def _indicator(item: Any, number: int) -> Indicator:
    if not isinstance(item, dict):
        raise InvalidInput(f"taxonomy: an indicator of risk factor {number} is not a mapping")
    code = _code(item, number)
    where = f"indicator {code}"
    unverified, confidence = _flags(item, where)
    return Indicator(
        code=code,
        risk_factor=number,
        title=_title(item, where),
        summary=_text(item, "summary", where),
        keywords=_keywords(item, where),
        unverified=unverified,
        confidence=confidence,
        translations=_translations(item.get("translations"), where),
    )


def _risk_factor(raw: Any) -> RiskFactor:
    if not isinstance(raw, dict):
        raise InvalidInput("taxonomy: a risk factor is not a mapping")
    number = raw.get("number")
    if not isinstance(number, int) or isinstance(number, bool):
        raise InvalidInput(f"taxonomy: a risk factor's number {number!r} is not a whole number")
    if number not in RISK_FACTOR_NUMBERS:
        raise InvalidInput(
            f"taxonomy: risk factor {number}: the Framework's risk factors are numbered 1 to 14"
        )
    where = f"risk factor {number}"
    kind = raw.get("kind", "common")
    if kind not in KINDS:
        raise InvalidInput(f"taxonomy: the kind of {where} must be one of {', '.join(KINDS)}")
    indicators = tuple(_indicator(item, number) for item in raw.get("indicators") or [])
    if not indicators:
        raise InvalidInput(f"taxonomy: {where} has no indicators")
    return RiskFactor(
        number=number,
        kind=kind,
        crime=raw.get("crime"),
        title=_title(raw, where),
        definition=_text(raw, "definition", where),
        summary=_text(raw, "summary", where),
        keywords=_keywords(raw, where),
        indicators=indicators,
        flags={k: raw[k] for k in _FACTOR_FLAGS if k in raw},
        translations=_translations(raw.get("translations"), where),
    )


def _parse(document: dict[str, Any], revision: str) -> Taxonomy:
    """The taxonomy, or the first mistake in it: a file with a risk factor missing or too many,
    an indicator twice or without its title would be stored as a revision, and the coder and
    the stored Signals would then disagree about what a code means."""
    raw_factors = document.get("risk_factors") or []
    if not isinstance(raw_factors, list) or not raw_factors:
        raise InvalidInput("taxonomy: no risk factors found")
    factors = [_risk_factor(raw) for raw in raw_factors]
    numbers = [f.number for f in factors]
    for number in set(numbers):
        if numbers.count(number) > 1:
            raise InvalidInput(f"taxonomy: risk factor {number} appears twice")
    missing = [n for n in RISK_FACTOR_NUMBERS if n not in numbers]
    if missing:
        raise InvalidInput(
            "taxonomy: the Framework has 14 risk factors; missing: "
            + ", ".join(str(n) for n in missing)
        )
    codes = [i.code for f in factors for i in f.indicators]
    for code in codes:
        if codes.count(code) > 1:
            raise InvalidInput(f"taxonomy: indicator {code} appears twice")
    return Taxonomy(revision, str(document.get("source", "")), tuple(factors))


def _where(exc: yaml.YAMLError) -> str:
    """The parser's complaint on one line, with where the file goes wrong."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}" if mark else problem


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
        raise InvalidInput(f"taxonomy: not valid YAML ({_where(exc)})") from exc
    if not isinstance(document, dict):
        raise InvalidInput("taxonomy: the file must be a mapping with 'risk_factors'")
    revision = "foa2014-" + hashlib.sha256(text.encode()).hexdigest()[:10]
    return _parse(document, revision)
