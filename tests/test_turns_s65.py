"""Turns the forty-first session mended: an epithet a biography writes is quoted (陈清泉被誉为什么？ 中国电动汽车之父是谁？),
not said unrecorded; a vague follow-up as a conversation's first turn asks for the problem; the age at an award the
records do not hold is not said to lack only a year."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, awards, bio)
PEOPLE = [
    ("陈七泉", "香港大学", "电动汽车", [{"name": "中国工程院院士", "year": 1997}],
     "陈七泉，1937年1月14日出生。电机与电动汽车专家。获英国皇家工程院勋章并誉为“电动汽车之父”。"),
    ("何七善", "中南大学", "地球物理", [{"name": "中国工程院院士", "year": 1994},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1990},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1999}],
     "1934年8月生。长期致力于地球物理研究。较早开展和推动页岩气研究，被誉为湖南页岩气之父。"),
    ("李七林", "中南大学", "电动汽车电池", [{"name": "中国工程院院士", "year": 2001}],
     "1940年3月生。长期从事电动汽车电池研究。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s65", "工程与材料科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s65")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "name", "said"), [
    ("陈七泉被誉为什么？", "陈七泉", "誉为“电动汽车之父”"),
    ("What is Chen Qiquan known as?", "陈七泉", "誉为“电动汽车之父”"),
    ("何七善有什么美誉？", "何七善", "被誉为湖南页岩气之父"),
])
def test_an_epithet_a_biography_writes_is_quoted(people, turn, name, said):
    """陈清泉被誉为什么？ said the graph held no epithets of him, while his biography writes 誉为“电动汽车之父” (fortieth
    session's note)."""
    answer, _ = _turns(people, turn)
    assert f"{name}" in answer.text and said in answer.text, answer.text
    assert "没有关于称号与美誉的内容" not in answer.text and "records no epithets" not in answer.text, answer.text


def test_a_biography_without_an_epithet_is_said_to_write_none(people):
    answer, _ = _turns(people, "李七林被誉为什么？")
    assert "李七林的简介里没有关于称号与美誉的内容" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "name", "words"), [
    ("中国电动汽车之父是谁？", "陈七泉", "电动汽车之父"),
    ("Who is the father of electric vehicles?", "陈七泉", "电动汽车之父"),
    ("页岩气之父是哪位院士？", "何七善", "页岩气之父"),
])
def test_an_epithet_asked_that_one_biography_writes_is_that_expert_quoted(people, turn, name, words):
    answer, conversation = _turns(people, turn)
    assert f"{name}的简介写到了“{words}”" in answer.text or f"the biography of {name} writes “{words}”" in answer.text, \
        answer.text
    assert "李七林" not in answer.text, answer.text
    follow, _ = _turns(people, turn, "他哪年当选院士？" if "谁" in turn or "哪位" in turn else "When was he elected?")
    assert name in follow.text and "李七林" not in follow.text, follow.text


def test_an_epithet_no_biography_writes_stays_unrecorded(people):
    answer, _ = _turns(people, "中国电池之父是谁？")
    assert "知识图谱不记录专家的称号或美誉" in answer.text and "简介写到了" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["具体一点", "详细点", "然后呢？", "Tell me more", "What else?"])
def test_a_vague_follow_up_as_the_first_turn_asks_for_the_problem(people, turn):
    """具体一点 as a conversation's first turn listed three strangers "for reference" (fortieth session's note)."""
    answer, _ = _turns(people, turn)
    assert answer.experts == [] and ("请先描述您遇到的技术问题" in answer.text or "describe your technical problem" in
                                     answer.text), answer.text


def test_a_vague_follow_up_after_a_problem_still_goes_on(people):
    answer, _ = _turns(people, "电动汽车电池寿命短，请推荐专家", "具体一点")
    assert "请先描述" not in answer.text and "李七林" in answer.text, answer.text


def test_the_age_at_an_award_not_recorded_is_not_said_to_lack_only_its_year(people):
    """王小谟's 国家最高科学技术奖 (not in his record): 他什么时候获得的？当时几岁？ said 知识图谱没有王小谟的这一项的年份, which
    reads as an award held without a year."""
    answer, _ = _turns(people, "何七善", "他什么时候获得国家最高科学技术奖的？当时几岁？")
    assert "没有何七善获得这一项的记录" in answer.text and "这一项的年份" not in answer.text, answer.text
    answer, _ = _turns(people, "何七善", "他获得国家科学技术进步奖一等奖时多大？")
    assert "1990年" in answer.text and "约56岁" in answer.text, answer.text
    assert "知识图谱还记录了何七善1999年获得国家科学技术进步奖一等奖，当时约65岁。" in answer.text, answer.text  # (only the
    # first of 王小谟's two was said)
