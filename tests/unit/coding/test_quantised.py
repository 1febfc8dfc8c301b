"""The 8-bit sentence model: close to the published weights, independent of its neighbours,
built once and rebuilt when what it was built from changes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tocsin.coding.embedder import (
    SentenceEncoder,
    get_encoder,
    load_model,
    model_identity,
    model_path,
)
from tocsin.coding.quantised import (
    FILE_NAME,
    FILE_PATTERN,
    FORMAT,
    _require_mean_pooling,
    build,
    quantised_path,
)
from tocsin.config import get_settings
from tocsin.domain.errors import InvalidInput

SENTENCES = [
    "Militiamen burned houses in the village and killed eleven civilians.",
    "The minister called the minority cockroaches that must be cleared out.",
    "Teachers staged a sit-in outside the education ministry over unpaid wages.",
    "Des hommes armés ont attaqué le marché de Djibo.",
    "No casualties reported.",
]


@pytest.fixture(scope="module")
def int8() -> object:
    return load_model("int8")


def test_vectors_stay_close_to_the_published_weights(int8: object) -> None:
    full = load_model("torch").encode(SENTENCES, normalize_embeddings=True)
    small = int8.encode(SENTENCES)
    assert np.allclose(np.linalg.norm(small, axis=1), 1.0, atol=1e-5)
    cosines = (full * small).sum(axis=1)
    assert cosines.min() > 0.97, cosines
    # Each sentence is nearest to its own full-precision vector, not to another sentence's.
    assert list((small @ full.T).argmax(axis=1)) == list(range(len(SENTENCES)))


def test_a_sentence_vector_does_not_depend_on_its_neighbours(int8: object) -> None:
    alone = int8.encode([SENTENCES[1]])[0]
    among = int8.encode([SENTENCES[0], SENTENCES[1], SENTENCES[3] * 4])[1]
    assert np.array_equal(alone, among)


def test_the_encoder_hands_the_whole_list_to_a_one_at_a_time_model(int8: object) -> None:
    encoder = SentenceEncoder(model=int8, cache_size=0)
    vectors = encoder.encode([*SENTENCES, SENTENCES[0]])
    assert np.array_equal(vectors[0], vectors[-1])
    assert np.array_equal(vectors[2], int8.encode([SENTENCES[2]])[0])


def test_a_current_copy_is_reused_without_rebuilding(tmp_path: Path) -> None:
    get_encoder().encode(["builds the shared copy if this run has not yet"])
    shipped = quantised_path(get_settings().model_cache)
    copy = quantised_path(tmp_path)
    shutil.copy(shipped, copy)
    shutil.copy(shipped.with_suffix(".json"), copy.with_suffix(".json"))
    before = copy.stat().st_mtime_ns
    assert build(model_path(), tmp_path) == copy
    assert copy.stat().st_mtime_ns == before


def test_a_stale_copy_is_rebuilt_and_the_cli_output_stays_clean(tmp_path: Path) -> None:
    """A copy noted as built from other weights is replaced, a copy of an earlier format is
    removed, and the exporter's chatter never reaches `tocsin code --json`'s standard output,
    nor its progress bar the error stream."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / FILE_NAME).write_bytes(b"not a model")
    (cache / FILE_NAME).with_suffix(".json").write_text(json.dumps({"weights": "other"}))
    older = cache / FILE_PATTERN.format(FORMAT - 1)
    older.write_bytes(b"a copy of an earlier format")
    older.with_suffix(".json").write_text("{}")
    env = {**os.environ, "TOCSIN_MODEL_CACHE": str(cache), "TOCSIN_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tocsin.cli", "code", "--json"],
        input=json.dumps({"text": SENTENCES[0]}) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert json.loads(line)["event_type"]["type"]
    note = json.loads((cache / FILE_NAME).with_suffix(".json").read_text())
    assert note["weights"] != "other"
    assert (cache / FILE_NAME).stat().st_size > 1_000_000
    assert "Loading weights" not in result.stderr, result.stderr
    assert not older.exists() and not older.with_suffix(".json").exists()


def test_an_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="unknown sentence backend 'fp16'"):
        load_model("fp16")


def test_vectors_kept_on_disk_name_the_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    identities = {}
    for backend in ("int8", "torch"):
        monkeypatch.setenv("TOCSIN_SENTENCE_BACKEND", backend)
        get_settings.cache_clear()
        identities[backend] = model_identity()
    get_settings.cache_clear()
    assert identities["int8"] != identities["torch"]
    assert identities["torch"].endswith("torch")


def test_a_loaded_model_names_its_own_backend(int8: object) -> None:
    assert model_identity(int8).endswith(f" int8-v{FORMAT}")
    assert SentenceEncoder(model=int8).identity == model_identity(int8)


def test_a_model_that_pools_otherwise_is_refused(tmp_path: Path) -> None:
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(
        json.dumps({"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False})
    )
    with pytest.raises(ValueError, match="cls_token"):
        _require_mean_pooling(tmp_path)


def test_an_unwritable_cache_falls_back_to_torch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TOCSIN_MODEL_CACHE", str(blocker / "tocsin"))
    get_settings.cache_clear()
    try:
        model = load_model()
    finally:
        get_settings.cache_clear()
    assert not getattr(model, "one_at_a_time", False)
    assert model.encode(["still coded"]).shape == (1, 384)
    # Vectors kept between learning runs name the backend that really made them.
    assert model_identity(model).endswith(" torch")
    assert "set TOCSIN_MODEL_CACHE to a writable folder" in caplog.text


def test_word_pieces_are_those_transformers_gives(int8: object) -> None:
    """The tokenizer is read without transformers; it must cut text exactly as it does."""
    from transformers import AutoTokenizer

    reference = AutoTokenizer.from_pretrained(str(model_path()))
    texts = [*SENTENCES, "word " * 300, "", "😀 emoji 🔪 and Ge'ez ሰላም"]
    ours = [e.ids for e in int8.tokenizer.encode_batch(texts)]
    theirs = reference(texts, truncation=True, max_length=int8.max_seq_length)["input_ids"]
    assert ours == theirs
    assert len(ours[len(SENTENCES)]) == int8.max_seq_length


def test_coding_with_the_8bit_model_never_imports_torch(int8: object, tmp_path: Path) -> None:
    """Once the copy is built (the fixture builds it: building needs torch's exporter)."""
    script = (
        "import sys\n"
        "from tocsin.coding.pipeline import code_reports\n"
        "code_reports(['Militiamen burned the village and killed eleven civilians.'])\n"
        "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n"
    )
    env = {**os.environ, "TOCSIN_DATA_DIR": str(tmp_path), "TOCSIN_SENTENCE_BACKEND": "int8"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_copy_runs_without_the_slow_fused_normalisation(int8: object, tmp_path: Path) -> None:
    """ONNX Runtime ignores an optimiser name it does not know: check the graph it runs."""
    import onnx

    from tocsin.coding.quantised import open_session

    shipped = quantised_path(get_settings().model_cache)
    open_session(shipped, optimised_copy=tmp_path / "as-run.onnx")
    ops = {node.op_type for node in onnx.load(str(tmp_path / "as-run.onnx")).graph.node}
    assert "SkipLayerNormalization" not in ops
    assert "LayerNormalization" in ops
