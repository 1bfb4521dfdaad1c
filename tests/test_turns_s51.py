"""Questions about people the twenty-seventh session mended: a first message that only asks who someone the graph
does not hold is (张三是谁？ "Who is John Smith?" got a list of strangers), family questions about a named expert,
and two experts compared in a mixed or terse message (Compare 关桥 and 林尚扬 / 关桥 vs 林尚扬 added a third)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from generation.conversation import Conversation
from generation.grounded import ABSENT_FIRST
from generation.grounded_en import ABSENT_FIRST_EN


@pytest.fixture(scope="module")
def weld_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Three welding experts, one of a two-character name (a name jieba may read as a word)."""
    records = records_of("s51w", "机械工程", [
        ("关河", "中国航空制造工程研究院", "焊接力学", [], "关河，研究员。从事焊接力学与焊接变形控制研究。"),
        ("林尚远", "哈尔滨焊接研究所", "激光焊接", [], "林尚远，研究员。从事激光-电弧复合焊接研究。"),
        ("潘季明", "清华大学", "焊接自动化", [], "潘季明，清华大学教授。从事焊接自动化研究。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s51w")) as answerer:
        yield answerer


@pytest.mark.parametrize("turn, reply", [("张三是谁？", ABSENT_FIRST), ("李四院士在哪个单位？", ABSENT_FIRST),
                                         ("Who is John Smith?", ABSENT_FIRST_EN)])
def test_a_first_question_about_someone_the_graph_lacks_lists_no_one(weld_answerer, turn, reply):
    conversation = Conversation()
    answer = weld_answerer.answer(turn, conversation)
    assert answer.text.startswith(reply) and answer.experts == [], answer.text
    again = weld_answerer.answer("他获得过什么奖？" if reply == ABSENT_FIRST else "What awards has he won?", conversation)
    assert again.experts == [] and "没有您提到的那位专家" in again.text or "holds no one of the name" in again.text


def test_a_person_asked_of_in_english_is_a_name_only_with_a_person_cue(weld_answerer):
    names = weld_answerer.retriever.names
    assert names.unknown("Who is John Smith?") == ["John Smith"]
    assert names.unknown("Tell me about Dr. Jane Doe.") == ["Jane Doe"]
    assert names.unknown("Tell me about Additive Manufacturing") == []  # no title, no question of who
    assert names.unknown("who is the best expert?") == []


def test_a_problem_beside_an_absent_name_keeps_its_list(weld_answerer):
    answer = weld_answerer.answer("张三教授能帮我们解决铝合金焊接变形吗？")
    assert answer.experts and "没有您提到的那位专家" in answer.text


@pytest.mark.parametrize("turn", ["关河的老婆是谁？", "关河有几个孩子？"])
def test_family_questions_about_a_named_expert_say_the_graph_lacks_them(weld_answerer, turn):
    answer = weld_answerer.answer(turn)
    assert "关河的爱好与家庭生活信息" in answer.text and [e.name for e in answer.experts] == ["关河"], answer.text
    assert "林尚远" not in answer.text and "潘季明" not in answer.text


@pytest.mark.parametrize("turn", ["Compare 关河 and 林尚远", "关河 vs 林尚远", "关河PK林尚远，谁更强？"])
def test_two_named_experts_compared_are_those_two(weld_answerer, turn):
    answer = weld_answerer.answer(turn)
    assert sorted(e.name for e in answer.experts) == ["关河", "林尚远"], answer.text
    assert "潘季明" not in answer.text and answer.grounding.dropped == []
