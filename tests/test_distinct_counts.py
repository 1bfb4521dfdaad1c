"""How many institutions, places, fields, directions or awards the graph's experts fall in (图谱里一共有多少个机构？
研究电池的专家分布在几个省？ "How many cities do … come from?"), and by how many two counts differ (哪个多？多多少？): read as
tallies and counts, counted in the real demo graph, checked against facts gathered with one plain statement."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from generation.answerer import ExpertAnswerer
from retrieval.sync import open_retriever
from retrieval.tallies import tally_question


@pytest.mark.parametrize(("question", "by", "term", "kinds"), [
    ("图谱里一共有多少个机构？", "institution", None, None),
    ("你们收录了多少个研究方向？", "direction", None, None),
    ("知识图谱中有几种奖项？", "award", None, None),
    ("研究焊接的院士分布在几个省？", "province", "焊接", {("academy", "院士")}),
    ("清华大学的院士来自几个学科？", "field", None, {("institution", "清华大学"), ("academy", "院士")}),
    ("中国工程院院士分布在多少个城市？", "city", None, {("academy", "中国工程院院士")}),
    ("获得过国家最高科学技术奖的院士来自多少所大学？", "institution", None,
     {("award", "国家最高科学技术奖"), ("academy", "院士")}),
    ("How many institutions are in the graph?", "institution", None, None),
    ("How many different universities are represented in the knowledge graph?", "institution", None, None),
    ("How many provinces do the welding academicians come from?", "province", "焊接", {("academy", "院士")}),
    ("How many cities do academicians at Tsinghua University come from?", "city", None,
     {("institution", "Tsinghua University"), ("academy", "院士")}),
])
def test_questions_of_how_many_institutions_places_fields_or_awards_are_read(question, by, term, kinds):
    asked = tally_question(question)
    assert asked is not None and asked.most == "distinct" and asked.by == by
    if kinds is None:
        assert asked.who is None  # every expert of the graph
    else:
        assert asked.who.term == term and {(r.kind, r.text) for r in asked.who.requirements} == kinds


@pytest.mark.parametrize("question", [
    "我们有几个单位的管道腐蚀严重，需要专家", "这个问题涉及几个学科？需要哪方面的专家？", "他们来自几个单位？",
    "能推荐几个研究方向相关的专家吗", "我们公司有几个城市的工厂？", "请推荐几位研究焊接的专家",
    "How many institutions do they come from?", "你们一共有多少专家？",
])
def test_problems_and_questions_about_those_shown_are_no_such_tallies(question):
    asked = tally_question(question)
    assert asked is None or asked.most != "distinct"


@pytest.fixture(scope="module")
def linked(demo_graph):
    """Each expert's institutions, provinces, fields and direction names, gathered in Python from one plain statement
    (the answers are checked against this, not against the census's own statements)."""
    held: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in demo_graph[1].read("MATCH (e:Expert) OPTIONAL MATCH (e)-[r]->(n) RETURN e.id AS id, type(r) AS rel, "
                                  "n.name AS name, n.province AS province").records():
        held[row["id"]]["experts"].add(row["id"])
        if row["rel"] and row["name"]:
            held[row["id"]][row["rel"]].add(row["name"])
        if row["rel"] == "AFFILIATED_WITH" and row["province"]:
            held[row["id"]]["PROVINCE"].add(row["province"])
    return held


@pytest.fixture(scope="module")
def answerer(demo_graph):
    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def _values(held, rel: str, ids) -> Counter:
    return Counter(v for i in ids for v in held[i][rel])


def test_the_institutions_of_the_whole_graph_are_counted_with_those_holding_most(answerer, linked):
    answer = answerer.answer("图谱里一共有多少个机构？")
    counts = _values(linked, "AFFILIATED_WITH", linked)
    said = re.search(r"这(\d+)位专家分布在(\d+)个单位", answer.text)
    assert said and (int(said.group(1)), int(said.group(2))) == (len(linked), len(counts))
    named = re.findall(r"([^、：（]+)（(\d+)位）", answer.text)
    assert named and all(counts[name] == int(n) for name, n in named)
    assert int(named[0][1]) == max(counts.values())  # those holding most first
    assert not answer.experts


def test_the_provinces_of_experts_on_a_topic_are_counted_in_both_languages(answerer, linked):
    on_topic = [i for i, h in linked.items() if any("电池" in n for n in h["WORKS_ON"] | h["IN_FIELD"])]
    assert on_topic
    provinces = _values(linked, "PROVINCE", on_topic)
    answer = answerer.answer("研究电池的专家分布在几个省？")
    said = re.search(r"这(\d+)位研究电池的专家分布在(\d+)个省份", answer.text)
    assert said and (int(said.group(1)), int(said.group(2))) == (len(on_topic), len(provinces))
    welding = [i for i, h in linked.items() if any("焊接" in n for n in h["WORKS_ON"] | h["IN_FIELD"])]
    english = answerer.answer("How many provinces do the welding experts come from?")
    said = re.search(r"the (\d+) welding experts are spread over (\d+) provinces?", english.text)
    assert welding and said and (int(said.group(1)), int(said.group(2))) == \
        (len(welding), len(_values(linked, "PROVINCE", welding)))


def test_two_counts_compared_say_by_how_many_they_differ(answerer, linked):
    ranked = _values(linked, "AFFILIATED_WITH", linked).most_common()
    a, n = ranked[0]
    b, m = next((name, k) for name, k in ranked if k < n)  # two institutions holding different numbers of experts
    answer = answerer.answer(f"{b}和{a}的专家哪个多？多多少？")
    assert answer.text.endswith(f"两者中后者更多，多{n - m}位。") and answer.grounding.dropped == []
    wrong = answerer.answer(f"{b}的专家比{a}多几位？")  # the order said is wrong: 不是, and the difference
    assert wrong.text.startswith("不是。") and wrong.text.endswith(f"多{n - m}位。")
