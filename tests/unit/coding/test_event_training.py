"""Retraining the event-type model with analysts' decisions on top of an ACLED export."""

from __future__ import annotations

from pathlib import Path

import joblib
import pytest

from tocsin.coding.event_training import (
    ANALYST_WEIGHT,
    EXPORT_MODEL_FILE,
    TRAINING_SET_FILE,
    TrainingSet,
    _export_model,
    _languages_learned,
    retrain_with_decisions,
    train_event_model,
)
from tocsin.coding.events import MODEL_FILE, EventTypeCoder, EventTypeModel
from tocsin.domain.errors import InvalidInput

HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,inter1,inter2,notes\n"
# The export codes lynchings as violence against civilians (the legacy codebook); the
# deployment's analysts code them as riots (mob violence, the current one).
EXPORT = [
    ("Violence against civilians", "A number of residents lynched a suspected thief."),
    ("Violence against civilians", "Gunmen abducted three villagers from their homes."),
    ("Protests", "Teachers staged a sit-in demanding unpaid salaries."),
    ("Battles", "Soldiers clashed with militants near the river."),
]
LYNCHING = "A number of residents lynched a suspected thief at the market."


def _export(tmp_path: Path, copies: int) -> Path:
    path = tmp_path / "export.csv"
    rows = [f'X{i},"1 May 2018",2018,{label},,1,0,"{text} ({i})"'
            for i, (label, text) in enumerate(EXPORT * copies)]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("vectors", [False, True])
def test_decisions_outweigh_the_export_where_they_disagree(tmp_path: Path, vectors: bool):
    models = tmp_path / "models"
    copies = 6
    train_event_model([_export(tmp_path, copies)], models / MODEL_FILE, sentence_vectors=vectors)
    training = TrainingSet.load(models / TRAINING_SET_FILE)
    assert training is not None and len(training.texts) == len(EXPORT) * copies
    assert (training.vectors is not None) is vectors

    coder = EventTypeCoder(models / MODEL_FILE)
    assert coder.suggest([LYNCHING])[0].label == "Violence against civilians"

    # Fewer decisions than exported lynchings, but weighted: together they count for more.
    n = copies // 2 + 1
    assert n < copies < n * ANALYST_WEIGHT
    decisions = [(f"{EXPORT[0][1]} ({i})", "Riots") for i in range(n)]
    summary = retrain_with_decisions(decisions, models)
    assert summary is not None and summary.analyst_examples == n
    assert summary.examples == len(EXPORT) * copies + n
    assert coder.model is not None and coder.model.sentence_vectors is vectors
    assert coder.suggest([LYNCHING])[0].label == "Riots"
    assert coder.suggest(["Teachers staged a sit-in at the ministry."])[0].label == "Protests"


def test_decisions_that_are_not_event_types_are_left_out(tmp_path: Path):
    models = tmp_path / "models"
    train_event_model([_export(tmp_path, 3)], models / MODEL_FILE, sentence_vectors=False)
    assert retrain_with_decisions([("Something happened.", "Looting")], models) is None
    assert retrain_with_decisions([], models) is None


def test_a_model_an_earlier_release_wrote_is_refitted_from_the_kept_notes(tmp_path: Path):
    models = tmp_path / "models"
    train_event_model([_export(tmp_path, 3)], models / MODEL_FILE, sentence_vectors=False)
    payload = joblib.load(models / MODEL_FILE)
    joblib.dump({**payload, "format": payload["format"] - 1}, models / MODEL_FILE)
    coder = EventTypeCoder(models / MODEL_FILE)
    assert coder.method == "rules", "a model of another format is not used"

    # No decision yet, but the kept notes are enough to bring the model back.
    summary = retrain_with_decisions([], models)
    assert summary is not None and summary.examples == len(EXPORT) * 3
    assert coder.method == "trained"
    assert retrain_with_decisions([], models) is None, "a current model is left as it is"


def test_a_model_whose_export_notes_were_not_kept_is_not_overwritten(tmp_path: Path):
    models = tmp_path / "models"
    train_event_model([_export(tmp_path, 3)], models / MODEL_FILE, sentence_vectors=False)
    (models / TRAINING_SET_FILE).unlink()  # as a model trained by an earlier release
    before = (models / MODEL_FILE).read_bytes()
    decisions = [(f"Residents marched to the town hall ({i}).", "Protests") for i in range(15)]
    decisions += [(f"Soldiers fought rebels near the bridge ({i}).", "Battles") for i in range(15)]
    with pytest.raises(InvalidInput, match="run `tocsin code train-events`"):
        retrain_with_decisions(decisions, models)
    assert (models / MODEL_FILE).read_bytes() == before


def _subtyped_export(tmp_path: Path, copies: int) -> Path:
    rows = [
        ("Riots", "Mob violence", "A crowd of residents beat a suspected thief to death."),
        ("Riots", "Violent demonstration", "Youths threw stones at police during a protest."),
        ("Battles", "Armed clash", "Soldiers clashed with militants near the river."),
        ("Protests", "Peaceful protest", "Teachers staged a sit-in demanding unpaid salaries."),
    ]
    path = tmp_path / "current.csv"
    lines = [f'X{i},"1 May 2020",2020,{label},{sub},1,0,"{text} ({i})"'
             for i, (label, sub, text) in enumerate(rows * copies)]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sub_event_types_are_kept_and_a_decision_joins_the_one_it_reads_like(tmp_path: Path):
    models = tmp_path / "models"
    train_event_model([_subtyped_export(tmp_path, 5)], models / MODEL_FILE,
                      sentence_vectors=False)
    training = TrainingSet.load(models / TRAINING_SET_FILE)
    assert training is not None and training.subtypes is not None
    assert {"Mob violence", "Violent demonstration"} <= set(training.subtypes)

    decisions = [("Residents lynched a suspected thief at the market.", "Riots"),
                 ("Protesters threw stones at the police station.", "Riots")]
    exported = _export_model(training, models / MODEL_FILE, False)
    assert exported.likeliest_subtypes([t for t, _ in decisions], ["Riots", "Riots"]) == [
        "Mob violence", "Violent demonstration"
    ]
    summary = retrain_with_decisions(decisions, models)
    assert summary is not None and summary.analyst_examples == 2
    coder = EventTypeCoder(models / MODEL_FILE)
    assert coder.suggest(["Residents lynched a thief."])[0].label == "Riots"


def test_the_exported_notes_model_is_fitted_once_per_export(tmp_path: Path):
    models = tmp_path / "models"
    export = _subtyped_export(tmp_path, 5)
    train_event_model([export], models / MODEL_FILE, sentence_vectors=False)
    kept = models / EXPORT_MODEL_FILE
    first = kept.stat().st_mtime_ns
    retrain_with_decisions([("Residents lynched a thief.", "Riots")], models)
    retrain_with_decisions([("Residents lynched a thief.", "Riots"),
                            ("Soldiers fought rebels at dawn.", "Battles")], models)
    assert kept.stat().st_mtime_ns == first, "hourly retrains reuse it"
    train_event_model([export, _export(tmp_path, 3)], models / MODEL_FILE,
                      sentence_vectors=False)
    assert kept.stat().st_mtime_ns != first, "new exported notes, new model"


def test_a_training_set_kept_by_the_previous_release_still_serves(tmp_path: Path):
    models = tmp_path / "models"
    train_event_model([_export(tmp_path, 3)], models / MODEL_FILE, sentence_vectors=False)
    payload = joblib.load(models / TRAINING_SET_FILE)
    del payload["subtypes"]  # format 1 kept no sub-event types
    joblib.dump({**payload, "format": 1}, models / TRAINING_SET_FILE)
    training = TrainingSet.load(models / TRAINING_SET_FILE)
    assert training is not None and training.subtypes is None
    summary = retrain_with_decisions([(LYNCHING, "Riots")], models)
    assert summary is not None and summary.examples == len(EXPORT) * 3 + 1


FRENCH = "Des hommes armés ont enlevé trois villageois dans leurs maisons la nuit dernière."
SPANISH = "Hombres armados secuestraron a tres campesinos de sus casas anoche en el pueblo."


def test_a_language_is_learned_from_enough_decisions_in_it() -> None:
    assert _languages_learned(True, []) == ("en",)
    assert _languages_learned(True, [FRENCH] * 19) == ("en",)
    assert _languages_learned(True, [FRENCH] * 20 + [SPANISH] * 3) == ("en", "fr")
    # decisions alone: the languages with enough, else the language most are in
    assert _languages_learned(False, [SPANISH] * 25) == ("es",)
    assert _languages_learned(False, [FRENCH] * 8 + [SPANISH] * 5) == ("fr",)


def test_the_saved_model_says_which_languages_it_reads(tmp_path: Path) -> None:
    models = tmp_path / "models"
    train_event_model([_export(tmp_path, 3)], models / MODEL_FILE, sentence_vectors=False)
    coder = EventTypeCoder(models / MODEL_FILE)
    assert coder.model is not None and coder.model.languages == ("en",)
    assert coder.meta["languages"] == ["en"]
    decisions = [(f"{FRENCH} ({i})", "Violence against civilians") for i in range(20)]
    summary = retrain_with_decisions(decisions, models)
    assert summary is not None and summary.languages == ("en", "fr")
    assert coder.model is not None and coder.model.languages == ("en", "fr")


def _skewed_decisions() -> list[tuple[str, str]]:
    """The review's store: 29 protests, 3 strategic developments, 2 killings, 1 riot."""
    return (
        [(f"Residents of ward {i} held a peaceful march to demand better roads.", "Protests")
         for i in range(29)]
        + [(f"Troops were deployed to the town of Kambo ({i}).", "Strategic developments")
           for i in range(3)]
        + [(f"Gunmen killed villagers in Maiduguri ({i}).", "Violence against civilians")
           for i in range(2)]
        + [("Rioters burned tyres and threw stones at police in Kisumu.", "Riots")]
    )


def test_decisions_alone_with_too_few_of_a_type_keep_the_rules(tmp_path: Path) -> None:
    """One riot among 35 decisions made a model that typed a battle as a riot at 0.89."""
    models = tmp_path / "models"
    with pytest.raises(InvalidInput, match=r"keyword rules kept.*Riots: 1"):
        retrain_with_decisions(_skewed_decisions(), models)
    assert EventTypeCoder(models / MODEL_FILE).method == "rules"


def test_decisions_alone_must_beat_the_rules_on_held_out_decisions(tmp_path: Path) -> None:
    """The rules type these right already: a model of them cannot do better, so the rules
    stay, and a model an earlier run saved from fewer decisions is removed."""
    models = tmp_path / "models"
    models.mkdir()
    marches = [(f"Students marched peacefully to the prefecture ({i}).", "Protests")
               for i in range(12)]
    clashes = [(f"Soldiers clashed with militants near the river ({i}).", "Battles")
               for i in range(12)]
    earlier = EventTypeModel(sentence_vectors=False).fit(
        [t for t, _ in marches + clashes] * 2, [e for _, e in marches + clashes] * 2)
    earlier.save(models / MODEL_FILE, {"examples": 48, "analyst_examples": 48})
    with pytest.raises(InvalidInput, match=r"typed \d+ of 24 right, the rules 24"):
        retrain_with_decisions(marches + clashes, models)
    assert not (models / MODEL_FILE).exists()
