"""What /v1/match computes once per request stays what it was: the fused top, the reasons, the subgraph."""

from __future__ import annotations

import pytest

from retrieval.lexical import matched_terms
from retrieval.profile import LABELS as PROFILE_LABELS
from retrieval.sync import open_retriever

QUERIES = ["汽车门板注塑件脱模后翘曲变形严重，良品率低", "锂电池正极材料循环寿命衰减", "桥梁钢结构焊缝疲劳裂纹检测"]


@pytest.fixture(scope="module")
def retriever(demo_graph):
    settings, store, embedder, _ = demo_graph
    return open_retriever(store, embedder, settings.index_dir, settings.graph_id)


@pytest.mark.parametrize("query", QUERIES)
def test_fused_top_is_the_head_of_the_whole_fusion(retriever, query):
    fusion = retriever.fusion
    rankings = fusion.rankings(query, retriever.embedder.embed([query])[0], fusion.candidates)
    whole = fusion.fuse(rankings)
    assert len(whole) > 20
    for k in (1, 5, 20):
        assert fusion.fuse(rankings, limit=k) == whole[:k]  # same ids, scores and evidence
    only_dense = {"dense": rankings["dense"]}
    assert fusion.fuse(only_dense, limit=3) == fusion.fuse(only_dense)[:3]


@pytest.mark.parametrize("query", QUERIES)
def test_reasons_use_the_terms_and_similarity_of_each_expert(retriever, query):
    result = retriever.match(query, top_k=8)
    vector = retriever.embedder.embed([query])[0]
    assert result.experts
    for expert in result.experts:
        terms = matched_terms(query, retriever.profile_texts.get(expert.id, ""))
        engineer = expert.details["reasons"]
        assert (f"专家资料提到：{'、'.join(terms[:8])}" in engineer) == bool(terms)
        similarity = float(retriever.dense.vectors([expert.id])[0] @ vector)
        assert engineer[-1] == f"资料与问题的语义相似度 {similarity:.2f}"
        shown = [t for t in terms if not any(t in label for label in PROFILE_LABELS)]
        keywords = [r for r in expert.reasons if r.startswith("专家资料中也出现了问题里的关键词")]
        assert keywords == ([f"专家资料中也出现了问题里的关键词：{'、'.join(shown[:6])}"] if shown else [])


def test_subgraph_has_each_edge_once_and_every_fact_edge(retriever):
    result = retriever.match(QUERIES[0], top_k=10)
    edges = [(e.source, e.target, e.type, tuple(sorted(e.properties.items()))) for e in result.subgraph.edges]
    assert len(edges) == len(set(edges))
    nodes = {n.id for n in result.subgraph.nodes}
    for expert in result.experts:
        targets = {t for s, t, _, _ in edges if s == f"Expert:{expert.id}"}
        names = {n.name for n in result.subgraph.nodes if n.id in targets}
        assert set(expert.directions) <= names and set(expert.fields) <= names
    assert all(s in nodes and t in nodes for s, t, _, _ in edges)
