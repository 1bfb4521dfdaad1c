"""The one interface every sentence-embedding backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np


class Embedder(ABC):
    """Turns texts into L2-normalised float32 vectors, so inner product is cosine similarity."""

    #: identifies the model; an index built with one name refuses to load with another
    name: str
    #: vector dimension
    dim: int

    @abstractmethod
    def embed(self, texts: list[str]) -> np.ndarray:
        """An array of shape (len(texts), dim), dtype float32, each row of unit length."""
