"""What /v1/match computes once per request stays what it was: the fused top, the reasons, the subgraph."""

from __future__ import annotations

import pytest

from retrieval.lexical import part_of
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
        terms = retriever.matched_terms(query, expert.id)
        engineer = expert.details["reasons"]
        assert (f"专家资料提到：{'、'.join(terms[:8])}" in engineer) == bool(terms)
        similarity = float(retriever.dense.vectors([expert.id])[0] @ vector)
        assert engineer[-1] == f"资料与问题的语义相似度 {similarity:.2f}"
        shown = [t for t in terms if not any(t in label for label in PROFILE_LABELS)]
        whole = [t for t in shown if not part_of(t, query)]  # a piece of a problem's word (电池 of 锂电池) is said so
        keywords = [r for r in expert.reasons if r.startswith("专家资料中也出现了问题里的关键词")]
        assert keywords == ([f"专家资料中也出现了问题里的关键词：{'、'.join(whole[:6])}"] if whole else [])
        pieces = [r for r in expert.reasons if "问题里词语的一部分" in r]
        assert len(pieces) == (len(whole) < len(shown))
        assert all(f"{t}（问题写的是「{part_of(t, query)}」）" in pieces[0] for t in [t for t in shown if t not in whole][:3])


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


def test_citations_read_with_the_facts_are_the_citations_statement(store, tmp_path):
    """One statement per match reads facts and sources: its citations are those of kg.cypher.CITATIONS."""
    from conftest import real_csv_subset  # tests/ is on sys.path
    from test_provenance import CAS, NATURAL

    from kg import cypher
    from kg.importers import SOURCES
    from kg.ingest import ingest
    from kg.provenance import import_provenance
    from retrieval.models import Citation, CitedFact
    from retrieval.presentation import MAX_CITATIONS
    from retrieval.subgraph import load_matches

    for kind, source, n in (("academicians", CAS, 30), ("nsfc-projects", NATURAL, 60)):
        path = tmp_path / source.name
        real_csv_subset(source, path, n)
        ingest(store, SOURCES[kind]([path]))
        import_provenance(store, kind, [path])
    ids = [r["id"] for r in store.read("MATCH (e:Expert) RETURN e.id AS id ORDER BY id").records()]
    expected: dict[str, list[Citation]] = {}
    for row in store.read(cypher.CITATIONS, {"ids": ids}).records():
        facts = [CitedFact(kind=k, fact=f, snippet=s or "") for k, f, s in row["facts"] if k and f]
        expected.setdefault(row["id"], []).append(Citation(key=row["key"], kind=row["kind"] or "",
                                                           title=row["title"], url=row["url"], ref=row["ref"],
                                                           facts=facts))
    for cites in expected.values():
        cites.sort(key=lambda c: (c.url is None, -(c.ref or "").isdigit(), c.ref or "", c.key))
        del cites[MAX_CITATIONS:]
    assert sum(len(c) for c in expected.values()) >= 60 and any(c.facts for cs in expected.values() for c in cs)
    ranking = [(i, 1.0) for i in ids]
    with_sources, subgraph, missing = load_matches(store, ranking, with_citations=True)
    plain, plain_subgraph, _ = load_matches(store, ranking)
    assert not missing and len(with_sources) == len(ids)
    assert {m.id: m.citations for m in with_sources if m.citations} == expected
    assert [m.model_copy(update={"citations": []}) for m in with_sources] == plain and subgraph == plain_subgraph
