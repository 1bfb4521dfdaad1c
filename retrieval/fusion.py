"""Combine the rankings of several retrievers (dense, lexical, graph, …) into one ranking."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from retrieval.base import Evidence, Retriever, ScoredExpert

Ranking = list[tuple[str, float]]


def _weights_for(rankings: Mapping[str, Ranking], weights: Mapping[str, float] | None) -> dict[str, float]:
    """Each ranking's weight (1.0 unless given); unknown names and negative weights are errors, not ignored."""
    weights = dict(weights or {})
    unknown = sorted(set(weights) - set(rankings))
    if unknown:
        raise ValueError(f"weights for unknown rankings: {unknown}; rankings are {sorted(rankings)}")
    if any(not math.isfinite(w) or w < 0 for w in weights.values()):
        raise ValueError(f"weights must be finite and non-negative: {weights}")
    return {name: weights.get(name, 1.0) for name in rankings}


def _ranked(scores: Mapping[str, float]) -> Ranking:
    """Best first, ties broken by id so equal inputs always give the same order."""
    return sorted(scores.items(), key=lambda p: (-p[1], p[0]))


def reciprocal_rank_fusion(
    rankings: Mapping[str, Ranking], k: int = 60, weights: Mapping[str, float] | None = None
) -> Ranking:
    """Weighted RRF (Cormack et al. 2009): score(d) = sum over rankings r of w_r / (k + rank_r(d)).

    Each ranking is a best-first list; its scores are ignored, only positions (1-based) count, so rankings on
    incomparable scales fuse without calibration. A doc listed twice in one ranking counts at its best rank.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    w = _weights_for(rankings, weights)
    fused: dict[str, float] = {}
    for name, ranking in rankings.items():
        seen: set[str] = set()
        for rank, (doc, _) in enumerate(ranking, start=1):
            if doc not in seen:
                seen.add(doc)
                fused[doc] = fused.get(doc, 0.0) + w[name] / (k + rank)
    return _ranked(fused)


def weighted_score_fusion(rankings: Mapping[str, Ranking], weights: Mapping[str, float] | None = None) -> Ranking:
    """Weighted sum of min-max normalised scores: each ranking's best doc gets 1, its worst 0, absent docs 0.

    Unlike RRF it keeps score gaps (a clear winner stays clear), but one outlier score squashes the rest of
    that ranking. A ranking whose scores are all equal gives each of its docs 1. Scores must be finite.
    """
    w = _weights_for(rankings, weights)
    fused: dict[str, float] = {}
    for name, ranking in rankings.items():
        best: dict[str, float] = {}
        for doc, score in ranking:
            if not math.isfinite(score):
                raise ValueError(f"ranking {name!r}: non-finite score {score} for {doc!r}")
            best[doc] = max(score, best.get(doc, score))
        if not best:
            continue
        lo, hi = min(best.values()), max(best.values())
        for doc, score in best.items():
            norm = (score - lo) / (hi - lo) if hi > lo else 1.0
            fused[doc] = fused.get(doc, 0.0) + w[name] * norm
    return _ranked(fused)


def merge_parts(parts: Sequence[Sequence[ScoredExpert]], limit: int | None = None) -> list[ScoredExpert]:
    """The fused rankings of the separate problems of one message as one: each expert at its best score over the
    problems (a fused score keeps its meaning: how well the expert fits the problem it fits best), evidence of all;
    cut to `limit`, each problem's best few are kept whatever the others score (a problem whose experts agree across
    the signals scores higher, and would otherwise fill every place)."""
    best: dict[str, float] = {}
    evidence: dict[str, list[Evidence]] = {}
    for ranking in parts:
        for hit in ranking:
            best[hit.id] = max(hit.score, best.get(hit.id, hit.score))
            evidence.setdefault(hit.id, []).extend(hit.evidence)
    ranked = _ranked(best)
    if limit is not None and len(parts) > 1:
        each = max(1, limit // (2 * len(parts)))
        kept = list(dict.fromkeys(hit.id for ranking in parts for hit in ranking[:each]))
        kept += [i for i, _ in ranked if i not in kept]
        chosen = set(kept[:limit])
        ranked = [(i, s) for i, s in ranked if i in chosen]
    return [ScoredExpert(i, s, tuple(evidence[i])) for i, s in ranked[:limit]]


class FusionRetriever(Retriever):
    """Weighted RRF over the retrievers it is given: a new signal is one more retriever and one more weight."""

    name = "fused"

    def __init__(self, retrievers: Sequence[Retriever], weights: Mapping[str, float] | None = None,
                 rrf_k: int = 60, candidates: int = 100) -> None:
        names = [r.name for r in retrievers]
        if len(set(names)) != len(names):
            raise ValueError(f"retriever names must be unique: {names}")
        self.retrievers = {r.name: r for r in retrievers}
        self.weights = dict(weights or {})
        self.rrf_k = rrf_k
        self.candidates = candidates

    @property
    def needs_vector(self) -> bool:  # type: ignore[override]
        return any(r.needs_vector for r in self.retrievers.values())

    def rankings(self, query: str, query_vector: np.ndarray | None, k: int,
                 only: Sequence[str] | None = None) -> dict[str, list[ScoredExpert]]:
        """Each selected retriever's own ranking (k deep), in the order the retrievers were given."""
        selected = list(self.retrievers) if only is None else list(only)
        unknown = sorted(set(selected) - set(self.retrievers))
        if unknown:
            raise ValueError(f"unknown retrievers {unknown}; known: {sorted(self.retrievers)}")
        return {name: self.retrievers[name].retrieve(query, query_vector, k)
                for name in self.retrievers if name in selected}

    def retrieve(self, query: str, query_vector: np.ndarray | None, k: int,
                 only: Sequence[str] | None = None) -> list[ScoredExpert]:
        """The fused ranking of the selected retrievers (all by default), each asked for `candidates` experts."""
        return self.fuse(self.rankings(query, query_vector, max(k, self.candidates), only))[:k]

    def fuse(self, rankings: Mapping[str, list[ScoredExpert]], limit: int | None = None) -> list[ScoredExpert]:
        """All experts of the rankings (the first `limit` when given) by weighted RRF, with the evidence of every
        retriever; a single ranking is returned as it is."""
        if len(rankings) == 1:
            return list(next(iter(rankings.values())))[:limit]
        weights = {name: self.weights.get(name, 1.0) for name in rankings}
        fused = reciprocal_rank_fusion({n: [(h.id, h.score) for h in r] for n, r in rankings.items()},
                                       k=self.rrf_k, weights=weights)[:limit]
        evidence: dict[str, list[Evidence]] = {i: [] for i, _ in fused}
        for ranking in rankings.values():
            for hit in ranking:
                if hit.evidence and hit.id in evidence:
                    evidence[hit.id].extend(hit.evidence)
        return [ScoredExpert(i, s, tuple(evidence[i])) for i, s in fused]
