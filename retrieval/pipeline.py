"""The expert retriever: dense, lexical and graph rankings fused, with reasons and the grounding subgraph."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits

from kg import cypher as kg_cypher
from kg.store import GraphEdge, GraphNode, GraphStore
from retrieval.embedder import Embedder
from retrieval.faiss_index import ExpertIndex
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.graph_retriever import DirectionHit, GraphRetriever
from retrieval.lexical import LexicalIndex, matched_terms
from retrieval.models import (
    AwardFact,
    ExpertMatch,
    MatchResult,
    Subgraph,
    SubgraphEdge,
    SubgraphNode,
)

RETRIEVERS = ("dense", "lexical", "graph")
MAX_QUERY_CHARS = 2000
_WORDS = re.compile(r"[\w\u3400-\u9fff]", re.UNICODE)


from errors import QueryError  # noqa: E402,F401  (re-exported)


@dataclass(frozen=True)
class FusionSettings:
    """How the three rankings combine. The defaults are the best nDCG@10 of a grid search on the DEV queries over
    the 10k-expert demo graph (benchmarks/tune_fusion.py); the test split was never used for tuning."""

    weights: dict[str, float] = field(default_factory=lambda: {"dense": 0.5, "lexical": 1.5, "graph": 1.0})
    rrf_k: int = 60
    candidates: int = 100


class ExpertRetriever:
    """Finds the experts for a problem; receives its parts so each can be swapped or evaluated alone."""

    def __init__(
        self,
        store: GraphStore,
        embedder: Embedder,
        dense: ExpertIndex,
        lexical: LexicalIndex,
        graph: GraphRetriever,
        profile_texts: dict[str, str],
        settings: FusionSettings | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.dense = dense
        self.lexical = lexical
        self.graph = graph
        self.profile_texts = profile_texts
        self.settings = settings or FusionSettings()

    def rank(self, query: str, retrievers: Sequence[str] = RETRIEVERS, depth: int | None = None
             ) -> tuple[list[tuple[str, float]], dict[str, list[str]], list[DirectionHit], list[str]]:
        """Fused ranking (id, score), matched directions per expert, direction hits, and warnings."""
        query, warnings = self._check(query)
        ranking, matched, hits = self._rank(query, self.embedder.embed([query])[0], retrievers, depth)
        return ranking, matched, hits, warnings

    def _rank(self, query: str, vector: np.ndarray, retrievers: Sequence[str], depth: int | None
              ) -> tuple[list[tuple[str, float]], dict[str, list[str]], list[DirectionHit]]:
        depth = depth or self.settings.candidates
        rankings: dict[str, list[tuple[str, float]]] = {}
        matched: dict[str, list[str]] = {}
        hits: list[DirectionHit] = []
        dense = self.dense.search(vector[None, :], depth)[0]
        if "dense" in retrievers:
            rankings["dense"] = dense
        if "lexical" in retrievers:
            rankings["lexical"] = self.lexical.search(query, depth)
        if "graph" in retrievers:
            scored, matched, hits = self.graph.search(query, vector)
            rankings["graph"] = self._order_graph(scored, dense)[:depth]
        if len(rankings) == 1:
            return next(iter(rankings.values())), matched, hits
        weights = {name: self.settings.weights.get(name, 1.0) for name in rankings}
        return reciprocal_rank_fusion(rankings, k=self.settings.rrf_k, weights=weights), matched, hits

    @staticmethod
    def _order_graph(scored: list[tuple[str, float]], dense: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """Experts on the matched directions, by direction fit; ties (common: many experts share a direction) go to
        the experts the dense retriever ranked higher, then by id."""
        dense_rank = {expert_id: rank for rank, (expert_id, _) in enumerate(dense)}
        last = len(dense_rank)
        return sorted(scored, key=lambda pair: (-round(pair[1], 6), dense_rank.get(pair[0], last), pair[0]))

    def _check(self, query: str) -> tuple[str, list[str]]:
        warnings = []
        query = (query or "").strip()
        if not query:
            raise QueryError("the query is empty: describe the problem, e.g. 注塑件翘曲变形，良品率低")
        if len(query) > MAX_QUERY_CHARS:
            warnings.append(f"the query was {len(query)} characters long; only the first {MAX_QUERY_CHARS} were used")
            query = query[:MAX_QUERY_CHARS]
        if not _WORDS.search(query):
            raise QueryError("the query has no words to match (only symbols or emoji): describe the problem in words")
        return query, warnings

    def match(self, query: str, top_k: int = 5, retrievers: Sequence[str] = RETRIEVERS) -> MatchResult:
        """The top experts with facts, scores, reasons and the subgraph that grounds them."""
        # Small matrix products: a second BLAS thread only adds wake-up latency (3x slower measured on 2 cores).
        with threadpool_limits(1):
            return self._match(query, top_k, retrievers)

    def _match(self, query: str, top_k: int, retrievers: Sequence[str]) -> MatchResult:
        if not 1 <= top_k <= 100:
            raise QueryError("top_k must be between 1 and 100")
        query, warnings = self._check(query)
        vector = self.embedder.embed([query])[0]
        ranking, matched, hits = self._rank(query, vector, retrievers, None)
        top = ranking[:top_k]
        rows = {row["e"].properties["id"]: row for row in
                self.store.read(kg_cypher.NEIGHBOURHOODS, {"ids": [i for i, _ in top]}).records()}
        subgraph = Subgraph()
        experts = []
        seen_nodes: set[str] = set()
        for expert_id, score in top:
            row = rows.get(expert_id)
            if row is None:  # deleted from the graph since indexing
                warnings.append(f"expert {expert_id} is in the index but no longer in the graph")
                continue
            match = _expert_match(row, score)
            match.reasons = self._reasons(query, match, matched.get(expert_id, []), hits, vector)
            experts.append(match)
            _add_to_subgraph(subgraph, row, seen_nodes)
        return MatchResult(query=query, experts=experts, subgraph=subgraph, warnings=warnings)

    def _reasons(self, query: str, match: ExpertMatch, directions: list[str], hits: list[DirectionHit],
                 vector: np.ndarray) -> list[str]:
        reasons = []
        hit_by_name = {h.name: h for h in hits}
        for d in directions:
            reasons.append(f"研究方向「{d}」与问题相关（契合度 {hit_by_name[d].score:.2f}）" if d in hit_by_name
                           else f"研究方向「{d}」与问题相关")
        hit_fields = {f for h in hits for f in h.fields}
        fields = [f for f in match.fields if f in hit_fields]
        if fields and not directions:
            reasons.append(f"所属学科「{'、'.join(fields)}」与问题相关")
        terms = matched_terms(query, self.profile_texts.get(match.id, ""))
        if terms:
            reasons.append(f"专家资料提到：{'、'.join(terms[:8])}")
        if match.id in self.dense:
            sim = float(self.dense.vectors([match.id])[0] @ vector)
            reasons.append(f"资料与问题的语义相似度 {sim:.2f}")
        return reasons


def _expert_match(row: dict, score: float) -> ExpertMatch:
    expert: GraphNode = row["e"]
    by_id = {n.id: n for n in row["nodes"]}
    facts: dict[str, list] = {"Institution": [], "Field": [], "Direction": [], "Award": []}
    for rel in row["rels"]:
        node = by_id.get(rel.end)
        if node is None or not node.labels:
            continue
        label = node.labels[0]
        if label == "Award":
            facts[label].append(AwardFact(name=node.properties["name"], year=rel.properties.get("year")))
        elif label in facts:
            facts[label].append(node.properties["name"])
    return ExpertMatch(
        id=expert.properties["id"],
        name=expert.properties["name"],
        institution=(sorted(facts["Institution"]) or [None])[0],
        title=expert.properties.get("title"),
        fields=sorted(facts["Field"]),
        directions=sorted(facts["Direction"]),
        awards=sorted(facts["Award"], key=lambda a: (-(a.year or 0), a.name)),
        score=round(score, 6),
    )


def _node_key(node: GraphNode) -> str:
    label = node.labels[0] if node.labels else "Node"
    ident = node.properties.get("id") if label == "Expert" else node.properties.get("key")
    return f"{label}:{ident}"


def _add_to_subgraph(subgraph: Subgraph, row: dict, seen: set[str]) -> None:
    nodes: list[GraphNode] = [row["e"], *row["nodes"], *row["fields"]]
    key_of = {n.id: _node_key(n) for n in nodes}
    for node in nodes:
        key = key_of[node.id]
        if key in seen:
            continue
        seen.add(key)
        props = {k: v for k, v in node.properties.items() if k in ("id", "title")}
        subgraph.nodes.append(SubgraphNode(id=key, label=node.labels[0] if node.labels else "",
                                           name=node.properties.get("name", ""), properties=props))
    rels: list[GraphEdge] = [*row["rels"], *row["part_of"]]
    for rel in rels:
        if rel.start in key_of and rel.end in key_of:
            edge = SubgraphEdge(source=key_of[rel.start], target=key_of[rel.end], type=rel.type,
                                properties=dict(rel.properties))
            if edge not in subgraph.edges:
                subgraph.edges.append(edge)
