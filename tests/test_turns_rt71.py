"""Wishes and questions the twenty-second session found unanswered or silently dropped: a career or study abroad asked
of the expert (在钢铁企业工作过的, 石油系统出身的, 有海外留学经历的, "who studied abroad", "industry experience") was ignored
without a word — the graph records an institution, not a career, so it is now said to be unchecked; and the
difference of two counts (多多少？) went unanswered."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from retrieval.census import count_question
from retrieval.requirements import read_requirements
from retrieval.sync import open_retriever


@pytest.mark.parametrize(("text", "what"), [
    ("我们是炼钢厂，转炉炉衬侵蚀太快，想找一位在钢铁企业工作过的专家", "工作经历"),
    ("我们的油田注水管线结垢严重，最好是石油系统出身的专家", "工作经历"),
    ("最好是有企业工作经验的专家", "工作经历"),
    ("希望专家有丰富的工程实践经验", "工作经历"),
    ("芯片封装后翘曲，希望找有海外留学经历的专家", "海外经历"),
    ("Our chip packages warp; we want an expert who studied abroad", "海外经历"),
    ("We need someone with industry experience for weld cracking", "工作经历"),
])
def test_a_career_or_study_abroad_asked_of_the_expert_is_unrecorded(text, what):
    assert ("unrecorded", what) in [(r.kind, r.text) for r in read_requirements(text)]


@pytest.mark.parametrize("text", [
    "我们的工人在车间工作过三年以上，还是解决不了焊缝开裂", "我们公司有海外背景，产品出口欧洲，注塑件翘曲",
    "Our operators have worked in the plant for years and still see weld cracks",
])
def test_the_enterprises_own_people_and_history_are_no_wish(text):
    assert not [r for r in read_requirements(text) if r.kind == "unrecorded"]


@pytest.fixture(scope="module")
def answerer(demo_graph):
    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def test_an_unrecorded_career_wish_is_said_unchecked_in_both_languages(answerer):
    answer = answerer.answer("注塑件翘曲变形严重，希望找在汽车企业工作过的专家")
    assert answer.experts and "结构化记录中没有专家的工作经历这一项，无法按它筛选" in answer.text
    english = answerer.answer("Our injection-moulded parts warp badly; we want an expert who studied abroad")
    assert english.experts and "no field for experts' study or work abroad" in english.text


@pytest.mark.parametrize(("question", "gap"), [
    ("清华大学和浙江大学的院士哪个多？多多少？", True), ("清华大学和浙江大学的院士相差多少？", True),
    ("清华大学的院士比北京大学多多少？", True), ("清华大学和北京大学谁的院士多？", False),
    ("清华大学的院士比北京大学多吧？", False),
])
def test_the_difference_of_two_counts_is_asked(question, gap):
    asked = count_question(question)
    assert asked is not None and asked.each and asked.gap is gap
