"""The ranking by how much of a problem one research direction names (retrieval/coverage.py), over a real BM25 index."""

from __future__ import annotations

from retrieval.base import Evidence, ScoredExpert
from retrieval.coverage import COVERAGE, coverage_ranking
from retrieval.lexical import LexicalIndex
from retrieval.pipeline import FusionSettings

PROFILES = {
    "xu": "航空发动机叶片热障涂层研究，高温防护涂层。",
    "yin": "航空发动机总体设计，发动机结构强度与振动。",
    "liu": "航空发动机设计，航空推进系统。",
    "wang": "注塑成型模拟，塑料模具设计。",
    "zhao": "钢铁冶金，高炉炼铁工艺。",
}


def _index() -> LexicalIndex:
    index = LexicalIndex()
    index.build(list(PROFILES), list(PROFILES.values()))
    return index


def _hit(expert: str, *directions: str) -> ScoredExpert:
    return ScoredExpert(expert, 1.0, tuple(Evidence("direction", d, 1.0) for d in directions))


def test_a_direction_that_names_most_of_the_problem_ranks_and_a_partial_one_does_not():
    index = _index()
    ranking = [_hit("yin", "航空发动机总体设计"), _hit("xu", "航空发动机叶片热障涂层"), _hit("wang", "注塑成型模拟")]
    ranked = coverage_ranking("航空发动机涡轮叶片的热障涂层老是剥落", ranking, index.document_share, len(index))
    assert [e.id for e in ranked] == ["xu"]  # (the engine designer shares 航空发动机 only: under the floor)
    assert 0.65 <= ranked[0].score <= 1.0


def test_an_expert_counts_his_best_direction_and_the_floor_is_a_parameter():
    index = _index()
    ranking = [_hit("xu", "高温防护", "航空发动机叶片热障涂层"), _hit("yin", "航空发动机总体设计")]
    ranked = coverage_ranking("航空发动机叶片热障涂层剥落", ranking, index.document_share, len(index), floor=0.0)
    assert [e.id for e in ranked] == ["xu", "yin"] and ranked[0].score > ranked[1].score > 0


def test_no_word_the_profiles_hold_gives_no_ranking():
    index = _index()
    assert coverage_ranking("葡萄酒酿造", [_hit("xu", "航空发动机叶片热障涂层")], index.document_share, len(index)) == []


def test_the_shipped_fusion_counts_the_coverage_ranking():
    assert FusionSettings().weights[COVERAGE] > 0
