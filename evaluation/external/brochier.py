"""brochier-dblp: expert finding on the DBLP set of Brochier et al. (BIR@ECIR 2020).

dblp.npz holds T (1,641 document texts: title + abstract), A_da (document x author), L_d_mask (the 114 labelled
documents, the queries), L_d (their topics), L_a (topic x labelled candidate: the experts) and L_a_mask (the
199-candidate pool the evaluation ranks). Protocol, as in the reference code (brochier/expert_finding): each
labelled document is a query; every other document is scored against it; candidates of the pool are scored by
aggregating the scores of their documents, the query document excluded; a candidate is relevant when an expert
of one of the query's topics. Metrics over the full pool ranking: ap, p@10, mrr.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from ir_measures import AP, RR, P

from evaluation.external.common import (
    Workspace,
    embed,
    fusion_settings,
    ir_metrics,
    order,
    tfidf,
    words,
)
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.lexical import LexicalIndex

FILE = "dblp.npz"
MEASURES = {"ap": AP, "p@10": P @ 10, "mrr": RR}
AGGREGATES = ("votes", "rrf", "max", "sum")
RRF_K = 60
#: tfidf keeps the reference's reciprocal-rank voting (it reproduces the reference); for ours, rrf had the best AP
#: of the four on the tuning half (even-numbered queries) for every retriever, -minilm ones included (they use
#: their base's entry): `benchmarks/external.py --tune`
DEFAULT_AGGREGATE = {"tfidf": "votes", "lexical": "rrf", "dense": "rrf", "fused": "rrf"}


@dataclass(frozen=True)
class DblpData:
    source: str  # the file read: names its cached indexes and embeddings
    texts: list[str]
    doc_authors: sp.csc_matrix  # documents x authors, 0/1
    queries: np.ndarray  # document index of each query
    candidates: np.ndarray  # author index of each candidate of the pool
    relevant: list[frozenset[int]]  # per query: relevant author indices


def locate(data: Path) -> Path:
    """dblp.npz given itself, its folder, or the shared data root."""
    for p in (data, data / FILE, data / "brochier_expert_finding" / FILE):
        if p.is_file():
            return p
    raise FileNotFoundError(f"no {FILE} at {data} (give the file, its folder or the shared data root)")


def load(data: Path) -> DblpData:
    """Parse dblp.npz. Its sparse matrices are pickled objects, so only load a file from a source you trust."""
    path = locate(data)
    with warnings.catch_warnings(), np.load(path, allow_pickle=True) as z:
        warnings.simplefilter("ignore", DeprecationWarning)  # pickled with an older scipy's module paths
        texts = [str(t) for t in z["T"]]
        a_da = sp.csc_matrix(z["A_da"].item(), dtype=np.float64)
        l_d, l_a = sp.csr_matrix(z["L_d"].item()), sp.csr_matrix(z["L_a"].item())
        queries, pool = np.asarray(z["L_d_mask"]), np.asarray(z["L_a_mask"])
    topic_experts = [frozenset(pool[l_a[t].indices].tolist()) for t in range(l_a.shape[0])]
    relevant = [frozenset().union(*(topic_experts[t] for t in l_d[i].indices)) for i in range(len(queries))]
    return DblpData(str(path.resolve()), texts, a_da, queries, pool, relevant)


def split_indices(n: int, split: str) -> list[int]:
    """Query positions of a split: all, tune (even positions) or test (odd positions, the held-out half)."""
    if split == "all":
        return list(range(n))
    if split in ("tune", "test"):
        return list(range(0 if split == "tune" else 1, n, 2))
    raise ValueError(f"unknown split {split!r}: all, tune or test")


def aggregate(data: DblpData, query_doc: int, ranking: np.ndarray, scores: np.ndarray, how: str) -> np.ndarray:
    """Score of each pool candidate from a document ranking for one query; the query document never counts.

    ranking: document indices best first (every document may appear, the query's own included: it is dropped);
    scores: a score per document (used by max and sum). votes = sum of 1/rank over the candidate's documents
    ranked (the reference's reciprocal-rank voting), rrf = sum of 1/(60 + rank) (a flatter vote, as RRF uses),
    max = best document score, sum = total document score.
    A candidate with no document left scores lowest.
    """
    ranking = ranking[ranking != query_doc]
    if how in ("votes", "rrf"):
        weight = np.zeros(len(data.texts))
        weight[ranking] = 1.0 / (np.arange(1, len(ranking) + 1) + (RRF_K if how == "rrf" else 0))
    elif how in ("max", "sum"):
        weight = np.full(len(data.texts), np.nan)
        weight[ranking] = scores[ranking]
    else:
        raise ValueError(f"unknown aggregate {how!r}: {', '.join(AGGREGATES)}")
    out = np.full(len(data.candidates), -np.inf)
    for j, author in enumerate(data.candidates):
        docs = data.doc_authors.indices[data.doc_authors.indptr[author] : data.doc_authors.indptr[author + 1]]
        values = weight[docs[docs != query_doc]]
        values = values[~np.isnan(values)]
        if len(values):
            out[j] = values.max() if how == "max" else values.sum()
    return out


def _doc_rankings(ws: Workspace, data: DblpData, retriever: str, positions: list[int]):
    """(ranking, scores) of all documents for each query position, for a base retriever."""
    n = len(data.texts)
    if retriever == "tfidf":
        # the reference baseline: words of >= 2 letters/digits found in 5 documents or more but <= 25% of them
        m, _ = ws.get(("dblp", data.source, "tfidf"), lambda: tfidf(map(words, data.texts), min_df=5, max_df=0.25))
        for p in positions:
            scores = (m[data.queries[p]] @ m.T).toarray().ravel()
            yield order(scores), scores
    elif retriever == "lexical":
        index = ws.get(("dblp", data.source, "bm25"), lambda: _bm25(data.texts))
        for p in positions:
            scores = np.zeros(n)
            for doc, score in index.search(data.texts[data.queries[p]], k=n):
                scores[int(doc)] = score
            yield order(scores), scores
    elif retriever.startswith("dense"):
        vectors = embed(ws, _model(retriever), ("dblp", data.source), data.texts)
        for p in positions:
            scores = vectors @ vectors[data.queries[p]]
            yield order(scores), scores.astype(np.float64)
    else:
        raise ValueError(f"unknown retriever {retriever!r}")


def _bm25(texts: list[str]) -> LexicalIndex:
    index = LexicalIndex()
    index.build([str(i) for i in range(len(texts))], texts)
    return index


def _model(retriever: str) -> str:
    return "minilm" if retriever.endswith("-minilm") else "use"


def candidate_scores(
    ws: Workspace, data: DblpData, retriever: str, how: str, positions: list[int], weights: dict | None = None
):
    """Pool candidate scores for each query position. fused[-minilm] = weighted RRF of the lexical and dense
    document rankings (fusion_settings: the product's weights unless given), then aggregated like any other
    document ranking (its scores are the RRF scores)."""
    if not retriever.startswith("fused"):
        for p, (ranking, scores) in zip(positions, _doc_rankings(ws, data, retriever, positions)):
            yield aggregate(data, data.queries[p], ranking, scores, how)
        return
    dense = "dense-minilm" if retriever.endswith("-minilm") else "dense"
    w, k = fusion_settings(weights)
    lexical = _doc_rankings(ws, data, "lexical", positions)
    for p, (lex, lex_scores), (den, _) in zip(positions, lexical, _doc_rankings(ws, data, dense, positions)):
        query_doc = data.queries[p]  # dropped before fusing, so the other documents' fused ranks start at 1
        lex = lex[(lex_scores[lex] > 0) & (lex != query_doc)]  # only matching documents, as LexicalIndex returns
        den = den[den != query_doc]
        lists = {"lexical": [(str(d), 0.0) for d in lex], "dense": [(str(d), 0.0) for d in den]}
        fused = reciprocal_rank_fusion(lists, k=k, weights=w)
        ranking = np.array([int(d) for d, _ in fused])
        scores = np.zeros(len(data.texts))
        scores[ranking] = [s for _, s in fused]
        yield aggregate(data, query_doc, ranking, scores, how)


def evaluate(
    ws: Workspace, data: DblpData, retriever: str, aggregate_how: str | None, split: str, weights: dict | None = None
):
    """(metrics, number of queries) for one retriever."""
    base = retriever.removesuffix("-minilm")
    how = aggregate_how or DEFAULT_AGGREGATE[base]
    positions = split_indices(len(data.queries), split)
    run, qrels = {}, {}
    for p, scores in zip(positions, candidate_scores(ws, data, retriever, how, positions, weights)):
        qid = str(p)
        run[qid] = [str(data.candidates[j]) for j in order(scores)]
        qrels[qid] = {str(a): 1 for a in data.relevant[p]}
    return ir_metrics(run, qrels, MEASURES), len(positions)
