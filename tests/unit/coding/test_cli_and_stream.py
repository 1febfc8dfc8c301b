import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli.code import app
from tocsin.coding import pipeline as pipeline_module
from tocsin.coding.coding import Coding
from tocsin.coding.pipeline import CodingPipeline
from tocsin.coding.stream import StreamStats, code_lines
from tocsin.config import get_settings

REPORTS = [
    {"text": "Soldiers clashed with militants near Djibo.", "id": 7},
    {"text": "The Tutsi are cockroaches and must be exterminated.", "country": "RW"},
]


@pytest.fixture
def cli_pipeline(pipeline: CodingPipeline, monkeypatch: pytest.MonkeyPatch) -> CodingPipeline:
    monkeypatch.setattr(pipeline_module, "default_pipeline", lambda: pipeline)
    return pipeline


def test_json_lines_answer_every_line_in_order_with_errors_inline(
    cli_pipeline: CodingPipeline,
) -> None:
    lines = [json.dumps(REPORTS[0]), "not json", '{"foo": 1}', "", json.dumps(REPORTS[1])]
    result = CliRunner().invoke(app, ["--json", "--batch-size", "2"],
                                input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert len(out) == 4
    assert out[0]["id"] == 7 and out[0]["event_type"]["type"] == "Battles"
    assert out[0]["places"][0]["country"] == "BFA"
    assert out[1] == {"error": "not JSON: Expecting value at column 1", "line": 2}
    assert out[2] == {"error": "missing or empty 'text'", "line": 3}
    coded = out[3]
    assert coded["incitement"]["detected"] and coded["incitement"]["target_group"] == "The Tutsi"
    start, end = coded["incitement"]["span"]
    assert REPORTS[1]["text"][start:end] == "must be exterminated"
    assert {"risk_factors", "indicators", "incitement", "event_type", "places",
            "language"} <= coded.keys()
    top = coded["risk_factors"][0]
    assert 1 <= top["number"] <= 14 and top["title"] and 0 <= top["confidence"] <= 1
    assert all("." in i["code"] and len(i["span"]) == 2 for i in coded["indicators"])
    assert coded["language"] == "en"


# (text, language, incitement cue as written, target: (field, value), place names and country)
OTHER_LANGUAGES = {
    # Swahili: "tuwafukuze" (let us drive them out), said of Rwandophones likened to cockroaches.
    "swahili": (
        "Wanamgambo waliwateka nyara wanakijiji watano karibu na Goma. Redio yao inasema: "
        "tuwafukuze Wanyarwanda wote, ni mende.",
        "sw", "tuwafukuze", ("target_category", "Rwandophones"), [("Goma", "COD")],
    ),
    # Tigrinya, told from Amharic in the same script: "ቕተልዎም" (kill them) said of Eritreans
    # likened to rats. Shire ("ሽረ") has no Ethiopic name in the gazetteer (docs/coding.md).
    "tigrinya": (
        "ዕጡቓት ኣብ ጥቓ ሽረ ሓሙሽተ ሓረስቶት ጨውዮም። ኣብ ሬድዮኦም ድማ ኤርትራውያን ኣንጭዋ እዮም፡ ቕተልዎም ይብሉ።",
        "ti", "ቕተልዎም", ("target_category", "Eritreans"), [],
    ),
    # Hausa, which lingua lacks: "mu kashe su" (let us kill them) said of the Igbo by the slur
    # "Inyamurai"; "'Yan" (members of) is not the Japanese town.
    "hausa": (
        "'Yan bindiga sun sace manoma biyar a ƙauyen Gidan Dawa. "
        "A rediyonsu suna cewa Inyamurai kyankyasai ne, mu kashe su.",
        "ha", "mu kashe su", ("target_category", "Igbo"), [],
    ),
    # Somali: "ha la dilo" (let them be killed) said of a lineage named "reer" and its name;
    # Xamar, Mogadishu's Somali name, on the map.
    "somali": (
        "Nin hubeysan ayaa la afduubay shan beeraley ah oo ku sugnaa tuulada. "
        "Idaacaddooda waxay leedahay: Reer Xamar waa jiir, ha la dilo dhammaantood.",
        "so", "ha la dilo", ("target_group", "reer xamar"), [("Xamar", "SOM")],
    ),
}


@pytest.mark.parametrize("case", OTHER_LANGUAGES.values(), ids=OTHER_LANGUAGES.keys())
def test_a_report_in_another_language_is_coded_end_to_end(
    cli_pipeline: CodingPipeline, case: tuple
) -> None:
    text, language, cue, (field, target), places = case
    result = CliRunner().invoke(app, ["--json"], input=json.dumps({"text": text}) + "\n")
    assert result.exit_code == 0, result.output
    coded = json.loads(result.stdout)
    assert coded["language"] == language
    assert coded["event_type"]["type"] == "Violence against civilians"
    assert coded["event_type"]["civilian_targeting"]
    incitement = coded["incitement"]
    assert incitement["detected"] and incitement[field] == target
    assert text[slice(*incitement["span"])] == cue
    assert [(p["name"], p["country"]) for p in coded["places"]] == places
    assert {"7.14", "10.1"} <= {i["code"] for i in coded["indicators"]}


def test_strict_mode_exits_non_zero_after_answering_every_line(
    cli_pipeline: CodingPipeline,
) -> None:
    result = CliRunner().invoke(app, ["--json", "--strict"],
                                input=json.dumps(REPORTS[0]) + "\n[1, 2]\n")
    assert result.exit_code == 1
    assert len(result.stdout.strip().splitlines()) == 2


def test_without_json_flag_the_command_explains_itself() -> None:
    result = CliRunner().invoke(app, [])
    assert result.exit_code == 2


def test_overlong_text_is_rejected_without_coding() -> None:
    calls = []

    def fake(texts, countries):  # noqa: ANN001, ANN202
        calls.append(list(texts))
        return [Coding() for _ in texts]

    stats = StreamStats()
    out = list(code_lines([json.dumps({"text": "x" * 11}), json.dumps({"text": "ok"})], fake,
                          max_chars=10, stats=stats))
    assert out[0] == {"error": "text longer than 10 characters", "line": 1}
    assert calls == [["ok"]] and stats.errors == 1 and stats.lines == 2


def _fake_coder(calls: list[list[str]] | None = None):  # noqa: ANN202
    def fake(texts, countries):  # noqa: ANN001, ANN202
        if calls is not None:
            calls.append(list(texts))
        if any("poison" in t for t in texts):
            raise TypeError("TextEncodeInput must be Union[TextInputSequence, ...]")
        return [Coding(language="en") for _ in texts]

    return fake


def test_a_text_that_is_not_utf8_gets_an_error_and_the_other_lines_are_coded() -> None:
    """A lone surrogate (escaped in the JSON, or a byte of another encoding read with
    surrogateescape) made the tokeniser raise and lost the whole batch."""
    calls: list[list[str]] = []
    lines = [json.dumps({"text": "Gunmen killed five people in Kaya."}),
             '{"text": "lone \\ud800 surrogate: militia attacked Bunia."}',
             '{"text": "Des civils tu\udce9s"}', json.dumps({"text": "third"})]
    out = list(code_lines(lines, _fake_coder(calls), max_chars=100))
    assert [o.get("line") for o in out] == [None, 2, 3, None]
    assert "UTF-8" in out[1]["error"] and "UTF-8" in out[2]["error"]
    assert calls == [["Gunmen killed five people in Kaya.", "third"]]


def test_a_windows_1252_file_is_coded_line_by_line_through_the_command(
    cli_pipeline: CodingPipeline,
) -> None:
    data = ('{"text": "Des civils tués à Djibo."}\n'.encode("cp1252")
            + json.dumps(REPORTS[0]).encode() + b"\n")
    result = CliRunner().invoke(app, ["--json"], input=data)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert "UTF-8" in out[0]["error"] and out[0]["line"] == 1
    assert out[1]["id"] == 7 and out[1]["event_type"]["type"] == "Battles"


def test_when_a_batch_fails_its_lines_are_coded_one_by_one() -> None:
    calls: list[list[str]] = []
    lines = [json.dumps({"text": t, "id": i}) for i, t in enumerate(["a", "poison", "c"])]
    stats = StreamStats()
    out = list(code_lines(lines, _fake_coder(calls), max_chars=100, stats=stats))
    assert [o.get("id") for o in out] == [0, 1, 2]
    assert out[0]["language"] == "en" and out[2]["language"] == "en"
    assert out[1]["line"] == 2 and out[1]["error"].startswith("could not be coded: TypeError")
    assert calls == [["a", "poison", "c"], ["a"], ["poison"], ["c"]]
    assert stats.errors == 1 and stats.lines == 3


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"text": 123}', "'text' must be a string"),
        ('{"text": "broken\n', "not JSON: Unterminated string starting at column 10"),
        ('{"text": "x", "id": NaN}', "not JSON: NaN is not a number JSON allows"),
        ('{"text": "x", "id": 1e400}', "not JSON: 1e400 is not a number JSON allows"),
        ('{"text": "x", "id": -Infinity}', "not JSON: -Infinity is not a number JSON allows"),
    ],
)
def test_bad_lines_get_an_accurate_error_and_nothing_invalid_is_written(
    line: str, error: str
) -> None:
    [out] = code_lines([line], _fake_coder(), max_chars=100)
    assert out == {"error": error, "line": 1}
    json.loads(json.dumps(out, allow_nan=False))


def test_a_rejected_line_keeps_its_id() -> None:
    """A pipeline that keeps the coded lines and matches them by id can tell which record
    each error is about."""
    lines = [json.dumps({"id": "r-1"}), json.dumps({"text": 5, "id": 2}),
             json.dumps({"text": "x" * 101, "id": {"batch": 3}}), json.dumps({"text": "ok"})]
    out = list(code_lines(lines, _fake_coder(), max_chars=100))
    assert [(o.get("id"), o.get("line")) for o in out] == [
        ("r-1", 1), (2, 2), ({"batch": 3}, 3), (None, None)
    ]
    assert all("error" in o for o in out[:3])


def test_a_byte_order_mark_on_the_first_line_is_ignored() -> None:
    lines = ['\ufeff{"text": "Shots fired in Kaya.", "id": 1}', '{"text": "ok", "id": 2}']
    out = list(code_lines(lines, _fake_coder(), max_chars=100))
    assert [o.get("id") for o in out] == [1, 2] and "error" not in out[0]


ACLED_HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,inter1,inter2,notes\n"
ACLED_ROWS = [
    ("Battles", "Soldiers clashed with militants near the river."),
    ("Protests", "Teachers staged a sit-in demanding unpaid salaries."),
    ("Violence against civilians", "Gunmen abducted three villagers from their homes."),
]


@pytest.mark.parametrize("vectors", ["--sentence-vectors", "--no-sentence-vectors"])
def test_train_events_writes_a_model_the_coder_then_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, vectors: str
) -> None:
    export = tmp_path / "export.csv"
    rows = [f'X{i},"1 May 2021",2021,{label},,1,0,"{text} ({i})"'
            for i, (label, text) in enumerate(ACLED_ROWS * 5)]
    export.write_text(ACLED_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["train-events", str(export), vectors])
        assert result.exit_code == 0, result.output
        from tocsin.coding.registry import create

        coder = create("event_type")
        assert coder.model.sentence_vectors is (vectors == "--sentence-vectors")
        [suggestion] = coder.suggest(["Teachers staged a sit-in at the ministry."])
        assert suggestion.details["method"] == "trained"
        assert suggestion.label == "Protests"
    finally:
        get_settings.cache_clear()


def test_train_events_refuses_a_file_that_is_not_an_acled_export(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train-events", str(bad)])
    assert result.exit_code == 2


def test_learn_says_what_it_retrained_and_then_that_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        first = CliRunner().invoke(app, ["learn"])
        assert first.exit_code == 0, first.output
        assert "0 confirmed indicators: not enough yet" in first.output
        assert (tmp_path / "data" / "models" / "learning.json").exists()
        again = CliRunner().invoke(app, ["learn"])
        assert again.exit_code == 0 and "no new decisions since" in again.output
        forced = CliRunner().invoke(app, ["learn", "--force"])
        assert "not enough yet" in forced.output
    finally:
        get_settings.cache_clear()


def test_fused_incitement_keeps_the_five_best_risk_factors_in_a_stable_order(
    pipeline: CodingPipeline,
) -> None:
    """Incitement fuses three risk factors at its score; the output still holds five,
    ties ordered by number."""
    [coding] = pipeline.code(["اقتلوا الزرقة كلهم، إنهم حشرات"], ["SD"])
    assert coding.incitement.detected
    factors = coding.risk_factors
    assert len(factors) == 5
    keys = [(-f.confidence, f.number) for f in factors]
    assert keys == sorted(keys)
    assert {7, 8, 10} <= {f.number for f in factors}


def test_a_broken_taxonomy_file_stops_the_command_before_any_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not every line rejected with the same YAML error and exit code 0."""
    broken = tmp_path / "foa.yaml"
    broken.write_text("risk_factors:\n- number: 1\n  title: [", encoding="utf-8")
    monkeypatch.setenv("TOCSIN_TAXONOMY_FILE", str(broken))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["--json"], input=json.dumps(REPORTS[0]) + "\n")
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "TOCSIN_TAXONOMY_FILE: taxonomy: not valid YAML" in result.stderr
