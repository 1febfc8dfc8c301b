"""The sentence model in 8-bit integers, run one sentence at a time.

On a CPU the sentence model is nearly all the cost of coding a report, and its matrix products
run close to the cores' 32-bit peak. ONNX Runtime's 8-bit products are about twice as fast and
keep the vectors within cosine 0.99 of the full model's. Its quantisation is dynamic: each call
scales its activations to the largest value in the call, so in a batch a sentence's vector
would depend on the other sentences beside it (cosine as low as 0.98 between a sentence alone
and the same sentence in a batch). One sentence per call keeps every vector a function of its
own text; two calls run side by side, one per core.

The 8-bit copy is built once from the installed weights (export with torch, quantise with ONNX
Runtime, about 20 s) and kept in the model cache, beside a note of what it was built from, so a
new model package or runtime rebuilds it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from tocsin.coding.embedder import DIMENSION

log = logging.getLogger(__name__)

# Bump when the export, the quantisation or the way the copy is run changes, so that older
# copies are rebuilt and vectors kept on disk are not mixed (2: without SLOW_FUSIONS).
FORMAT = 2
FILE_PATTERN = "all-MiniLM-L6-v2-int8-v{}.onnx"
FILE_NAME = FILE_PATTERN.format(FORMAT)


# ONNX Runtime fuses each residual addition with the layer normalisation after it. On inputs
# of a sentence (about 30 word pieces) its fused kernel took 0.40 s of the model's 2.7 s over
# 511 sentences, against 0.12 s for the addition and normalisation it replaces: leaving it out
# makes the model 10-15% faster, with vectors as close to the 32-bit model's as before. An
# optimiser name ONNX Runtime does not know is ignored silently, so a test checks the graph.
SLOW_FUSIONS = ("SkipLayerNormFusion",)


def quantised_path(cache: Path) -> Path:
    return cache / FILE_NAME


def _note_path(model: Path) -> Path:
    return model.with_suffix(".json")


def _origin(source: Path) -> dict[str, Any]:
    """What a built copy depends on: the weights it came from and the runtime that reads it."""
    import onnxruntime

    digest = hashlib.sha256()
    with (source / "model.safetensors").open("rb") as weights:
        for block in iter(lambda: weights.read(1 << 20), b""):
            digest.update(block)
    return {"format": FORMAT, "weights": digest.hexdigest(), "onnxruntime": onnxruntime.__version__}


def _is_current(model: Path, origin: dict[str, Any]) -> bool:
    try:
        note = json.loads(_note_path(model).read_text())
    except (OSError, ValueError):
        return False
    return model.exists() and note == origin


@contextlib.contextmanager
def _exclusive(lock_file: Path) -> Iterator[None]:
    """One builder at a time: a worker and a CLI started together would otherwise both export."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """The exporter and quantiser talk on stdout, warnings and the root logger, and
    transformers draws a progress bar on stderr; `tocsin code --json` owns stdout and a
    worker's log is read by people, so they are kept quiet while building."""
    from transformers.utils import logging as transformers_logging

    loggers = [logging.getLogger(), logging.getLogger("torch")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    bars = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()
    try:
        with (
            warnings.catch_warnings(),
            open(os.devnull, "w") as devnull,
            contextlib.redirect_stdout(devnull),
        ):
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
        if bars:
            transformers_logging.enable_progress_bar()


def build(source: Path, cache: Path) -> Path:
    """The 8-bit copy of the model in ``source``, built into ``cache`` unless already current."""
    target = quantised_path(cache)
    _build_unless_current(source, target)
    _remove_older_formats(cache)
    return target


def _build_unless_current(source: Path, target: Path) -> None:
    cache = target.parent
    origin = _origin(source)
    if _is_current(target, origin):
        return
    with _exclusive(cache / f"{FILE_NAME}.lock"):
        if _is_current(target, origin):  # another process built it while we waited
            return
        log.info("building the 8-bit sentence model in %s (once)", cache)
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            full = Path(tmp) / "full.onnx"
            small = Path(tmp) / FILE_NAME
            with _quiet():
                _export(source, full)
                _quantise(full, small)
            os.replace(small, target)
            _note_path(target).write_text(json.dumps(origin, indent=1))


def _remove_older_formats(cache: Path) -> None:
    """A copy of another format is never read again: free its 20-odd megabytes (if the cache
    is someone else's to clean, leave it)."""
    for old in cache.glob(FILE_PATTERN.format("*")):
        if old.name != FILE_NAME:
            for path in (old, _note_path(old), old.with_name(f"{old.name}.lock")):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)


def _export(source: Path, out: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    class LastHiddenState(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    model = AutoModel.from_pretrained(str(source)).eval()
    example = AutoTokenizer.from_pretrained(str(source))(
        ["an example", "a second, longer example"], padding=True, return_tensors="pt"
    )
    batch, length = torch.export.Dim("batch"), torch.export.Dim("length")
    program = torch.onnx.export(
        LastHiddenState(model),
        (),
        kwargs={"input_ids": example["input_ids"], "attention_mask": example["attention_mask"]},
        input_names=["input_ids", "attention_mask"],
        output_names=["last_hidden_state"],
        dynamic_shapes={
            "input_ids": {0: batch, 1: length},
            "attention_mask": {0: batch, 1: length},
        },
        dynamo=True,
        verbose=False,
    )
    if program is None:  # only the legacy exporter, which writes a file itself, returns None
        raise RuntimeError("torch.onnx.export returned no program")
    program.save(str(out))


def _quantise(full: Path, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Per-channel weights keep the vectors at cosine 0.99 of the full model's; one scale per
    # matrix (and torch's own dynamic quantisation) fell to 0.94.
    quantize_dynamic(str(full), str(out), weight_type=QuantType.QInt8, per_channel=True)


class QuantisedSentenceModel:
    """Unit-length mean-pooled vectors, as the sentence-transformers model gives them.

    Presents the part of sentence-transformers' interface that the encoder uses
    (``max_seq_length``, ``encode``); ``one_at_a_time`` tells the encoder that grouping
    sentences into batches buys nothing here. The model's own ``tokenizer.json`` is read with
    the tokenizers library (the same word pieces as transformers gives), so coding never
    imports torch or transformers: a worker starts seconds sooner and holds less memory.
    """

    one_at_a_time = True
    backend = "int8"

    def __init__(self, path: Path, source: Path, max_seq_length: int, threads: int) -> None:
        from tokenizers import Tokenizer

        _require_mean_pooling(source)
        self._session = open_session(path)
        self.tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_seq_length)
        self.tokenizer.no_padding()
        self.max_seq_length = max_seq_length
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="sentence-model")

    def encode(self, texts: Sequence[str], **_: object) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        ids = [encoding.ids for encoding in self.tokenizer.encode_batch(list(texts))]
        return np.stack(list(self._pool.map(self._one, ids)))

    def _one(self, ids: list[int]) -> np.ndarray:
        tokens = np.asarray([ids], dtype=np.int64)
        hidden = self._session.run(
            None, {"input_ids": tokens, "attention_mask": np.ones_like(tokens)}
        )[0][0]
        vector = hidden.mean(axis=0)
        return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)


def open_session(path: Path, optimised_copy: Path | None = None) -> Any:
    """One thread per session, since two sessions run side by side; ``optimised_copy`` writes
    the graph as ONNX Runtime will run it, for a test to read."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    if optimised_copy is not None:
        options.optimized_model_filepath = str(optimised_copy)
    return onnxruntime.InferenceSession(
        str(path), options, providers=["CPUExecutionProvider"],
        disabled_optimizers=list(SLOW_FUSIONS),
    )


def _require_mean_pooling(source: Path) -> None:
    """The vectors are pooled here, not by sentence-transformers: refuse a model that pools
    another way rather than give different vectors silently."""
    config = json.loads((source / "1_Pooling" / "config.json").read_text())
    modes = {k for k, v in config.items() if k.startswith("pooling_mode") and v}
    if modes != {"pooling_mode_mean_tokens"}:
        raise ValueError(f"the sentence model pools by {sorted(modes)}; expected mean tokens")
