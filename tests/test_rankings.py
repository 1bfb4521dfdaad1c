"""Rankings over the graph beyond its extreme: the first few (获奖最多的前三位院士), a place (获奖第二多的), and who won
an award first or last by its recorded year (谁最晚获得国家最高科学技术奖？) — read from the records and checked by
the guard by counting again; they were matched as problems with three unrelated experts."""

from __future__ import annotations

from collections import defaultdict

import pytest

from generation.answerer import ExpertAnswerer
from generation.grounding import check_answer
from retrieval.census import count_question
from retrieval.sync import open_retriever


@pytest.mark.parametrize(("question", "superlative", "places", "place", "kinds"), [
    ("获奖最多的前三位院士是谁？", "awards", 3, 1, {("academy", "院士")}),
    ("获奖数量排名前五的院士有哪些？", "awards", 5, 1, {("academy", "院士")}),
    ("清华大学最早当选的5位院士是谁？", "earliest", 5, 1, {("institution", "清华大学"), ("academy", "院士")}),
    ("清华大学的院士中获奖第二多的是谁？", "awards", 1, 2, {("institution", "清华大学"), ("academy", "院士")}),
    ("浙江大学的院士中第三早当选的是谁？", "earliest", 1, 3, {("institution", "浙江大学"), ("academy", "院士")}),
    ("谁最晚获得国家最高科学技术奖？", "award_latest", 1, 1, {("award", "国家最高科学技术奖")}),
    ("哪位院士最早获得国家技术发明奖一等奖？", "award_earliest", 1, 1,
     {("award", "国家技术发明奖一等奖"), ("academy", "院士")}),
    ("清华大学哪位院士最早当选？", "earliest", 1, 1, {("institution", "清华大学"), ("academy", "院士")}),
])
def test_rankings_are_read_with_how_far_they_go(question, superlative, places, place, kinds):
    asked = count_question(question)
    assert asked is not None and asked.term is None, asked
    assert (asked.superlative, asked.places, asked.place) == (superlative, places, place)
    assert {(r.kind, r.text) for r in asked.requirements} == kinds


@pytest.mark.parametrize("question", ["前两位谁获奖最多？", "这三位里谁最早当选？", "他最早获得的奖是什么？"])
def test_a_ranking_of_those_shown_or_of_one_expert_is_no_graph_count(question):
    assert count_question(question) is None


@pytest.fixture(scope="module")
def retriever(demo_graph):
    settings, store, embedder, _ = demo_graph
    return open_retriever(store, embedder, settings.index_dir, settings.graph_id)


@pytest.fixture(scope="module")
def received(demo_graph):
    """Each expert's (award, year) records and name, read with one plain statement (not the census's own)."""
    facts: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in demo_graph[1].read("MATCH (e:Expert) OPTIONAL MATCH (e)-[r:RECEIVED]->(a:Award) "
                                  "RETURN e.id AS id, e.name AS name, a.name AS award, r.year AS year").records():
        names[row["id"]] = row["name"]
        if row["award"]:
            facts[row["id"]].append((row["award"], row["year"]))
    return facts, names


def _groups(values: dict[str, int], descending: bool = True) -> list[tuple[int, set[str]]]:
    return [(v, {i for i, x in values.items() if x == v}) for v in sorted(set(values.values()), reverse=descending)]


def test_the_first_three_by_awards_are_listed_value_by_value_and_checked(retriever, received):
    facts, names = received
    counts = {i: len({a for a, _ in facts.get(i, ()) if not a.endswith("院士")}) for i in names}
    groups = _groups(counts)
    answerer = ExpertAnswerer(retriever)
    answer = answerer.answer("获奖最多的前三位专家是谁？")
    head = answer.text.split("\n\n")[0]
    assert f"共{len(names)}位，其中获奖记录最多的是" in head and answer.grounding.dropped == [], answer.text
    expected, held = [], 0
    for value, ids in groups:  # values until three experts are reached, ties kept
        if held >= 3:
            break
        expected.append((value, ids))
        held += len(ids)
    for value, ids in expected:
        assert f"{value}项" in head, (value, head)
    shown = {e.id for e in answer.experts}
    assert shown and shown <= set().union(*(ids for _, ids in expected))
    assert all(ids & shown for _, ids in expected)  # one of every value said is shown
    if len(expected) > 1:  # the second value said wrong is dropped by the guard
        second = expected[1][0]
        tail = head.split("；其次依次是：", 1)
        wrong = tail[0] + "；其次依次是：" + tail[1].replace(f"{second}项", f"{second + 1}项", 1)
        assert check_answer(wrong, answer.experts, counter=answerer._census_of)[1].dropped != []
        assert check_answer(head, answer.experts, counter=answerer._census_of)[1].dropped == []


def test_the_second_place_says_the_first_two_values(retriever, received):
    facts, names = received
    counts = {i: len({a for a, _ in facts.get(i, ()) if not a.endswith("院士")}) for i in names}
    groups = _groups(counts)
    answer = ExpertAnswerer(retriever).answer("获奖第二多的专家是谁？")
    head = answer.text.split("\n\n")[0]
    assert "其中获奖记录最多的是" in head and f"{groups[0][0]}项" in head and f"{groups[1][0]}项" in head, head
    assert {e.id for e in answer.experts} & groups[1][1] and answer.grounding.dropped == []


def test_who_won_an_award_last_is_read_from_its_dated_records(retriever, received):
    facts, names = received
    dated: dict[str, dict[str, int]] = defaultdict(dict)
    holders: dict[str, set[str]] = defaultdict(set)
    for i, records in facts.items():
        for award, year in records:
            if not award.endswith("院士"):
                holders[award].add(i)
                if year:
                    dated[award][i] = max(year, dated[award].get(i, year))
    alone = [a for a in dated if not any(a != b and a in b for b in holders)]  # no other award holds its name
    award = max(alone, key=lambda a: (len(dated[a]), a))  # the one with most dated holders
    last = max(dated[award].values())
    answerer = ExpertAnswerer(retriever)
    answer = answerer.answer(f"谁最晚获得{award}？")
    head = answer.text.split("\n\n")[0]
    asked = count_question(f"谁最晚获得{award}？")
    assert asked is not None and asked.superlative == "award_latest", asked
    total = answerer._census_of(asked).total
    assert total == len(holders[award])
    assert f"共{total}位，其中最晚获得的是" in head and f"{last}年获得" in head, head
    assert {e.id for e in answer.experts} <= {i for i, y in dated[award].items() if y == last}
    assert answer.experts and answer.grounding.dropped == []
    wrong = head.replace(f"{last}年获得", f"{last + 1}年获得")
    assert check_answer(wrong, answer.experts, counter=answerer._census_of)[1].dropped != []


def test_a_place_asked_next_keeps_the_conditions_and_a_second_question_beside_a_superlative_is_left():
    """获奖第二多的呢？ after 2000年以后当选的院士中获奖最多的是谁？ counted every expert; 浙江大学获奖最多的院士是谁？他是唯一的吗？
    was matched as a problem (rt19)."""
    from retrieval.census import count_follow_up

    asked = count_question("2000年以后当选的院士中，获奖最多的是谁？")
    for text, place in (("获奖第二多的呢？", 2), ("第三名是谁？", 3), ("Who ranks third?", 3)):
        after = count_follow_up(text, asked)
        assert after is not None and after.place == place and after.requirements == asked.requirements, text
    assert count_follow_up("第三位是谁？", asked) is None  # the third card shown, not a rank
    both = count_question("浙江大学获奖最多的院士是谁？他是唯一的吗？")
    assert both is not None and both.superlative == "awards"
    assert {(r.kind, r.text) for r in both.requirements} == {("institution", "浙江大学"), ("academy", "院士")}


def test_who_of_those_shown_was_elected_first_to_one_academy_reads_its_seats_only():
    """他们中谁当选中国工程院院士最早？ was answered with CAS years (rt19)."""
    from generation.grounded import asked_seat, describe_election_order
    from retrieval.models import AwardFact, ExpertMatch

    zheng = ExpertMatch(id="z", name="郑哲敏", score=1.0, awards=[AwardFact(name="中国科学院院士", year=1980),
                                                               AwardFact(name="中国工程院院士", year=1994)])
    wang = ExpertMatch(id="w", name="王永志", score=1.0, awards=[AwardFact(name="中国工程院院士", year=1994)])
    wu = ExpertMatch(id="u", name="吴良镛", score=1.0, awards=[AwardFact(name="中国科学院院士", year=1980),
                                                             AwardFact(name="中国工程院院士", year=1995)])
    assert asked_seat("他们中谁当选中国工程院院士最早？") == "中国工程院院士" and asked_seat("谁当选院士最早？") is None
    said = describe_election_order([wu, zheng, wang], seat="中国工程院院士")
    assert said.index("郑哲敏1994年") < said.index("吴良镛1995年") and "1980" not in said, said


@pytest.mark.parametrize(("question", "kinds"), [
    ("清华大学有几位院士获得过国家最高科学技术奖？他们分别是哪年获得的？",
     {("award", "国家最高科学技术奖"), ("academy", "院士"), ("institution", "清华大学")}),
    ("中国科学院物理研究所有几位院士获得过国家自然科学奖一等奖？",
     {("award", "国家自然科学奖一等奖"), ("academy", "院士"), ("institution", "中国科学院物理研究所")}),
    ("中国科学院物理研究所获得过国家自然科学奖一等奖的院士有几位？",
     {("award", "国家自然科学奖一等奖"), ("academy", "院士"), ("institution", "中国科学院物理研究所")}),
])
def test_a_place_that_has_how_many_who_did_something_is_a_count(question, kinds):
    """清华大学有几位院士获得过国家最高科学技术奖？ showed one holder of another institution, no count (rt16, rt19)."""
    asked = count_question(question)
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == kinds
    assert count_question("我们公司有几位员工获得过奖励？") is None


def test_the_extreme_of_those_just_counted_is_theirs():
    """其中最早当选的是谁？ after 1990年代当选的北京大学院士有几位？ searched experts elsewhere (rt19)."""
    from retrieval.census import superlative_of_counted

    counted = count_question("1990年代当选的北京大学院士有几位？")
    extreme = superlative_of_counted("其中最早当选的是谁？", counted)
    assert extreme is not None and extreme.superlative == "earliest" and extreme.requirements == counted.requirements
    assert superlative_of_counted("其中有几位获得过一等奖？", counted) is None


def test_a_university_a_record_writes_after_its_city_is_that_university():
    from retrieval.models import ExpertMatch, Requirement

    def at(asked: str, held: str) -> bool:
        return Requirement(kind="institution", text=asked).met(ExpertMatch(id="x", name="x", score=0.0, institution=held))

    assert at("复旦大学", "上海复旦大学") and not at("电子科技大学", "西安电子科技大学")
