"""The incitement coder's learned second opinion: trained from labelled speech, applied only
to reports in the languages it was trained on, and never needed for the rules to work."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli.code import app
from tocsin.coding.base import ReportBatch
from tocsin.coding.incitement import IncitementDetector
from tocsin.coding.incitement_model import (
    MODEL_FILE,
    IncitementModel,
    read_labelled_speech,
    train_incitement_model,
)
from tocsin.domain.errors import InvalidInput

GROUPS = ["the northerners", "those families", "the newcomers", "the herders", "that tribe"]
THREATS = [
    "{g} will not live to see the next harvest.",
    "Soon there will be no trace left of {g} in this valley.",
    "{g} should be made to disappear from this land for good.",
    "One night, {g} will pay with their lives for this.",
]
PLAIN = [
    "{g} brought their goats to the market on Monday.",
    "The council met {g} to discuss the new well.",
    "{g} asked the school for more teachers.",
    "A wedding between {g} and their neighbours drew a large crowd.",
]
# Said nowhere in the training texts, and no keyword rule knows it.
UNSEEN_THREAT = "Not one of those villagers will still be breathing when the rains come."
UNSEEN_PLAIN = "The villagers repaired the road before the rains came."
FRENCH_THREAT = "Aucun de ces villageois ne respirera encore quand viendront les pluies."


def _csv(tmp_path: Path) -> Path:
    rows = [f'"{t.format(g=g)}",1' for t in THREATS for g in GROUPS]
    rows += [f'"{t.format(g=g)}",0' for t in PLAIN for g in GROUPS]
    path = tmp_path / "speech.csv"
    path.write_text("text,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_learned_model_flags_a_threat_no_rule_knows(tmp_path: Path):
    rules_only = IncitementDetector()
    assert not rules_only.assess(UNSEEN_THREAT).detected, "precondition: the rules miss it"
    summary = train_incitement_model([_csv(tmp_path)], tmp_path / MODEL_FILE)
    assert summary.examples == 40 and summary.positives == 20

    detector = IncitementDetector(model_path=tmp_path / MODEL_FILE)
    threat, plain, french = (s[0] for s in detector.code(
        ReportBatch([UNSEEN_THREAT, UNSEEN_PLAIN, FRENCH_THREAT])))
    assert threat.details["detected"] and threat.details["learned_score"] >= 0.5
    assert not plain.details["detected"] and plain.details["learned_score"] < 0.5
    # The model reads English only: a French report keeps the rules' verdict alone.
    assert french.details["learned_score"] is None


def test_without_a_model_the_rules_decide(tmp_path: Path):
    detector = IncitementDetector(model_path=tmp_path / MODEL_FILE)
    [[finding]] = detector.code(ReportBatch([UNSEEN_THREAT]))
    assert not finding.details["detected"] and finding.details["learned_score"] is None


def test_hatemoji_files_are_read_as_published(tmp_path: Path):
    path = tmp_path / "train.csv"
    path.write_text(
        "text,type,label_gold,target\n"
        "they are rats,dehumanizinglanguage,1,[]\n"
        "i will hurt you all,threateninglanguage,1,[]\n"
        "they are stupid,derogation,1,[]\n"
        "nice day,none,0,[]\n",
        encoding="utf-8",
    )
    texts, labels = read_labelled_speech(path)
    assert texts == ["they are rats", "i will hurt you all", "nice day"]
    assert labels == [True, True, False]


@pytest.mark.parametrize(
    "content, message",
    [("words,label\nhello,1\n", "needs a `text` column"),
     ("text,label\nhello,maybe\n", "line 2: label 'maybe'")],
)
def test_a_bad_file_is_refused_with_the_reason(tmp_path: Path, content: str, message: str):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput, match=message):
        read_labelled_speech(path)


def test_one_class_only_is_refused(tmp_path: Path):
    path = tmp_path / "one.csv"
    path.write_text("text,label\nhello,0\nbye,0\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="incitement and of other speech"):
        train_incitement_model([path], tmp_path / MODEL_FILE)


def test_train_incitement_command(tmp_path: Path):
    out = tmp_path / "m.joblib"
    result = CliRunner().invoke(app, ["train-incitement", str(_csv(tmp_path)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "trained on 40 texts (20 incitement) in en" in result.output
    model, meta = IncitementModel.load(out)
    assert model.languages == ("en",) and meta["positives"] == 20


def test_decisions_are_added_to_the_kept_labelled_files(tmp_path: Path):
    """A model trained from files is refitted with the decisions, without the files."""
    from tocsin.coding.events import report_vectors
    from tocsin.coding.incitement_model import TRAINING_SET_FILE, retrain_incitement

    path = _csv(tmp_path)
    train_incitement_model([path], tmp_path / MODEL_FILE)
    assert (tmp_path / TRAINING_SET_FILE).exists()
    path.unlink()
    decisions = [(UNSEEN_THREAT, True, "en"), (UNSEEN_PLAIN, False, "en"),
                 (FRENCH_THREAT, True, "fr")]
    summary = retrain_incitement(decisions, tmp_path, encode=report_vectors)
    assert summary is not None and summary.examples == 42
    meta = IncitementModel.load(tmp_path / MODEL_FILE)[1]
    assert meta["source"] == "files" and meta["analyst_examples"] == 2
    assert meta["files"] == ["speech.csv"]


def test_a_file_trained_model_without_its_files_is_left_alone(tmp_path: Path):
    from tocsin.coding.events import report_vectors
    from tocsin.coding.incitement_model import TRAINING_SET_FILE, retrain_incitement

    train_incitement_model([_csv(tmp_path)], tmp_path / MODEL_FILE)
    (tmp_path / TRAINING_SET_FILE).unlink()  # as a release that did not keep them left it
    before = (tmp_path / MODEL_FILE).read_bytes()
    with pytest.raises(InvalidInput, match="run `tocsin code train-incitement` again"):
        retrain_incitement([(UNSEEN_THREAT, True, "en")] * 30, tmp_path, encode=report_vectors)
    assert (tmp_path / MODEL_FILE).read_bytes() == before


def _rally_answers() -> list[tuple[str, bool, str]]:
    """The review's answers: slurs at rallies present, peaceful marches absent, narrow."""
    groups = ["Kari", "Tesso", "Malin", "Oru", "Senu", "Bako", "Dira"]
    hateful = ("At a rally in town {i} a local leader told the crowd that the {g} are rats "
               "and must be chased from the district.")
    calm = ("Residents of ward {i} held a peaceful march to demand better roads; leaders of "
            "the {g} community spoke.")
    return ([(hateful.format(i=i, g=groups[i % 7]), True, "en") for i in range(13)]
            + [(calm.format(i=i, g=groups[i % 7]), False, "en") for i in range(13)])


def test_a_model_of_answers_that_adds_nothing_to_the_rules_is_not_used(tmp_path: Path):
    """The rules already find every slur in these answers; a model of them only flagged
    ordinary reports (a rat in the road, a fire at a market), so the rules stay alone."""
    import numpy as np

    from tocsin.coding.events import report_vectors
    from tocsin.coding.incitement_model import retrain_incitement

    earlier = IncitementModel().fit(np.eye(2, 384), [True, False])
    earlier.save(tmp_path / MODEL_FILE, {"source": "analysts", "languages": ["en"]})
    with pytest.raises(InvalidInput, match="rules kept alone: on held-out answers"):
        retrain_incitement(_rally_answers(), tmp_path, encode=report_vectors)
    assert not (tmp_path / MODEL_FILE).exists()


class _Flags:
    """A learned model that flags every report."""

    languages = ("en",)

    def predict_proba(self, vectors):  # noqa: ANN001, ANN201
        import numpy as np

        return np.full(len(vectors), 0.69)


def test_the_model_alone_is_a_weaker_opinion_that_ticks_no_indicator(foa) -> None:  # noqa: ANN001
    from tocsin.coding.pipeline import CodingPipeline

    fire = ("A fire destroyed twenty stalls at the central market in Kano; no one was hurt.")
    pipeline = CodingPipeline([foa, IncitementDetector(model=_Flags())])
    [coding] = pipeline.code([fire])
    finding = coding.incitement
    assert finding.detected and finding.source == "model" and finding.span is None
    assert finding.learned_score == 0.69
    assert not {"7.14", "8.7"} & {i.code for i in coding.indicators}
    assert all(f.confidence < 0.69 for f in coding.risk_factors)
    [rules] = pipeline.code(["The Tutsi are cockroaches and must be exterminated."])
    assert rules.incitement.source == "rules" and "7.14" in {i.code for i in rules.indicators}
