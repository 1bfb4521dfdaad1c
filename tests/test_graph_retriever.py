"""The graph retriever's vectorised expansion Direction -> experts against a plain-Python reference, on a real index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import cypher
from retrieval.faiss_index import IndexMismatch
from retrieval.graph_retriever import DirectionTable
from retrieval.signals import DirectionRetriever
from retrieval.sync import open_retriever

QUERIES = Path(__file__).resolve().parents[1] / "benchmarks" / "queries" / "demo-dev.jsonl"


def reference(graph, members: dict[str, list[str]], dense, query: str, vector, k: int):
    """The expansion as it was written before it was vectorised: dicts of every member, one sort with a tuple key."""
    hits = graph.directions(query, vector)
    matched: dict[str, list[str]] = {}
    scores: dict[str, float] = {}
    for hit in hits:
        for expert_id in members.get(hit.key, []):
            matched.setdefault(expert_id, []).append(hit.name)
            scores[expert_id] = scores.get(expert_id, 0.0) + hit.score
    order = {}
    if scores:
        order = {e.id: r for r, e in enumerate(dense.retrieve(query, vector, k))}
    last = len(order)
    ranked = sorted(scores.items(), key=lambda p: (-round(p[1], 6), order.get(p[0], last), p[0]))[:k]
    return [(i, s, tuple(matched[i])) for i, s in ranked], ranked


@pytest.fixture(scope="module")
def parts(demo_graph):
    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    members: dict[str, list[str]] = {}
    for row in store.read(cypher.DIRECTION_MEMBERS).records():
        members.setdefault(row["direction"], []).append(row["id"])
    members = {d: sorted(ids) for d, ids in members.items()}
    queries = [json.loads(line)["query"] for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return retriever, members, embedder, queries[:25], settings


def test_expansion_is_identical_to_the_plain_python_reference(parts):
    retriever, members, embedder, queries, _ = parts
    graph = retriever.graph
    dense = retriever.fusion.retrievers["dense"]
    signal = DirectionRetriever(graph, tie_break=dense)
    vectors = embedder.embed(queries)
    ties = 0
    for query, vector in zip(queries, vectors):
        for k in (5, 40, 100, 10_000):
            want, ranked = reference(graph, members, dense, query, vector, k)
            got = signal.retrieve(query, vector, k)
            assert [(e.id, e.score, tuple(r.name for r in e.evidence)) for e in got] == want
            rounded = [round(s, 6) for _, s in ranked]
            ties += len(rounded) - len(set(rounded))
    assert ties > 0  # the tie-break (dense rank, then id) was exercised, not only the score order


def test_ids_map_to_rows_and_unknown_ids_to_none(parts):
    retriever, members, *_ = parts
    table = retriever.graph.table
    some = sorted({m for ms in members.values() for m in ms})[:3]
    rows = table.rows_of([*some, "no-such-expert", some[0] + "x" * 80])
    assert [table.expert_id(int(r)) for r in rows[:3]] == some
    assert list(rows[3:]) == [-1, -1]


def test_a_table_of_the_old_format_says_to_rebuild(parts, tmp_path):
    *_, settings = parts
    table = DirectionTable.load(settings.index_dir)
    table.save(tmp_path)
    meta = json.loads((tmp_path / "directions.json").read_text(encoding="utf-8"))
    del meta["format"]
    meta["members"] = [[] for _ in meta["keys"]]  # the previous layout: id lists in the json
    (tmp_path / "directions.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(IndexMismatch, match="expertglm index build"):
        DirectionTable.load(tmp_path)


def test_the_dense_answer_kept_for_the_tie_break_is_each_threads_own(parts):
    """The graph retriever asks the dense one again for its tie-break; a match running meanwhile in another thread (a
    server runs two at once) must not displace the answer kept for it, or FAISS is searched a second time."""
    import threading

    retriever = parts[0]
    dense = retriever.fusion.retrievers["dense"]
    a, b = retriever.embedder.embed_queries(["注塑件翘曲变形", "高炉炼铁节能"])
    searches = []
    search = dense.index.search
    dense.index.search = lambda *args: searches.append(1) or search(*args)  # the real index, its searches counted
    try:
        first = dense.retrieve("a", a, 10)
        other = threading.Thread(target=dense.retrieve, args=("b", b, 10))
        other.start()
        other.join()
        assert dense.retrieve("a", a, 10) == first
        assert len(searches) == 2  # a's, then b's in its own thread; a's second ask is answered from its own
        assert dense.retrieve("a", b, 10) != first and len(searches) == 3  # another vector is searched
    finally:
        del dense.index.search
