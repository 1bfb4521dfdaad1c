"""Whether the one a question names is the only expert of a kind (吴良镛是清华大学唯一获得国家最高科学技术奖的院士吗？
"Is X the only academician at Tsinghua who won …?"): counted in the graph — it answered 是 from X's own record while
王永志 of 清华大学 holds the award too (rt16, rt18)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from retrieval.census import only_question
from retrieval.sync import open_retriever


@pytest.mark.parametrize(("text", "who", "kinds", "term"), [
    ("吴良镛是清华大学唯一获得国家最高科学技术奖的院士吗？", "吴良镛",
     {("award", "国家最高科学技术奖"), ("academy", "院士"), ("institution", "清华大学")}, None),
    ("谁是唯一一位既是中国科学院院士又是中国工程院院士，并且获得过国家最高科学技术奖的人？", None,
     {("academy", "两院院士"), ("award", "国家最高科学技术奖")}, None),
    ("龚健雅是武汉大学唯一研究遥感的院士吗？", "龚健雅", {("institution", "武汉大学"), ("academy", "院士")}, "遥感"),
    ("Is 吴良镛 the only academician at Tsinghua University who won the State Preeminent Science and Technology Award?",
     "吴良镛", {("institution", "Tsinghua University"), ("award", "国家最高科学技术奖"), ("academy", "院士")}, None),
])
def test_an_only_question_is_a_count_with_one_to_confirm(text, who, kinds, term):
    said, asked = only_question(text)
    assert said == who and asked.only and asked.said == 1 and asked.term == term
    assert {(r.kind, r.text) for r in asked.requirements} == kinds


@pytest.mark.parametrize("text", ["他是唯一的吗？", "这是唯一的办法吗", "我们是唯一一家做这个的企业吗", "吴良镛是院士吗？"])
def test_other_questions_are_no_only_questions(text):
    assert only_question(text) is None


@pytest.fixture(scope="module")
def world(demo_graph):
    """The retriever, and each (institution, award) pair with its holders, read with one plain statement."""
    settings, store, embedder, _ = demo_graph
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.read("MATCH (e:Expert)-[:AFFILIATED_WITH]->(i:Institution), (e)-[:RECEIVED]->(a:Award) "
                          "RETURN e.name AS name, i.name AS org, a.name AS award").records():
        holders[(row["org"], row["award"])].add(row["name"])
    names = defaultdict(int)
    for row in store.read("MATCH (e:Expert) RETURN e.name AS name").records():
        names[row["name"]] += 1
    return open_retriever(store, embedder, settings.index_dir, settings.graph_id), holders, names


def _pair(holders, names, many: bool, awards: set[str]):
    """An institution and award of several holders (or exactly one), no other award holding its name, no namesakes."""
    return next((org, award) for (org, award), who in sorted(holders.items())
                if (len(who) > 1 if many else len(who) == 1) and all(names[n] == 1 for n in who)
                and not any(award != b and award in b for b in awards) and "大学" in org)


def test_the_only_one_is_confirmed_and_one_of_several_is_not(world):
    retriever, holders, names = world
    awards = {a for _, a in holders}
    answerer = ExpertAnswerer(retriever)
    org, award = _pair(holders, names, True, awards)
    one = sorted(holders[(org, award)])[0]
    answer = answerer.answer(f"{one}是{org}唯一获得过{award}的专家吗？", Conversation())
    assert answer.text.startswith("不是。") and f"共{len(holders[(org, award)])}位" in answer.text, answer.text
    assert {e.name for e in answer.experts} == holders[(org, award)] and answer.grounding.dropped == []
    org, award = _pair(holders, names, False, awards)
    (alone,) = holders[(org, award)]
    answer = answerer.answer(f"{alone}是{org}唯一获得过{award}的专家吗？", Conversation())
    assert answer.text.startswith("是的。") and "共1位" in answer.text, answer.text
    other = next(n for n, k in sorted(names.items()) if k == 1 and n != alone)
    answer = answerer.answer(f"{other}是{org}唯一获得过{award}的专家吗？", Conversation())
    assert answer.text.startswith("不是。") and [e.name for e in answer.experts] == [alone], answer.text


def test_an_only_question_not_read_as_a_count_gets_no_verdict(world):
    """"Is X the only BUAA academician who won …?" was answered Yes from X's record alone (five hold it, rt19)."""
    from generation.grounded_en import UNIQUE_UNREAD_EN

    retriever, holders, names = world
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    one = answerer.answer("注塑件翘曲变形怎么解决", conversation).experts[0].name
    answer = answerer.answer(f"Is {one} the only BUAA expert who won a first-class award?", conversation)
    assert not re.search(r"(?:^|\n)(?:Yes|No)[.,]", answer.text), answer.text  # no verdict from one record
    from pypinyin import lazy_pinyin

    said = " ".join(w.capitalize() for w in lazy_pinyin(one))  # the name in pinyin: asked about him, his record
    answer = answerer.answer(f"Is {said} the only BUAA expert who won a first-class award?", conversation)
    assert not re.search(r"(?:^|\n)(?:Yes|No)[.,]", answer.text), answer.text
    if answer.experts and answer.experts[0].name == one and len(answer.experts) == 1:
        assert answer.text.startswith(UNIQUE_UNREAD_EN), answer.text
    assert only_question("任正非是华为唯一的院士吗？") is None  # 华为 unread: no count of every academician


def test_the_only_one_of_those_shown_is_counted_among_them(world):
    retriever, holders, names = world
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("注塑件翘曲变形怎么解决", conversation).experts
    award = next((a.name for e in shown for a in e.awards if not a.name.endswith("院士")), None)
    if award is None:
        pytest.skip("no award among those shown")
    answer = answerer.answer(f"{shown[0].name}是他们中唯一获得过{award}的吗？", conversation)
    held = [e.name for e in shown if any(a.name == award for a in e.awards)]
    assert answer.text.startswith(f"刚才推荐的{len(shown)}位专家中") and "、".join(held) in answer.text, answer.text


def test_an_only_question_about_a_name_the_graph_cannot_read_is_counted_without_a_verdict(world):
    """"Is Wu Liang-yung the only …?" (a spelling the names cannot read) would have been 'No' of the one counted."""
    retriever, holders, names = world
    awards = {a for _, a in holders}
    org, award = _pair(holders, names, False, awards)
    answer = ExpertAnswerer(retriever).answer(f"查无此人是{org}唯一获得过{award}的专家吗？", Conversation())
    assert answer.text.startswith("知识图谱中，") and "共1位" in answer.text, answer.text
