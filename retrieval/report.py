"""Retrieval quality of each retriever alone and fused, on a query file judged against the graph."""

from __future__ import annotations

from pathlib import Path

from kg.normalize import key
from kg.store import GraphStore
from retrieval import cypher
from retrieval.evaluation import evaluate, load_queries, qrels_from_directions
from retrieval.pipeline import ExpertRetriever

CONFIGURATIONS: dict[str, tuple[str, ...]] = {
    "dense": ("dense",),
    "lexical": ("lexical",),
    "graph": ("graph",),
    "dense+lexical": ("dense", "lexical"),
    "fused (all three)": ("dense", "lexical", "graph"),
}


def experts_by_direction(store: GraphStore) -> dict[str, set[str]]:
    """Normalised direction name -> ids of the experts who work on it."""
    members: dict[str, set[str]] = {}
    for row in store.read(cypher.DIRECTION_MEMBERS).records():
        members.setdefault(key(row["name"]), set()).add(row["id"])
    return members


def evaluate_retrievers(
    retriever: ExpertRetriever, store: GraphStore, queries_path: Path, depth: int = 100,
    configurations: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, dict[str, float]]:
    """Metrics per configuration; an expert is relevant when listed or working on a relevant direction."""
    queries = load_queries(queries_path)
    members = experts_by_direction(store)
    for q in queries:
        q.relevant_directions = [key(d) for d in q.relevant_directions]
    qrels = qrels_from_directions(queries, members)
    table: dict[str, dict[str, float]] = {}
    for name, retrievers in (configurations or CONFIGURATIONS).items():
        run = {q.id: retriever.rank(q.query, retrievers, depth=depth)[0] for q in queries}
        table[name] = evaluate(run, qrels)
    return table
