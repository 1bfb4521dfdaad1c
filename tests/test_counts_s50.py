"""Counts and superlatives rt77 found unanswered: "Who has the most awards among all academicians in the graph?" and
"Give me the top 5 institutions by number of academicians" got three unrelated experts; 他们中谁最早获得？ after a count
of an award's holders was refused as a ranking."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from generation.conversation import Conversation
from retrieval.census import count_question, count_question_en
from retrieval.tallies import tally_question


@pytest.mark.parametrize("text, superlative, seat", [
    ("Who has the most awards among all academicians in the graph?", "awards", True),
    ("Who has the most awards among all academicians?", "awards", True),
    ("Who has won the most awards in the graph?", "awards", False),
    ("Who was elected earliest in the graph?", "earliest", False),
])
def test_english_superlatives_over_the_graph(text, superlative, seat):
    asked = count_question_en(text)
    assert asked is not None and asked.superlative == superlative
    assert any(r.kind == "academy" for r in asked.requirements) == seat


def test_a_superlative_with_no_scope_is_of_those_shown():
    assert count_question_en("Who has the most awards?") is None


@pytest.mark.parametrize("text, by, places", [
    ("Give me the top 5 institutions by number of academicians.", "institution", 5),
    ("What are the top 5 institutions by number of academicians?", "institution", 5),
    ("Which 5 institutions have the most academicians?", "institution", 5),
    ("List the top 3 provinces by number of CAE members.", "province", 3),
    ("Top 2 universities with the most academicians?", "institution", 2),
])
def test_english_top_groups(text, by, places):
    asked = tally_question(text)
    assert asked is not None and (asked.by, asked.places, asked.most) == (by, places, "most")


@pytest.mark.parametrize("text, superlative", [
    ("获得国家最高科学技术奖的院士中谁最早获得？", "award_earliest"),
    ("谁最早获得国家最高科学技术奖？", "award_earliest"),
    ("获得国家最高科学技术奖的专家里谁最晚获得这个奖？", "award_latest"),
])
def test_chinese_award_superlatives_said_with_the_award_before(text, superlative):
    asked = count_question(text)
    assert asked is not None and asked.superlative == superlative
    assert [r.text for r in asked.requirements if r.kind == "award"] == ["国家最高科学技术奖"]


@pytest.fixture(scope="module")
def prize_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Three holders of the top award (2005, 2001, 2010) at two institutions, on a graph of their own."""
    records = records_of("s50c", "技术科学", [
        ("甲一奖", "清华大学", "航天技术", [{"name": "国家最高科学技术奖", "year": 2005},
                                      {"name": "中国工程院院士", "year": 1995}], "甲一奖，清华大学教授。"),
        ("乙二奖", "清华大学", "计算机体系结构", [{"name": "国家最高科学技术奖", "year": 2001},
                                          {"name": "中国工程院院士", "year": 1994}], "乙二奖，清华大学教授。"),
        ("丙三奖", "北京大学", "水稻育种", [{"name": "国家最高科学技术奖", "year": 2010},
                                      {"name": "中国科学院院士", "year": 1999}], "丙三奖，北京大学教授。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s50c")) as answerer:
        yield answerer


def test_who_of_the_counted_holders_won_it_first_and_last(prize_answerer):
    conversation = Conversation()
    prize_answerer.answer("获得国家最高科学技术奖的专家有哪些？", conversation)
    first = prize_answerer.answer("他们中谁最早获得？", conversation)
    assert "最早获得的是乙二奖，2001年获得" in first.text and first.grounding.dropped == []
    last = prize_answerer.answer("他们中谁最晚获得这个奖？", conversation)
    assert "最晚获得的是丙三奖，2010年获得" in last.text


def test_the_top_institutions_asked_in_english(prize_answerer):
    answer = prize_answerer.answer("Give me the top 2 institutions by number of academicians.", Conversation())
    assert "清华大学 (2)" in answer.text and "北京大学 (1)" in answer.text and answer.grounding.dropped == []


def test_an_english_superlative_after_a_count_is_of_all_counted(prize_answerer):
    """"Who was elected earliest among them?" after a count was answered of the few shown (rt79)."""
    conversation = Conversation()
    prize_answerer.answer("How many academicians are at 清华大学?", conversation)
    earliest = prize_answerer.answer("Who was elected earliest among them?", conversation)
    assert "of them, 乙二奖 was elected first, in 1994" in earliest.text and earliest.grounding.dropped == []
