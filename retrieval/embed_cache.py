"""Vectors kept by the digest of (embedder name, text), so a profile whose text did not change is never re-embedded.

On disk: one file, `embed-cache.npy` in the index directory, of rows (16-byte BLAKE2b digest, float32 vector) sorted
by digest, opened memory-mapped and replaced atomically. `index build` rewrites it with exactly the indexed experts'
vectors; `index update` adds the ones it embedded (older versions linger until the next build). A lost or
unreadable cache only costs re-embedding.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

DIGEST = np.dtype("S16")
FILE = "embed-cache.npy"


def digests(embedder_name: str, texts: list[str]) -> np.ndarray:
    """The cache key of each text for this embedder."""
    prefix = embedder_name.encode("utf-8") + b"\0"
    return np.array([hashlib.blake2b(prefix + t.encode("utf-8", "surrogatepass"), digest_size=16).digest()
                     for t in texts], dtype=DIGEST)


def _row(dim: int) -> np.dtype:
    return np.dtype([("digest", DIGEST), ("vector", "<f4", (dim,))])


class EmbeddingCache:
    """Vectors by digest from the cache saved in `directory` (empty when there is none or it does not fit `dim`)."""

    def __init__(self, directory: Path, dim: int) -> None:
        self.dim = dim
        self._rows = np.empty(0, dtype=_row(dim))
        self._keys = np.empty(0, dtype=DIGEST)
        try:
            rows = np.load(directory / FILE, mmap_mode="r")
        except (OSError, ValueError):
            return
        if rows.dtype == _row(dim):
            self._rows = rows
        self._keys = np.ascontiguousarray(self._rows["digest"])  # 16 bytes a row: searched in memory

    def __len__(self) -> int:
        return len(self._rows)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(mask of the keys found, their vectors in order)."""
        if not len(self._rows) or not len(keys):
            return np.zeros(len(keys), dtype=bool), np.empty((0, self.dim), dtype=np.float32)
        pos = np.searchsorted(self._keys, keys)
        pos[pos == len(self._keys)] = 0
        found = self._keys[pos] == keys
        return found, np.array(self._rows["vector"][pos[found]], dtype=np.float32)

    def rows(self) -> np.ndarray:
        """All saved rows (memory-mapped), for `write_cache` to keep."""
        return self._rows


def write_cache(directory: Path, dim: int, parts: list[tuple[np.ndarray, np.ndarray]],
                keep: np.ndarray | None = None) -> None:
    """Save (digests, vectors) parts, plus the rows `keep`, as the cache at `directory`, sorted and de-duplicated."""
    rows = np.empty(sum(len(k) for k, _ in parts) + (len(keep) if keep is not None else 0), dtype=_row(dim))
    at = 0
    for keys, vectors in parts:
        rows["digest"][at:at + len(keys)] = keys
        rows["vector"][at:at + len(keys)] = vectors
        at += len(keys)
    if keep is not None:
        rows[at:] = keep
    _, first = np.unique(rows["digest"], return_index=True)
    tmp = directory / f"{FILE}.tmp.npy"
    np.save(tmp, rows[first])
    os.replace(tmp, directory / FILE)


def embed_cached(embedder, texts: list[str], cache: EmbeddingCache | None) -> tuple[np.ndarray, np.ndarray]:
    """(digests, vectors) of `texts`: vectors from `cache` where it has them, the rest embedded now."""
    keys = digests(embedder.name, texts)
    if cache is None:
        return keys, embedder.embed(texts)
    found, cached = cache.lookup(keys)
    vectors = np.empty((len(texts), embedder.dim), dtype=np.float32)
    vectors[found] = cached
    if not found.all():
        vectors[~found] = embedder.embed([t for t, hit in zip(texts, found.tolist()) if not hit])
    return keys, vectors
