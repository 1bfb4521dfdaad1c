"""Rank fusion (retrieval/fusion.py) and IR evaluation (evaluation/retrieval.py) against hand-derived values."""

from __future__ import annotations

import json
import math
import re

import pytest

from evaluation.retrieval import (
    EvalQuery,
    evaluate,
    format_table,
    judged,
    load_queries,
    per_query,
    qrels_from_directions,
)
from retrieval.fusion import reciprocal_rank_fusion, weighted_score_fusion

DENSE = [("a", 0.9), ("b", 0.8), ("c", 0.1)]
LEXICAL = [("c", 12.0), ("a", 7.0), ("d", 1.0)]


def test_rrf_follows_the_formula():
    k = 60
    fused = dict(reciprocal_rank_fusion({"dense": DENSE, "lexical": LEXICAL}, k=k))
    assert fused["a"] == pytest.approx(1 / (k + 1) + 1 / (k + 2))
    assert fused["b"] == pytest.approx(1 / (k + 2))
    assert fused["c"] == pytest.approx(1 / (k + 3) + 1 / (k + 1))
    assert fused["d"] == pytest.approx(1 / (k + 3))
    assert list(fused) == ["a", "c", "b", "d"]


def test_rrf_weights_scale_each_ranking():
    k, wd, wl = 10, 0.5, 2.0
    weights = {"dense": wd, "lexical": wl}
    fused = dict(reciprocal_rank_fusion({"dense": DENSE, "lexical": LEXICAL}, k=k, weights=weights))
    assert fused["a"] == pytest.approx(wd / (k + 1) + wl / (k + 2))
    assert fused["c"] == pytest.approx(wd / (k + 3) + wl / (k + 1))
    assert list(fused)[0] == "c"
    partial = dict(reciprocal_rank_fusion({"dense": DENSE, "lexical": LEXICAL}, k=k, weights={"lexical": 0.0}))
    assert partial["a"] == pytest.approx(1 / (k + 1))  # unnamed rankings keep weight 1
    with pytest.raises(ValueError):
        reciprocal_rank_fusion({"dense": DENSE}, weights={"graph": 1.0})
    with pytest.raises(ValueError):
        reciprocal_rank_fusion({"dense": DENSE}, weights={"dense": -1.0})


def test_rrf_ties_break_by_id_and_duplicates_count_once():
    fused = reciprocal_rank_fusion({"x": [("b", 1.0), ("z", 0.5)], "y": [("z", 1.0), ("b", 0.5)]})
    assert [d for d, _ in fused] == ["b", "z"]
    dup = dict(reciprocal_rank_fusion({"x": [("a", 1.0), ("a", 1.0), ("b", 0.5)]}, k=1))
    assert dup == {"a": pytest.approx(1 / 2), "b": pytest.approx(1 / 4)}
    assert reciprocal_rank_fusion({}) == [] and reciprocal_rank_fusion({"x": []}) == []


def test_weighted_score_fusion_min_max_normalises():
    fused = dict(weighted_score_fusion({"dense": DENSE, "lexical": LEXICAL}, weights={"dense": 2.0}))

    def norm(s: float, lo: float, hi: float) -> float:
        return (s - lo) / (hi - lo)

    assert fused["a"] == pytest.approx(2.0 * norm(0.9, 0.1, 0.9) + norm(7.0, 1.0, 12.0))
    assert fused["b"] == pytest.approx(2.0 * norm(0.8, 0.1, 0.9))
    assert fused["c"] == pytest.approx(2.0 * norm(0.1, 0.1, 0.9) + norm(12.0, 1.0, 12.0))
    assert fused["d"] == pytest.approx(0.0)
    assert dict(weighted_score_fusion({"x": [("only", 3.0)]})) == {"only": 1.0}
    with pytest.raises(ValueError):
        weighted_score_fusion({"x": [("a", math.nan)]})


# --- evaluation -------------------------------------------------------------------------------------------------

def _dcg(gains: list[int]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def test_metrics_match_their_definitions():
    qrels = {"q1": {"a": 1, "c": 1, "x": 1}, "q2": {"b": 1}}
    run = {
        "q1": [("b", 9.0), ("a", 8.0), ("d", 7.0), ("c", 6.0)],  # relevant at ranks 2 and 4; x never retrieved
        "q2": [("b", 1.0)],                                     # relevant at rank 1
    }
    q1 = {
        "mrr": 1 / 2,
        "ndcg@10": _dcg([0, 1, 0, 1]) / _dcg([1, 1, 1]),
        "p@5": 2 / 5,
        "recall@20": 2 / 3,
    }
    q2 = {"mrr": 1.0, "ndcg@10": 1.0, "p@5": 1 / 5, "recall@20": 1.0}
    got = evaluate(run, qrels)
    assert list(got) == ["mrr", "ndcg@10", "p@5", "recall@20"]
    for key in got:
        assert got[key] == pytest.approx((q1[key] + q2[key]) / 2)


def test_graded_qrels_ndcg_uses_grades_and_binary_metrics_use_grade_at_least_one():
    qrels = {"q": {"a": 3, "b": 1, "c": 2}}
    run = {"q": [("b", 3.0), ("x", 2.0), ("a", 1.0)]}  # grade 1 at rank 1, grade 3 at rank 3; c never retrieved
    # DCG = 1/log2(2) + 3/log2(4) = 2.5; ideal order 3, 2, 1: 3 + 2/log2(3) + 1/log2(4)
    expected_ndcg = 2.5 / (3 + 2 / math.log2(3) + 0.5)
    assert expected_ndcg == pytest.approx(_dcg([1, 0, 3]) / _dcg([3, 2, 1]))
    got = evaluate(run, qrels)
    assert got == {"mrr": pytest.approx(1.0), "ndcg@10": pytest.approx(expected_ndcg),
                   "p@5": pytest.approx(2 / 5), "recall@20": pytest.approx(2 / 3)}
    # the same ranking judged binary scores higher on nDCG: the grade-1 expert at rank 1 is no longer cheap
    binary = evaluate(run, {"q": {"a": 1, "b": 1, "c": 1}})
    assert binary["ndcg@10"] == pytest.approx(_dcg([1, 0, 1]) / _dcg([1, 1, 1]))
    assert {k: binary[k] for k in ("mrr", "p@5", "recall@20")} == {k: got[k] for k in ("mrr", "p@5", "recall@20")}


def test_graded_ndcg_rewards_putting_the_best_expert_first():
    qrels = {"q": {"a": 3, "b": 1}}
    best_first = evaluate({"q": [("a", 2.0), ("b", 1.0)]}, qrels)["ndcg@10"]
    worst_first = evaluate({"q": [("b", 2.0), ("a", 1.0)]}, qrels)["ndcg@10"]
    assert best_first == pytest.approx(1.0)
    assert worst_first == pytest.approx((1 + 3 / math.log2(3)) / (3 + 1 / math.log2(3)))


def test_qrels_keep_listed_grades_and_directions_add_grade_one():
    queries = [
        EvalQuery(id="q1", query="注塑件翘曲", relevant={"e1": 3, "e5": 2}, relevant_directions=["注塑"]),
        EvalQuery(id="q2", query="x", relevant=["e9"]),
    ]
    experts = {"注塑": {"e1", "e2"}}
    assert qrels_from_directions(queries, experts) == {"q1": {"e1": 3, "e2": 1, "e5": 2}, "q2": {"e9": 1}}
    assert queries[0].grades() == {"e1": 3, "e5": 2} and queries[1].grades() == {"e9": 1}


def test_load_queries_reads_graded_relevance(tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "g", "query": "轴承早期剥落", "relevant": {"e1": 3, "e2": 1}},
                                        ensure_ascii=False)])
    (q,) = load_queries(path)
    assert q.relevant == {"e1": 3, "e2": 1} and q.grades() == {"e1": 3, "e2": 1}


@pytest.mark.parametrize("relevant, expected", [
    ('{"e1": 0}', "grade of 'e1' must be an integer >= 1, got 0"),
    ('{"e1": -2}', "grade of 'e1'"),
    ('{"e1": 2.5}', "grade of 'e1'"),
    ('{"e1": "3"}', "grade of 'e1'"),
    ('{"e1": true}', "grade of 'e1'"),
    ('[1, 2]', "a list of relevant expert ids must hold only strings"),
    ('"e1"', "expected a list of expert ids or an object"),
])
def test_load_queries_rejects_bad_grades(tmp_path, relevant, expected):
    path = _write(tmp_path, ['{"id": "a", "query": "ok", "relevant": ["e1"]}',
                             '{"id": "b", "query": "x", "relevant": ' + relevant + '}'])
    with pytest.raises(ValueError, match=":2: field relevant: " + re.escape(expected)):
        load_queries(path)


def test_list_order_is_the_ranking_even_with_tied_scores():
    qrels = {"q": {"a": 1}}
    # trec_eval would put "z" before "a" on a tie; the list says "a" is first
    assert evaluate({"q": [("a", 1.0), ("z", 1.0)]}, qrels)["mrr"] == pytest.approx(1.0)


def test_missing_and_empty_queries_count_as_zero():
    qrels = {"q1": {"a": 1}, "q2": {"b": 1}, "q3": {"c": 1}}
    got = evaluate({"q1": [("a", 1.0)], "q3": []}, qrels)
    assert got == {"mrr": pytest.approx(1 / 3), "ndcg@10": pytest.approx(1 / 3),
                   "p@5": pytest.approx((1 / 5) / 3), "recall@20": pytest.approx(1 / 3)}
    assert evaluate({}, qrels) == {"mrr": 0.0, "ndcg@10": 0.0, "p@5": 0.0, "recall@20": 0.0}


def test_per_query_values_average_to_the_evaluated_figure():
    qrels = {"q1": {"a": 3, "c": 1}, "q2": {"b": 2}, "q3": {"z": 1}}
    run = {"q1": [("c", 2.0), ("a", 1.0), ("c", 0.5)], "q2": [("b", 1.0)], "q3": []}
    values = per_query(run, qrels)
    assert values["q1"] == pytest.approx(_dcg([1, 3]) / _dcg([3, 1]))  # a repeated doc counts at its first rank
    assert values["q2"] == pytest.approx(1.0) and values["q3"] == 0.0  # an empty ranking scores 0
    for key in ("mrr", "ndcg@10", "p@5", "recall@20"):
        assert sum(per_query(run, qrels, key).values()) / 3 == pytest.approx(evaluate(run, qrels)[key])


def test_queries_may_say_how_they_are_phrased(tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "s", "query": "轧机导轨磨出沟", "relevant": {"e1": 3},
                                         "style": "symptom", "need": "wear"}, ensure_ascii=False)])
    (q,) = load_queries(path)
    assert (q.style, q.need) == ("symptom", "wear")


def test_queries_without_relevant_docs_are_skipped():
    qrels = {"q1": {"a": 1}, "none": {}, "zero": {"b": 0}}
    kept, skipped = judged(qrels)
    assert list(kept) == ["q1"] and skipped == ["none", "zero"]
    assert evaluate({"q1": [("a", 1.0)], "none": [("a", 1.0)]}, qrels)["mrr"] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        evaluate({}, {"none": {}})


def test_qrels_from_directions():
    queries = [
        EvalQuery(id="q1", query="注塑件翘曲", relevant_directions=["注塑", "焊接"]),
        EvalQuery(id="q2", query="x", relevant=["e9"], relevant_directions=["未知方向"]),
    ]
    experts = {"注塑": {"e1", "e2"}, "焊接": {"e2", "e3"}, "猪病": {"e4"}}
    assert qrels_from_directions(queries, experts) == {"q1": {"e1": 1, "e2": 1, "e3": 1}, "q2": {"e9": 1}}


def _write(tmp_path, lines: list[str]):
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_queries_reads_both_forms(tmp_path):
    path = _write(tmp_path, [
        json.dumps({"id": "t1", "query": "注塑翘曲", "relevant_directions": ["注塑模具设计与成型工艺"]}, ensure_ascii=False),
        "",
        json.dumps({"query": "猪瘟", "relevant": ["e1", "e2"]}, ensure_ascii=False),
    ])
    q = load_queries(path)
    assert [x.id for x in q] == ["t1", "3"]
    assert q[0].relevant_directions == ["注塑模具设计与成型工艺"] and q[1].relevant == ["e1", "e2"]


@pytest.mark.parametrize("bad_line, expected", [
    ('{"query": "x", "relevant": "e1"}', ":2: field relevant:"),
    ('{"query": "x", "relevent": ["e1"]}', ":2: field relevent"),
    ('{"query": "x"}', ":2: .*relevant_directions"),
    ('{"id": "a", "query": "x", "relevant": []}', ":2: field id: 'a' already used on line 1"),
    ('{"query": "", "relevant": []}', ":2: field query"),
    ('{"query": "x", "relevant": [}', ":2: invalid JSON"),
    ('["x"]', ":2: expected a JSON object"),
])
def test_load_queries_errors_name_line_and_field(tmp_path, bad_line, expected):
    path = _write(tmp_path, ['{"id": "a", "query": "ok", "relevant": ["e1"]}', bad_line])
    with pytest.raises(ValueError, match=expected):
        load_queries(path)


def test_format_table():
    table = format_table({"bm25": {"mrr": 0.5, "ndcg@10": 0.25, "p@5": 0.2, "recall@20": 1.0}, "a|b": {"mrr": 1.0}})
    assert table.splitlines() == [
        "| retriever | mrr | ndcg@10 | p@5 | recall@20 |",
        "|---|---:|---:|---:|---:|",
        "| bm25 | 0.500 | 0.250 | 0.200 | 1.000 |",
        r"| a\|b | 1.000 | – | – | – |",
    ]
