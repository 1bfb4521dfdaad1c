"""Whole-graph tallies (哪个单位的院士最多？ 各学部各有多少位院士？): read as such, and answered with the graph's figures."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from retrieval.tallies import tally_question


@pytest.mark.parametrize("question, by, most, label", [
    ("哪个单位的院士最多？", "institution", "most", "院士"),
    ("院士最多的单位是哪个？", "institution", "most", "院士"),
    ("哪所大学的院士最多？前五名", "institution", "most", "院士"),
    ("哪一年当选的院士最多？", "year", "most", "院士"),
    ("当选院士最多的年份是哪一年？", "year", "most", "院士"),
    ("各学部各有多少位院士？", "field", "", "院士"),
    ("每个学科有多少院士？", "field", "", "院士"),
    ("院士在各省的分布", "province", "", "院士"),
    ("中国工程院院士中，哪个学科的人最多？", "field", "most", "中国工程院院士"),
    ("哪个城市的专家最多", "city", "most", "专家"),
    ("研究焊接的院士中哪个单位最多？", "institution", "most", "研究焊接的院士"),
    ("知识图谱里哪个省的专家最少？", "province", "fewest", "专家"),
    ("Which institution has the most academicians?", "institution", "most", "academicians"),
    ("In which year were the most academicians elected?", "year", "most", "academicians"),
    ("How many academicians are there in each field?", "field", "", "academicians"),
    ("Which university has the most CAE academicians?", "institution", "most", "CAE academicians"),
])
def test_tally_questions_are_read_with_what_they_count_and_by_what(question, by, most, label):
    asked = tally_question(question)
    assert asked is not None and (asked.by, asked.most, asked.label) == (by, most, label)


def test_the_places_and_the_academy_asked_are_read():
    assert tally_question("哪所大学的院士最多？前五名").places == 5
    assert tally_question("中国工程院院士哪一年当选的最多？").seat == "中国工程院院士"
    assert tally_question("哪一年当选的中国科学院院士最多？").seat == "中国科学院院士"
    assert tally_question("Which university has the most CAE academicians?").seat == "中国工程院院士"


@pytest.mark.parametrize("question", [
    "我们企业在注塑件翘曲上遇到难题，请推荐专家", "哪位院士获奖最多？", "哪个单位获奖最多？", "哪种材料的专家最多？",
    "他们中哪个单位的最多？", "清华大学有多少位院士？", "Which expert has the most awards?",
    "哪个方案的成本最少？", "我们工厂哪一年的产量最多？",
])
def test_other_turns_are_no_tallies(question):
    assert tally_question(question) is None


@pytest.fixture(scope="module")
def retriever(demo_retriever):
    return demo_retriever[1]


@pytest.fixture(scope="module")
def held(demo_graph):
    """Each expert's institutions, fields, places and directions, read in one plain statement: the tallies are
    checked against counts made here in Python, not against their own statements."""
    store = demo_graph[1]
    facts: dict[str, dict[str, set[str]]] = {}
    for row in store.read("MATCH (e:Expert) OPTIONAL MATCH (e)-[r]->(n) RETURN e.id AS id, type(r) AS rel, "
                          "n.name AS name, n.province AS province").records():
        one = facts.setdefault(row["id"], {})
        if row["rel"]:
            one.setdefault(row["rel"], set()).add(row["name"])
        if row["rel"] == "AFFILIATED_WITH" and row["province"]:
            one.setdefault("PROVINCE", set()).add(row["province"])
    return facts


def _counts(held, key: str, keep=lambda facts: True) -> Counter:
    return Counter(g for facts in held.values() if keep(facts) for g in facts.get(key, ()))


def test_the_institution_with_the_most_experts_is_named_with_its_count(retriever, held):
    counts = _counts(held, "AFFILIATED_WITH")
    best = max(counts.values())
    answer = ExpertAnswerer(retriever).answer("哪个单位的专家最多？")
    first = re.search(r"专家最多的单位是(.+?)，[共各](\d+)位", answer.text)
    assert first and int(first.group(2)) == best
    assert all(counts[name] == best for name in first.group(1).split("、"))
    for name, n in re.findall(r"([^：、，。\n]+)（(\d+)位）", answer.text):  # the runners-up, each with its own count
        assert counts[name] == int(n) < best
    assert f"{len(held)}位专家" in answer.text and answer.grounding.dropped == [] and answer.experts == []


def test_every_field_is_listed_with_its_count_and_the_stream_says_the_same(retriever, held):
    counts = _counts(held, "IN_FIELD")
    answerer = ExpertAnswerer(retriever)
    answer = answerer.answer("各学科各有多少位专家？")
    listed = {name: int(n) for name, n in re.findall(r"^(.+?)：(\d+)位$", answer.text, re.MULTILINE)}
    assert listed == dict(counts.most_common(30))
    streamed = list(answerer.stream("各学科各有多少位专家？", Conversation()))
    assert streamed[-1].text == answer.text


def test_a_tally_of_experts_on_a_topic_counts_only_them(retriever, held, demo_graph):
    on_topic = {r["id"] for r in demo_graph[1].read(
        "MATCH (e:Expert)-[:WORKS_ON|IN_FIELD]->(n) WHERE n.name CONTAINS '焊接' RETURN DISTINCT e.id AS id").records()}
    counts = _counts(held, "AFFILIATED_WITH", lambda facts: False) + Counter(
        g for i in on_topic for g in held[i].get("AFFILIATED_WITH", ()))
    assert on_topic
    answer = ExpertAnswerer(retriever).answer("研究焊接的专家中，哪个单位最多？")
    first = re.search(r"最多的单位是(.+?)，[共各](\d+)位", answer.text)
    assert first and int(first.group(2)) == max(counts.values())
    assert f"{len(on_topic)}位" in answer.text


def test_an_english_tally_is_answered_in_english_with_the_graphs_figures(retriever, held):
    counts = _counts(held, "PROVINCE")
    answer = ExpertAnswerer(retriever).answer("Which province has the most experts?")
    first = re.search(r"the province with the most experts is (.+?) \((\d+)\)", answer.text)
    assert first and counts[first.group(1)] == int(first.group(2)) == max(counts.values())


@pytest.mark.parametrize("question, by, places, excluding", [
    ("哪个省的院士最多？前五名分别有多少位？", "province", 5, ""),
    ("中国工程院院士中，哪个单位最多？有多少位？", "institution", 1, ""),
    ("Which institution has the most academicians in your graph? Give the top five with counts.", "institution", 5, ""),
    ("Which year had the most elections?", "year", 1, ""),
    ("What is the most common field among academicians?", "field", 1, ""),
    ("And which institution has the most CAS members?", "institution", 1, ""),
    ("除了清华，哪个单位的院士最多？", "institution", 1, "清华"),
    ("Excluding Beijing, which province has the most academicians?", "province", 1, "Beijing"),
])
def test_more_wordings_of_a_tally_are_read(question, by, places, excluding):
    asked = tally_question(question)
    assert asked is not None and (asked.by, asked.places, asked.excluding) == (by, places, excluding)


def test_a_group_left_out_is_not_counted_and_a_place_asked_next_follows_the_tally(retriever, held):
    counts = _counts(held, "AFFILIATED_WITH").most_common()
    first, second = counts[0][0], counts[1]
    answerer = ExpertAnswerer(retriever)
    without = answerer.answer(f"除了{first}，哪个单位的专家最多？", Conversation()).text
    assert first not in without.split("\n")[0] and first not in without.split("\n")[1]
    talk = Conversation()
    answerer.answer("哪个单位的专家最多？", talk)
    next_one = answerer.answer("那第二名呢？", talk).text
    ranked = re.search(r"排第2的单位是(.+?)，[共各](\d+)位", next_one)
    assert ranked and int(ranked.group(2)) == second[1]
    assert all(counts_of == second[1] for name in ranked.group(1).split("、")
               for counts_of in [dict(counts)[name]])
