"""A mapping's values are the words written: YAML 1.1 must not turn `yes` into True.

The documented mapping lists `civilian_values: [yes, ...]`; read as YAML booleans, "yes" cells
were counted as not targeting civilians, and those deaths left the panels without a word.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from tests.integration.ingest.lookup import event
from tocsin.ingest.base import ImportOptions
from tocsin.ingest.mapping import load_mapping, parse_mapping
from tocsin.ingest.pipeline import import_file
from tocsin.store.uow import Store

DOCS = Path(__file__).resolve().parents[3] / "docs" / "ingest.md"
UNQUOTED = """\
source: partner-y
columns:
  source_event_id: Incident ID
  event_date: Date
  country: Country
  civilian_targeting: Civilians targeted
  event_type: Type
  fatalities: Killed
date_format: "%d/%m/%Y"
civilian_values: [yes, y, true, "1", x]
violence_types: {yes: violence_against_civilians, no: armed_conflict}
"""


def _csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Incident ID", "Date", "Country", "Civilians targeted", "Type", "Killed"])
        for n, (civilians, kind, killed) in enumerate(rows, start=1):
            out.writerow([f"P{n}", "05/01/2019", "Burkina Faso", civilians, kind, killed])
    return path


def test_yes_cells_count_as_civilians_targeted(store: Store, tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(UNQUOTED, encoding="utf-8")
    rows = [("yes", "yes", "3"), ("Y", "no", "1"), ("no", "no", "2"), ("YES", "yes", "4")]

    result = import_file(
        store, "csv", _csv(tmp_path / "events.csv", rows), ImportOptions(mapping=mapping)
    )

    assert result.job.taken == 4
    targeted = {n: event(store, "csv", f"partner-y:P{n}").civilian_targeting for n in (1, 2, 3, 4)}
    assert targeted == {1: True, 2: True, 3: False, 4: True}
    assert event(store, "csv", "partner-y:P1").violence_type == "violence_against_civilians"
    assert event(store, "csv", "partner-y:P2").violence_type == "armed_conflict"


def test_words_yaml_reads_as_booleans_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "norway.yaml"
    path.write_text(
        "source: p\ncolumns: {event_date: Date}\ncountry_code: NO\ncivilian_values: [on, yes]\n"
    )
    mapping = load_mapping(path)
    assert mapping.country_code == "NO"
    assert mapping.civilian_values == ("on", "yes")


def test_a_boolean_that_still_arrives_stands_for_each_of_its_words() -> None:
    mapping = parse_mapping(
        {
            "source": "p",
            "columns": {"event_date": "Date", "country": "Country"},
            "civilian_values": [True, 1],
            "violence_types": {False: "armed_conflict"},
        }
    )
    assert mapping.civilian_values == ("yes", "true", "on", "1")
    assert set(mapping.violence_types) == {"no", "false", "off"}


def test_the_documented_mapping_keeps_yes(tmp_path: Path) -> None:
    block = re.search(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert block is not None
    path = tmp_path / "documented.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    assert "yes" in load_mapping(path).civilian_values
