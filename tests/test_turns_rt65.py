"""Turns blind red teams (rt65, rt66, 2026-12-05) found answered wrongly: 只要名字，用JSON数组输出 / "one per line, names
only" showed strangers; 北京有多少位中国工程院院士？ after a list counted the three shown; 其中同时是中国工程院院士的有几位？
after a count of CAS members counted none; 有没有两位获得过同一个奖？ / 有没有两位是同一年当选的？ said none or were not
answered; "Which two of them share a city?" gave fields; "Is 钟南山 a double academician?" got Yes; "sorted by election
year, newest first" came earliest first."""

from __future__ import annotations

import pytest

from generation.conversation import Conversation, counted_among_shown, resolve
from generation.grounded import describe_common, shared_facts
from generation.grounded_en import describe_election_order_en
from retrieval.census import count_question, narrowed_count
from retrieval.models import AwardFact, ExpertMatch
from retrieval.requirements import read_requirements

PIGS = [ExpertMatch(id="a", name="陈焕春", score=1.0, awards=[AwardFact(name="中国工程院院士", year=2003)]),
        ExpertMatch(id="b", name="夏咸柱", score=1.0, awards=[AwardFact(name="中国工程院院士", year=2003)]),
        ExpertMatch(id="c", name="刘秀梵", score=1.0, awards=[AwardFact(name="中国工程院院士", year=2001)])]


def _talk() -> Conversation:
    return Conversation(last=list(PIGS), shown=list(PIGS), problem="非洲猪瘟防控")


@pytest.mark.parametrize("turn", ["只要名字，用JSON数组输出。", "one per line, names only", "names only, as a JSON array"])
def test_names_only_in_a_format_is_of_the_list(turn):
    intent = resolve(turn, _talk())
    assert intent.kind == "list" and intent.names_only


def test_counts_of_the_graph_and_their_narrowing_by_the_other_academy():
    assert counted_among_shown("北京有多少位中国工程院院士？") == ()
    for first, then in (("中国科学院院士一共有多少位？", "其中同时是中国工程院院士的有几位？"),
                        ("中国工程院院士一共有多少位？", "其中有几位是中国科学院院士？")):
        narrowed = narrowed_count(then, count_question(first))
        assert narrowed is not None and [(r.kind, r.text) for r in narrowed.requirements] == [("academy", "两院院士")]


@pytest.mark.parametrize("turn", ["有没有两位获得过同一个奖？", "有没有两位是同一年当选的？", "有没有两位在同一个领域？",
                                  "Which two of them won the same award?"])
def test_whether_some_share_an_award_a_field_or_a_year_is_what_they_share(turn):
    intent = resolve(turn, _talk())
    assert intent.kind == "list" and intent.common


def test_a_shared_election_year_is_a_shared_fact():
    assert ("elected", "2003年当选中国工程院院士", ["陈焕春", "夏咸柱"]) in shared_facts(PIGS)
    assert "陈焕春、夏咸柱都是2003年当选中国工程院院士。" in describe_common(PIGS)


def test_sharing_a_city_in_english_is_a_same_place_question():
    intent = resolve("Which two of them share a city?", _talk())
    assert intent.kind == "list" and intent.same


def test_a_double_academician_in_english_is_both_seats():
    from retrieval.requirements_en import named_awards

    assert named_awards("Is 钟南山 a double academician?") == ["两院院士"]
    assert [(r.kind, r.text) for r in read_requirements("Only double academicians, please.")
            if r.kind == "academy"] == [("academy", "两院院士")]


def test_election_order_newest_first_in_english():
    said = describe_election_order_en(PIGS, latest_first=True)
    assert said.startswith("By the election years the graph records, latest first:") and \
        said.index("刘秀梵") > said.index("陈焕春")


def test_an_award_named_in_chinese_beside_a_seat_in_english_is_asked_too():
    """rt66: "翟婉明 was elected to CAS in 2011 and won the 国家最高科学技术奖, correct?" got 是 of the seat alone."""
    from generation.grounded import asked_awards

    asked = asked_awards("翟婉明 was elected to CAS in 2011 and won the 国家最高科学技术奖, I believe. Correct?")
    assert "国家最高科学技术奖" in asked and "中国科学院院士" in asked


def test_s_and_t_is_science_and_technology_in_an_award_name():
    from retrieval.requirements_en import named_awards

    assert named_awards("孙家栋 won the State Preeminent S&T Award in 2010, correct?") == ["国家最高科学技术奖"]


def test_the_list_named_as_such_is_those_shown():
    """名单中有人在合肥吗？ said the graph holds no places (rt65); 他们中有人在合肥吗？ was answered."""
    listed = resolve("名单中有人在合肥吗？", _talk())
    said = resolve("他们中有人在合肥吗？", _talk())
    assert listed.kind == said.kind == "list" and listed.attribute == said.attribute == "institution"
    assert listed.unheld == said.unheld and listed.experts == said.experts
