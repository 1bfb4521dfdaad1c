"""Turns a blind red team (rt59, 2026-12-05) found answered wrongly: 去掉这个条件 / 去掉地区这个条件 matched 去掉 and 条件
as the problem's words; 不要北京的，也不要江苏的 dropped 江苏; 只要工程院的，不要北京的 dropped the seat; "Only CAS members
outside Beijing." showed Beijing's; "Exclude anyone not in the CAE." replaced a list of CAE members; 上世纪50年代出生的 and
80年代以后出生的 were matched as words; 大连化物所有几位院士？都叫什么？ counted 都叫什么 as a topic; 中国科学院下属研究所有
多少位院士？ said none; 林院士，做水稻的 asked for a full name; "elected in the last ten years" was ignored; "How old is
each of them?" and 中国矿业大学在徐州吧？ were not answered."""

from __future__ import annotations

import datetime

import pytest

from generation.conversation import Conversation, resolve
from generation.year_gaps import asks_age_now
from retrieval.census import count_question
from retrieval.models import ExpertMatch
from retrieval.requirements import birth_bounds, read_requirements

SHOWN = [ExpertMatch(id="a", name="王梦恕", score=1.0), ExpertMatch(id="b", name="梁文灏", score=1.0)]


def _talk(problem: str) -> Conversation:
    return Conversation(last=list(SHOWN), shown=list(SHOWN), problem=problem)


@pytest.mark.parametrize("problem, turn, holds, lacks", [
    ("我们要做石油钻井，深井钻头磨损快，推荐专家。2010年以后当选的专家", "去掉这个条件，改成上世纪当选的", ["钻头", "上世纪"], ["2010"]),
    ("风电叶片开裂。东北的专家呢？", "去掉地区这个条件，改成2000年以后当选的", ["叶片", "2000年以后"], ["东北"]),
    ("电网调度。只要女院士的专家", "去掉这个条件，只要在南京的", ["电网", "南京"], ["女院士"]),
])
def test_the_last_wish_or_a_kind_of_wish_is_taken_back(problem, turn, holds, lacks):
    intent = resolve(turn, _talk(problem))
    assert intent.kind == "problem" and all(w in intent.query for w in holds) and not any(w in intent.query for w in lacks)


def test_two_kinds_left_out_and_a_wish_beside_one_are_all_read():
    both = resolve("不要北京的，也不要江苏的", _talk("大坝渗流异常，找专家"))
    assert [r.text for r in both.without] == ["北京", "江苏"] and both.query == "大坝渗流异常，找专家"
    seat = resolve("只要工程院的，不要北京的", _talk("高铁轨道减振，找专家"))
    assert [r.text for r in seat.without] == ["北京"] and "中国工程院院士" in seat.query and "减振" in seat.query
    english = resolve("Only CAS members outside Beijing.", _talk("我们是做桥梁的，斜拉索腐蚀"))
    assert [r.text for r in english.without] == ["北京"] and "斜拉索" in english.query and "CAS" in english.query


def test_excluding_those_not_of_an_academy_keeps_only_its_members():
    intent = resolve("Exclude anyone not in the Chinese Academy of Engineering.",
                     _talk("We have a tunnel boring machine stuck in hard rock."))
    assert intent.kind == "problem" and "tunnel" in intent.query and not intent.without
    assert ("academy", "中国工程院院士") in {(r.kind, r.text) for r in read_requirements(intent.query)}


def test_birth_decades_and_english_recent_elections_are_read():
    assert birth_bounds("再加一个条件：上世纪50年代出生的", 2026) == (1950, 1959)
    assert birth_bounds("有没有80年代以后出生的？", 2026) == (1980, None)
    assert birth_bounds("我们厂80年代建的", 2026) is None
    year = datetime.date.today().year
    assert [r.text for r in read_requirements("Which rice researchers were elected in the last ten years?")
            if r.kind == "elected"] == [f"{year - 10}年以后"]
    assert [r.text for r in read_requirements("Which academicians were elected last year?")
            if r.kind == "elected"] == [f"{year - 1}年"]


def test_counts_with_names_asked_after_and_of_an_academys_units():
    asked = count_question("大连化物所有几位院士？都叫什么？")
    assert asked is not None and asked.term is None
    units = count_question("中国科学院下属研究所有多少位院士？")
    assert units is not None and units.term is None and ("institution", "中国科学院") in {
        (r.kind, r.text) for r in units.requirements}
    said = count_question("中国科学院下属单位的院士有多少位")  # as the answer says it, read back alike
    assert said is not None and said.term is None and ("institution", "中国科学院") in {
        (r.kind, r.text) for r in said.requirements}
    assert ("academy", "中国科学院院士") in {(r.kind, r.text) for r in count_question("中国科学院的院士有多少位").requirements}


def test_ages_of_each_and_a_place_claimed_of_any_city_are_questions():
    assert asks_age_now("How old is each of them?")
    intent = resolve("中国矿业大学在徐州吧？", Conversation())
    assert (intent.kind, intent.place_of, intent.place_said) == ("chat", "中国矿业大学", "徐州")


def test_words_that_name_no_thing_are_no_shared_keyword():
    """rt60: "关键词：最好" (from the wish 最好在深圳), 一批, 一致 were given as words a profile shares with the problem."""
    from retrieval.lexical import filler_word, matched_terms

    assert all(filler_word(w) for w in ("最好", "一批", "一致", "最近"))
    assert not any(filler_word(w) for w in ("焊接", "高温", "耐磨", "压力"))
    profile = "焊接结构专家，最好的焊接工艺一致性研究，曾完成一批高温合金焊接项目。"
    found = matched_terms("我们的高温合金焊接件开裂，召回了一批产品，最好找做焊接的专家，工艺一致性差", profile)
    assert "焊接" in found and not {"最好", "一批", "一致"} & set(found)


def test_the_other_namesake_asked_for_is_the_one_not_shown(demo_retriever, demo_graph):
    """另一位张杰呢？ after one 张杰 showed the same one again (rt59): his namesake, when the graph holds one."""
    from generation.answerer import ExpertAnswerer

    rows = demo_graph[1].read("MATCH (e:Expert)-[:AFFILIATED_WITH]->(i:Institution) WITH e.name AS n, "
                              "collect([e.id, i.name]) AS held WHERE size(held) = 2 "
                              "RETURN n, held ORDER BY n LIMIT 1").records()
    if not rows:
        pytest.skip("the demo graph holds no namesakes at two institutions")
    name, ((first_id, _), (second_id, _)) = rows[0]["n"], rows[0]["held"]
    retriever = demo_retriever[1]
    shown = retriever.records([first_id])  # one of them just shown and asked about
    talk = Conversation(last=list(shown), shown=list(shown), focus=shown[0], problem="注塑件翘曲")
    other = ExpertAnswerer(retriever).answer(f"另一位{name}呢？", talk)
    assert [e.id for e in other.experts] == [second_id] and other.grounding.dropped == []
