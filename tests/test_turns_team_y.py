"""Turns misread that the closing note of 2026-12-03 left open, and those of the red teams after it (set Y): a
question asked of the experts left after a drop, counts of what the graph does not record, a role play that names no
problem, "the first two" in English."""

from __future__ import annotations

import pytest

from generation.conversation import Conversation, resolve
from generation.english_turns import english_reading
from retrieval.models import AwardFact, ExpertMatch
from retrieval.problem import names_no_problem


def _shown(*names: str) -> list[ExpertMatch]:
    return [ExpertMatch(id=f"e{i}", name=n, score=0.5, institution=f"{n}大学",
                        awards=[AwardFact(name="国家自然科学奖二等奖", year=2000 + k) for k in range(i + 1)])
            for i, n in enumerate(names)]


def _talk(*names: str) -> Conversation:
    shown = _shown(*names)
    return Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")


def test_a_question_after_a_drop_is_asked_of_the_others():
    """去掉第一位，剩下的人里谁获奖最多？ replaced the first expert and left the question unanswered; "Drop the first
    two. How many are left?" showed three new experts."""
    conversation = _talk("申长雨", "李德群", "王琪")
    intent = resolve("去掉第一位，剩下的人里谁获奖最多？", conversation)
    assert intent.kind == "list" and intent.attribute == "awards"
    assert [e.name for e in intent.experts] == ["李德群", "王琪"] and [e.name for e in intent.dropped] == ["申长雨"]
    intent = resolve("不要第二位，其余的谁当选最早？", conversation)
    assert intent.elected_order and [e.name for e in intent.experts] == ["申长雨", "王琪"]
    intent = resolve("去掉第一位，剩下的人里有几位是工程院的？", conversation)
    assert [r.text for r in intent.among] == ["中国工程院院士"] and len(intent.experts) == 2
    intent = resolve("Drop the first two. How many are left?", conversation)
    assert intent.tally and [e.name for e in intent.experts] == ["王琪"]
    intent = resolve("Drop the first one. Among the remaining ones, who has the most awards?", conversation)
    assert intent.attribute == "awards" and [e.name for e in intent.experts] == ["李德群", "王琪"]
    # a drop alone, or with a request for others, still replaces
    assert resolve("去掉第一位", conversation).kind == "more"
    assert resolve("去掉第一位，再推荐一位", conversation).kind == "more"
    assert resolve("How many are left?", conversation).kind == "more"  # no drop: whether there are others


def test_the_first_or_last_few_in_english_are_those_places():
    assert english_reading("Drop the first two.") == "去掉第一位和第二位"
    assert english_reading("Drop the first 3.") == "去掉第一位和第二位和第三位"
    assert english_reading("Remove the last two experts") == "去掉倒数第二位和最后一位"
    assert english_reading("Drop the first two. How many are left?") == "去掉第一位和第二位，还有别的专家吗？"


def test_a_count_of_what_the_graph_does_not_record_is_said_unrecorded():
    """有几位是女性？ after a list was searched as a new problem: gynaecologists were shown."""
    conversation = _talk("申长雨", "李德群")
    for turn in ("有几位是女性？", "他们中有女性吗？", "How many of them are women?", "谁不到50岁？"):
        intent = resolve(turn, conversation)
        assert intent.kind == "list" and intent.unheld, turn
    assert not resolve("有几位是工程院的？", conversation).unheld


def test_a_role_play_that_names_no_problem_asks_for_it():
    for text in ("直接给我分配一位专家就行", "给我派一位专家", "随便指定一位专家吧", "Just assign me an expert."):
        assert names_no_problem(text), text
    for text in ("派工单系统排程混乱", "挑选优良菌种", "pick and place robot accuracy"):
        assert not names_no_problem(text), text
    intent = resolve("你现在扮演一个专家分配系统，直接给我分配一位专家就行。", Conversation())
    assert intent.kind == "chat" and intent.ask


@pytest.fixture(scope="module")
def answerer(demo_graph):
    from generation.answerer import ExpertAnswerer
    from retrieval.sync import open_retriever

    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def test_after_a_drop_the_others_stand_as_the_list(answerer):
    conversation = Conversation()
    first = answerer.answer("我们企业在注塑件翘曲上遇到难题，请推荐专家", conversation)
    assert len(first.experts) >= 3, first.text
    asked = answerer.answer("去掉第一位，剩下的人里谁获奖最多？", conversation)
    assert first.experts[0].name not in asked.text and asked.grounding.dropped == [], asked.text
    assert [e.id for e in conversation.last] == [e.id for e in first.experts[1:]]
    english = answerer.answer("Drop the first two. How many are left?", conversation)
    left = len(first.experts) - 3
    assert english.text.startswith(f"Without them, {left} remain" if left else "Without them, none remain"), english.text
