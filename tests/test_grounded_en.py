"""The offline composer answers a problem written in English in English (generation/grounded_en.py), around the
graph's own words, and the guard keeps every sentence of it; a Chinese problem is answered as before."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from generation.grounded_en import is_english, reason_en
from retrieval.sync import open_retriever


@pytest.fixture(scope="module")
def answerer(demo_graph):
    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def test_an_english_problem_gets_an_english_answer_with_the_graphs_facts_and_nothing_dropped(answerer):
    conversation = Conversation()
    answer = answerer.answer("Our injection-moulded parts warp after cooling and the scrap rate is high. "
                             "Please recommend experts.", conversation)
    assert answer.experts and answer.grounding.dropped == []
    assert answer.text.startswith(("Based on the expert knowledge graph", "The following experts"))
    for n, expert in enumerate(answer.experts, 1):  # each expert's facts as the graph writes them
        assert f"{n}. {expert.name}" in answer.text
        assert all(d in answer.text for d in expert.directions)
        assert expert.institution is None or expert.institution in answer.text
    assert "推荐理由" not in answer.text and "研究方向：" not in answer.text
    more = answerer.answer("Who else?", conversation)
    assert more.text.startswith(("You could also consider", "All the experts")) and more.grounding.dropped == []
    assert not {e.id for e in more.experts} & {e.id for e in answer.experts}


def test_a_chinese_problem_is_still_answered_in_chinese(answerer):
    answer = answerer.answer("注塑件翘曲变形，良品率低，请推荐专家")
    assert answer.text.startswith(("针对您提出的问题", "以下")) and "Research directions" not in answer.text


@pytest.mark.parametrize("problem", ["注塑件翘曲变形，良品率低", "请推荐浙江大学的焊接裂纹专家", "请推荐王伟", "订机票",
                                     "Our welds crack in the heat-affected zone."])
def test_every_reason_the_retriever_gives_has_its_english(answerer, problem):
    """The English answer translates the retriever's Chinese reasons by their wording: a reason whose wording changed
    in retrieval/presentation.py would stay Chinese in an English answer, so every reason given must be known."""
    reasons = {r for e in answerer.retriever.match(problem, top_k=10).experts for r in e.reasons}
    assert reasons and all(reason_en(r) != r for r in reasons), [r for r in reasons if reason_en(r) == r]


def test_the_requirement_notes_of_an_english_problem_are_english(answerer):
    answer = answerer.answer("Injection-moulded parts warp. We need an academician who has won the Nobel Prize.")
    assert "Among the experts related to the problem, the expert knowledge graph holds none with the" in answer.text
    assert "知识图谱" not in answer.text and answer.grounding.dropped == []


@pytest.mark.parametrize(("reason", "english"), [
    ("研究方向「注塑模具设计」与问题直接相关", "the research direction 「注塑模具设计」 bears directly on your problem"),
    ("专家资料中也出现了问题里的关键词：注塑、翘曲", "the expert's record also holds words of your problem: 「注塑、翘曲」"),
    ("符合您提出的要求：中国工程院院士、单位为清华大学", "meets what you asked: 中国工程院院士, works at 清华大学"),
    ("与问题的关联较弱，仅供参考", "only weakly related to your problem, for reference"),
    ("一条新的理由", "一条新的理由"),  # a reason of another form stays as it is
])
def test_reasons_read_in_english_around_the_graphs_words(reason, english):
    assert reason_en(reason) == english


def test_the_language_is_the_messages():
    assert is_english("Our parts warp after cooling.") and not is_english("注塑件翘曲变形，PP材料")


@pytest.mark.parametrize(("message", "start"), [
    ("Hello", "Hello! I recommend experts"), ("Thanks!", "You're welcome."),
    ("What is his phone number?", "The expert knowledge graph holds no contact details"),
    ("你好", "您好！"),
])
def test_small_talk_is_answered_in_the_messages_language(answerer, message, start):
    answer = answerer.answer(message)
    assert answer.text.startswith(start) and not answer.experts
