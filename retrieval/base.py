"""The one interface every expert retriever implements: a problem in, experts best first out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Evidence:
    """Why a retriever found an expert: a matched graph node (a Direction or a Field) and how well it fits (0-1)."""

    kind: str  # "direction" | "field" | "discipline" | "name" (the problem names the expert)
    name: str
    score: float
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScoredExpert:
    """One expert as ranked by one retriever; evidence says why (best first), empty where the signal has none."""

    id: str
    score: float
    evidence: tuple[Evidence, ...] = ()


class Retriever(ABC):
    """Ranks experts for a problem. `query_vector` is the embedded problem (None when no retriever needs it)."""

    #: short name used for fusion weights, ablations and reports, e.g. "dense"
    name: str

    #: whether `retrieve` needs the query vector (so callers embed the problem only when some retriever does)
    needs_vector: bool = False

    #: whether it ranks by the words of the profiles' language (BM25, models trained on Chinese text): on a problem in
    #: another script it finds only noise, so the pipeline leaves it out of the fusion there
    reads_words: bool = False

    #: whether it reads the problem's sentences (a model trained on titles and abstracts): the glossary's word list
    #: for an English problem (retrieval/glossary.py) is no input for it, so it sits out there
    reads_sentences: bool = False

    @abstractmethod
    def retrieve(self, query: str, query_vector: np.ndarray | None, k: int) -> list[ScoredExpert]:
        """Up to k experts, best first."""
