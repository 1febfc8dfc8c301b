"""Learning from analysts' decisions: verified reports retrain the coders, and a coder that
is already running picks the new models up."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import joblib

from tocsin.accounts.service import Principal
from tocsin.coding import learning
from tocsin.coding.base import ReportBatch
from tocsin.coding.event_training import MIN_DECISIONS_ALONE, MIN_EACH_TYPE_ALONE
from tocsin.coding.events import MODEL_FILE, EventTypeCoder
from tocsin.coding.incitement import IncitementDetector
from tocsin.coding.incitement_model import MIN_DECISIONS_ALONE as INCITEMENT_MIN
from tocsin.coding.incitement_model import MODEL_FILE as INCITEMENT_MODEL
from tocsin.coding.incitement_model import IncitementModel, train_incitement_model
from tocsin.coding.indicators import FoaCoder
from tocsin.coding.learning import (
    STATE_FILE,
    ReportVectors,
    coding_status,
    describe,
    learn_from_analysts,
    read_decisions,
)
from tocsin.config import Settings
from tocsin.domain.reports import Channel
from tocsin.intake.service import (
    parse_submission,
    parse_verification,
    submit_report,
    verify_report,
)
from tocsin.store.uow import Store
from tocsin.worker import default_jobs, run_worker

MOB = "A crowd of residents in Ouake beat a suspected thief and set his motorbike on fire."
MARCH = "Several hundred students marched peacefully to the prefecture to demand more teachers."
INCITEMENT = "On the radio a councillor called the Kari cockroaches who must be cleansed."
DISCRIMINATION = "The new decree bars members of the Kari community from holding land titles."


def _decided(store: Store, analyst: Principal, text: str, decision: dict) -> int:
    """A report from the public form, verified by ``analyst`` with ``decision``."""
    with store.uow() as uow:
        report = submit_report(
            uow,
            parse_submission({"title": text[:40], "text": text, "country": "BEN"}),
            Principal.public(),
            Channel.WEB,
        )
    with store.uow(analyst.actor) as uow:
        verify_report(uow, report.id, parse_verification(decision), analyst)
    return report.id


def _verified(store: Store, analyst: Principal, text: str, event_type: str, codes: list[str]):
    return _decided(store, analyst, text, {"event_type": event_type, "indicators": codes})


def test_verified_reports_retrain_both_coders_once(store, analyst, tmp_path: Path, monkeypatch):
    models = tmp_path / "models"
    events = EventTypeCoder(models / MODEL_FILE)
    foa = FoaCoder(model_dir=models)
    assert events.method == "rules" and foa.learned is None

    for i in range(MIN_DECISIONS_ALONE // 2):
        _verified(store, analyst, f"{MOB} ({i})", "Riots", ["8.7"])
        _verified(store, analyst, f"{MARCH} ({i})", "Protests", ["2.1"])
    for i in range(MIN_EACH_TYPE_ALONE):  # each type a model of decisions alone learns
        _verified(store, analyst, f"{INCITEMENT} ({i})", "Strategic developments",
                  ["8.7", "7.14"])
    count = MIN_DECISIONS_ALONE + MIN_EACH_TYPE_ALONE
    confirmed = count + MIN_EACH_TYPE_ALONE

    with store.uow() as uow:
        decisions = read_decisions(uow)
    assert len(decisions.event_types) == count and len(decisions.indicators) == confirmed
    assert (f"{INCITEMENT} (0)", "7.14") in decisions.indicators

    first = learn_from_analysts(store, models)
    assert first.changed and first.indicator_model and first.event_type_model
    assert (models / STATE_FILE).exists()

    # The coders built before the retrain now code with the new models.
    assert events.method == "trained" and events.meta["analyst_examples"] == count
    assert foa.learned is not None and foa.learned.n_confirmations_ == confirmed
    suggestion = events.code(ReportBatch([MOB.replace("Ouake", "Parakou")]))[0][0]
    assert suggestion.label == "Riots" and suggestion.details["method"] == "trained"

    status = coding_status(models)
    assert status.event_type_method == "trained" and status.exported_notes == 0
    assert status.analyst_examples == count and status.indicator_decisions == confirmed
    assert status.learned_at == first.learned_at

    distinct = len({t for t, _ in decisions.indicators + decisions.event_types})
    assert first.reports_encoded == distinct, "each decided report encoded once for both coders"

    again = learn_from_analysts(store, models)
    assert not again.changed and not again.event_type_model, "no new decision, no retrain"
    forced = learn_from_analysts(store, models, force=True)
    assert forced.changed and forced.reports_encoded == 0, "vectors kept from the last run"

    _verified(store, analyst, DISCRIMINATION, "Strategic developments", ["2.1"])
    third = learn_from_analysts(store, models)
    assert third.changed and third.event_type_decisions == count + 1
    assert third.reports_encoded == 1, "only the newly decided report is encoded"

    # A release whose event-type model reads other inputs retrains on its first run.
    monkeypatch.setattr(learning, "EVENT_FORMAT", learning.EVENT_FORMAT + 1)
    assert learn_from_analysts(store, models).changed


def test_too_few_decisions_train_nothing(store, analyst, tmp_path: Path):
    for i in range(MIN_DECISIONS_ALONE - 1):
        _verified(store, analyst, f"{MOB} ({i})", ("Riots", "Protests")[i % 2], ["8.7"])
    result = learn_from_analysts(store, tmp_path / "models")
    assert result.changed
    assert not result.indicator_model and not result.event_type_model
    assert not (tmp_path / "models" / MODEL_FILE).exists()


def test_the_worker_learns_in_the_background(store, analyst, settings: Settings):
    for i in range(MIN_DECISIONS_ALONE // 2):
        for text, kind in ((MOB, "Riots"), (MARCH, "Protests")):
            _verified(store, analyst, f"{text} ({i})", kind, [])
    jobs = default_jobs(store, settings)
    assert "learning" in jobs
    thread = jobs["learning"]()
    assert isinstance(thread, threading.Thread), "the retrain runs beside the other jobs"
    thread.join(timeout=300)
    assert not thread.is_alive()
    assert (settings.data_dir / "models" / MODEL_FILE).exists()
    assert jobs["learning"]() is None, "throttled: at most once per learning_seconds"

    off = settings.model_copy(update={"learning_seconds": 0})
    assert "learning" not in default_jobs(store, off)


def test_a_single_worker_round_learns_before_it_returns(store, analyst, settings: Settings):
    for i in range(MIN_DECISIONS_ALONE // 2):
        for text, kind in ((MOB, "Riots"), (MARCH, "Protests")):
            _verified(store, analyst, f"{text} ({i})", kind, [])
    run_worker(store, settings, threading.Event(), once=True)
    assert (settings.data_dir / "models" / MODEL_FILE).exists()


def test_a_model_from_another_version_falls_back_to_the_rules(tmp_path: Path, caplog):
    path = tmp_path / MODEL_FILE
    joblib.dump({"format": -1, "model": None}, path)
    with caplog.at_level(logging.WARNING):
        coder = EventTypeCoder(path)
        suggestion = coder.code(ReportBatch([MARCH]))[0][0]
    assert suggestion.details["method"] == "rules" and suggestion.label == "Protests"
    assert "another version" in caplog.text


def test_kept_vectors_of_another_sentence_model_or_a_damaged_file_are_not_used(tmp_path: Path):
    path = tmp_path / "vectors.joblib"
    first = ReportVectors(path=path)
    first([MOB, MARCH])
    first.save([MOB])
    assert len(ReportVectors(path=path).known) == 1, "only the current decisions are kept"

    joblib.dump({"model": "another model", "vectors": first.known}, path)
    assert ReportVectors(path=path).known == {}
    path.write_bytes(b"not a joblib file")
    assert ReportVectors(path=path).known == {}


def _answered(store: Store, analyst: Principal, text: str, present: bool, language: str) -> None:
    """A report verified with an answer to the incitement suggestion and its language."""
    _decided(store, analyst, text, {"incitement": present, "language": language})


def test_incitement_answers_train_the_incitement_model(store, analyst, tmp_path: Path):
    models = tmp_path / "models"
    detector = IncitementDetector(model_path=models / INCITEMENT_MODEL)
    groups = ["Kari", "Tesso", "Malin", "Oru"]
    hateful = "On the radio the mayor called the {} rats and a plague to be swept out of town"
    calm = "Farmers in {} district reported a good harvest and the market reopened"
    for i in range(3):
        _answered(store, analyst, f"{hateful.format(groups[i % 4])} ({i}).", True, "en")
        _answered(store, analyst, f"{calm.format(groups[i % 4])} ({i}).", False, "en")
    few = learn_from_analysts(store, models)
    assert few.incitement_decisions == 6 and not few.incitement_model
    assert "not enough yet (20 in the model's languages" in describe(few)

    for i in range(3, INCITEMENT_MIN // 2):
        _answered(store, analyst, f"{hateful.format(groups[i % 4])} ({i}).", True, "en")
        _answered(store, analyst, f"{calm.format(groups[i % 4])} ({i}).", False, "en")
    _answered(store, analyst, "Le maire a traité les Kari de rats à chasser.", True, "fr")
    with store.uow() as uow:
        decisions = read_decisions(uow)
    assert len(decisions.incitement) == INCITEMENT_MIN + 1
    assert decisions.incitement[-1][1:] == (True, "fr")

    result = learn_from_analysts(store, models)
    assert result.incitement_model and result.incitement_decisions == INCITEMENT_MIN + 1
    meta = IncitementModel.load(models / INCITEMENT_MODEL)[1]
    assert meta["source"] == "analysts"
    assert meta["analyst_examples"] == INCITEMENT_MIN, "French answers do not train English"
    status = coding_status(models)
    assert status.incitement_model and status.incitement_answers == INCITEMENT_MIN
    assert status.incitement_decisions == INCITEMENT_MIN + 1

    # The detector built before the model existed now gives its second opinion.
    hot, cold = detector.code(ReportBatch([
        "The governor called the Senu rats and a plague to be swept out of the province.",
        "Traders in the Senu quarter reported good sales as the market reopened.",
    ]))
    assert hot[0].details["learned_score"] > 0.5 > cold[0].details["learned_score"]

    # Labelled files trained later get the answers added at the next run, though none changed.
    speech = tmp_path / "speech.csv"
    speech.write_text("text,label\n" + "".join(
        f'"{hateful.format(g)} again.",1\n"{calm.format(g)} again.",0\n' for g in groups))
    train_incitement_model([speech], models / INCITEMENT_MODEL)
    assert "analyst_examples" not in IncitementModel.load(models / INCITEMENT_MODEL)[1]
    after_files = learn_from_analysts(store, models)
    assert after_files.changed and after_files.incitement_model
    meta = IncitementModel.load(models / INCITEMENT_MODEL)[1]
    assert meta["source"] == "files" and meta["analyst_examples"] == INCITEMENT_MIN
    assert not learn_from_analysts(store, models).changed
