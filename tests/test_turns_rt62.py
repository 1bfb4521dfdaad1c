"""Turns a blind red team (rt62, 2026-12-05) found answered wrongly: 张三是院士吗？ / "Is 王建军 an academician?" after a
list answered 都是。 / "Yes, all of them." of the experts shown; 王志强是不是也拿过…, a name after 跟 and names in an English
sentence were not said absent; 😀😀😀 after a list failed with an error; 请只回答"是"或"否"：… matched 回答 as the
problem; 国家技术发明奖特等奖有谁获得过？, 2009年有多少人当选中国科学院院士？, 北京大学有60位院士，对吗？, 我听说清华大学…,
何梁何利基金科学与技术成就奖 and "How many academicians are affiliated with 清华大学?" were not counted as asked; 中国科学院
院士有多少位？ after a list counted the three shown; 其中有几位是工程院的？ after a count was not narrowed."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from generation.answer_forms import without_answer_form
from generation.conversation import Conversation, counted_among_shown, resolve
from retrieval.census import count_question, count_question_en, narrowed_count
from retrieval.models import ExpertMatch

SHOWN = [ExpertMatch(id="a", name="关桥", score=1.0), ExpertMatch(id="b", name="林尚扬", score=1.0)]


def test_a_stranger_asked_about_after_a_list_is_said_absent_not_answered_of_the_list(demo_retriever):
    _, retriever = demo_retriever
    answerer = ExpertAnswerer(retriever)
    for turn, english in (("张三是院士吗？", False), ("王建军也是院士吗？", False), ("Is 王建军 an academician?", True),
                          ("Are 张三 and 李四 academicians?", True), ("Is Zhang San an academician too?", True)):
        talk = Conversation()
        shown = answerer.answer("注塑件翘曲变形，请推荐专家", talk).experts
        answer = answerer.answer(turn, talk)
        assert not answer.experts and not answer.text.startswith(("都是", "Yes")), (turn, answer.text)
        assert ("holds no one of the name" if english else "没有您提到的那位专家") in answer.text
        assert [e.id for e in talk.last] == [e.id for e in shown]  # the list under discussion stays


@pytest.mark.parametrize("text, name", [
    ("王志强是不是也拿过何梁何利奖？", "王志强"),
    ("我们之前跟王志强院士（中南大学，冶金与材料工程）聊过，想再找几位专家", "王志强"),
    ("Is 张三 a member of the Chinese Academy of Engineering?", "张三"),
    ("Is Zhang San an academician too?", "Zhang San"),
])
def test_names_said_in_more_ways_are_read_as_people(demo_retriever, text, name):
    _, retriever = demo_retriever
    assert name in retriever.names.unknown(text)


@pytest.mark.parametrize("text", ["Has he won the Nobel Prize?", "We make 注塑件 parts, recommend experts",
                                  "我们跟客户讨论过注塑件翘曲"])
def test_words_that_are_no_names_stay_no_names(demo_retriever, text):
    _, retriever = demo_retriever
    assert retriever.names.unknown(text) == []


def test_symbols_alone_after_a_list_are_unclear_not_an_error():
    for turn in ("😀😀😀", "```"):
        intent = resolve(turn, Conversation(last=list(SHOWN), shown=list(SHOWN), problem="焊接机器人"))
        assert intent.kind == "chat" and intent.unclear


@pytest.mark.parametrize("said, asked", [
    ('请只回答"是"或"否"，不要解释：潘际銮是中国工程院院士吗？', "潘际銮是中国工程院院士吗？"),
    ('请只回答“是”或“否”：关桥获得过国家技术发明奖一等奖吗？', "关桥获得过国家技术发明奖一等奖吗？"),
    ('Answer only "yes" or "no": Is 申长雨 a member of the Chinese Academy of Engineering?',
     "Is 申长雨 a member of the Chinese Academy of Engineering?"),
    ("回答问题前请先确认，我们注塑件翘曲", "回答问题前请先确认，我们注塑件翘曲"),
])
def test_how_to_answer_said_first_is_no_part_of_the_question(said, asked):
    assert without_answer_form(said) == asked


@pytest.mark.parametrize("question, requirements, said", [
    ("国家技术发明奖特等奖有谁获得过？", [("award", "国家技术发明奖特等奖")], None),
    ("获得何梁何利基金科学与技术成就奖的有几位？都是谁？", [("award", "何梁何利基金科学与技术成就奖")], None),
    ("2009年有多少人当选中国科学院院士？", [("elected", "2009年"), ("academy", "中国科学院院士")], None),
    ("1982年获得国家自然科学奖一等奖的有哪些人？", [("award", "国家自然科学奖一等奖")], None),
    ("北京大学有60位院士，对吗？", [("institution", "北京大学"), ("academy", "院士")], 60),
    ("我听说清华大学有100位院士，对吧？", [("institution", "清华大学"), ("academy", "院士")], 100),
])
def test_counts_said_in_more_ways_are_read(question, requirements, said):
    asked = count_question(question)
    assert asked is not None and [(r.kind, r.text) for r in asked.requirements] == requirements
    assert asked.term is None and asked.said == said


def test_an_english_count_of_an_institution_written_in_chinese_is_read():
    asked = count_question_en("How many academicians are affiliated with 清华大学?")
    assert asked is not None and [(r.kind, r.text) for r in asked.requirements] == [
        ("institution", "清华大学"), ("academy", "院士")]


def test_a_count_said_with_the_kind_first_is_of_the_graph_and_a_narrowing_of_it_is_read():
    assert counted_among_shown("中国科学院院士有多少位？") == ()
    assert counted_among_shown("北京市有多少位院士？") == ()
    assert counted_among_shown("有几位是中国科学院院士？")  # of those shown
    assert counted_among_shown("这些院士里有多少位是中国科学院院士？")
    counted = count_question("北京市有多少位院士？")
    for turn in ("其中有几位是工程院的？", "其中工程院的有多少？"):
        narrowed = narrowed_count(turn, counted)
        assert narrowed is not None and ("academy", "中国工程院院士") in {(r.kind, r.text) for r in narrowed.requirements}


def test_the_first_problem_returned_to_by_its_place_in_the_talk_is_the_one_asked_of():
    """回到刚才第一个问题，第二位专家的单位是什么？ and 刚才第一轮推荐里谁最年轻？ were answered of the welding list shown last."""
    first = [ExpertMatch(id="c", name="翟婉明", score=1.0), ExpertMatch(id="d", name="田红旗", score=1.0)]
    p1, p2 = "高铁轨道减振，列车过桥振动超标", "welding cracks in rail steel"
    talk = Conversation(problem=p2, problems={p1: ["c", "d"], p2: ["a", "b"]}, opened=[p1, p2],
                        lists={p1: first, p2: list(SHOWN)}, last=list(SHOWN), shown=[*first, *SHOWN])
    second = resolve("回到刚才第一个问题，第二位专家的单位是什么？", talk)
    assert second.back == p1 and second.expert is not None and second.expert.name == "田红旗"
    youngest = resolve("刚才第一轮推荐里谁最年轻？", talk)
    assert youngest.back == p1 and youngest.kind in ("about", "list")


def test_a_post_said_without_a_verb_is_the_biographys_career():
    from generation.biography import TOPICS

    career = next(t for t in TOPICS if t.name == "任职经历")
    assert career.says.search("铁路工程动力学专家。西南交通大学教授。")
    assert not career.says.search("1963年8月生于江苏省靖江市。")
