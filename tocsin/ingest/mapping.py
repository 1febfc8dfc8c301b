"""The saved column mapping of an analyst's own file (YAML or JSON).

A mapping names, for each Event field, the column that holds it; says how dates are written;
and gives a short `source` name that keeps one partner's ids apart from another's. Example:

    source: partner-x            # events get source_event_id "partner-x:<id>"
    columns:
      source_event_id: Incident ID
      event_date: Date
      country: Country           # a name, ISO code; or set `country_code` for the whole file
      admin1: Region
      place_name: Town
      latitude: Lat
      longitude: Lon
      event_type: Type
      actor1: Perpetrator
      actor2: Victims
      civilian_targeting: Civilians targeted
      fatalities: Killed
      notes: Description
    date_format: "%d/%m/%Y"      # or a list; ISO dates are always understood
    civilian_values: ["yes", "y", "true", "1", "x"]
    violence_types: {"Attack on civilians": violence_against_civilians}
    sheet: Incidents             # XLSX only; the first sheet by default

Every value is compared as text. YAML 1.1 reads an unquoted yes/no/on/off/true/false as a
boolean, which would turn a civilian value "yes" into "true" and lose the "yes" cells; a
mapping file is therefore read with booleans left as the words written, and a boolean that
still arrives (from JSON, or a caller's dict) stands for every YAML spelling of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tocsin.domain.errors import InvalidInput
from tocsin.ingest.vocabulary import MAPPED_FIELDS, VIOLENCE_TYPES

MAPPABLE = set(MAPPED_FIELDS) - {"violence_type"}
DEFAULT_CIVILIAN_VALUES = ("yes", "y", "true", "1", "x", "oui")
#: The words YAML 1.1 reads as each boolean.
_BOOLEAN_WORDS = {True: ("yes", "true", "on"), False: ("no", "false", "off")}
_BOOL_TAG = "tag:yaml.org,2002:bool"


class _TextLoader(yaml.SafeLoader):
    """YAML without implicit booleans: `yes`, `no`, `on`, `off` stay the words written."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class ColumnMapping:
    source: str
    columns: dict[str, str]
    date_formats: tuple[str, ...] = ()
    country_code: str | None = None
    civilian_values: tuple[str, ...] = DEFAULT_CIVILIAN_VALUES
    violence_types: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None

    @property
    def salt(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True, default=list)


def load_mapping(path: Path) -> ColumnMapping:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"mapping {path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"mapping {path.name}: not UTF-8 text; save it as UTF-8") from None
    try:
        data: Any = json.loads(text) if path.suffix.lower() == ".json" else _read_yaml(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise InvalidInput(f"mapping {path.name}: not valid YAML/JSON ({exc})") from None
    return parse_mapping(data, path.name)


def _read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_TextLoader)


def _as_texts(value: object) -> tuple[str, ...]:
    """A mapping value as the text(s) it stands for; a boolean as each YAML word for it."""
    if isinstance(value, bool):
        return _BOOLEAN_WORDS[value]
    return (str(value),)


def parse_mapping(data: Any, name: str = "mapping") -> ColumnMapping:
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise InvalidInput(f"{name}: needs a `columns:` table of field: column")
    columns = {str(k): str(v) for k, v in data["columns"].items()}
    unknown = sorted(set(columns) - MAPPABLE)
    if unknown:
        raise InvalidInput(
            f"{name}: unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(MAPPABLE))}"
        )
    if "event_date" not in columns:
        raise InvalidInput(f"{name}: columns: event_date is required")
    if "country" not in columns and not data.get("country_code"):
        raise InvalidInput(f"{name}: map a country column or set country_code")
    source = str(data.get("source") or "").strip()
    if not source or len(source) > 20 or ":" in source:
        raise InvalidInput(f"{name}: source: a short name (up to 20 characters, no ':')")
    formats = _texts(data, "date_format", name)
    violence_types = data.get("violence_types") or {}
    if not isinstance(violence_types, dict):
        raise InvalidInput(f"{name}: violence_types: a table of value: violence type")
    types = {text: str(v) for k, v in violence_types.items() for text in _as_texts(k)}
    bad = sorted(set(types.values()) - set(VIOLENCE_TYPES))
    if bad:
        raise InvalidInput(
            f"{name}: violence_types: unknown {', '.join(bad)}; use {', '.join(VIOLENCE_TYPES)}"
        )
    values = _texts(data, "civilian_values", name) or DEFAULT_CIVILIAN_VALUES
    return ColumnMapping(
        source=source,
        columns=columns,
        date_formats=formats,
        country_code=(str(data["country_code"]).upper() if data.get("country_code") else None),
        civilian_values=tuple(v.casefold() for v in values),
        violence_types=types,
        sheet=str(data["sheet"]) if data.get("sheet") else None,
    )


def _texts(data: dict, key: str, name: str) -> tuple[str, ...]:
    """A setting given as one text or a list of them ("%d/%m/%Y" or ["%d/%m/%Y", "%Y"])."""
    value = data.get(key)
    if value is None or (isinstance(value, str | list | tuple) and not value):
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return tuple(text for v in value for text in _as_texts(v))
    raise InvalidInput(f"{name}: {key}: a text or a list of texts")
