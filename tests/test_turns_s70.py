"""Turns the forty-sixth session mended, over invented academicians: a tally asked again of another group (工程院里呢？),
an age asked by the traditional count (虚岁)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, awards, bio)
PEOPLE = [
    ("钱十川", "十川大学", "隧道工程", [{"name": "中国工程院院士", "year": 1995}],
     "钱十川，1931年5月出生于浙江杭州。隧道与地下工程专家。"),
    ("孙十岳", "十川大学", "盾构隧道", [{"name": "中国工程院院士", "year": 1999}],
     "孙十岳，1940年2月出生于江苏南京。长期从事盾构隧道研究。"),
    ("周十龄", "十华研究院", "桥梁工程", [{"name": "中国科学院院士", "year": 2005}],
     "周十龄，1950年8月出生于湖南长沙。桥梁工程专家。"),
    ("郑十哲", "十华研究院", "爆炸力学", [{"name": "中国科学院院士", "year": 2001}],
     "郑十哲，1930年10月出生于山东济南。爆炸力学家。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s70", "工程与材料科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s70")) as answerer:
        yield answerer


@pytest.mark.parametrize(("tally", "again", "asked"), [
    ("哪个单位的院士最多？", "工程院里呢？", "工程院院士最多的单位是哪个？"),
    ("哪个单位的院士最多？", "那中科院的呢？", "中科院院士最多的单位是哪个？"),
    ("哪一年当选的院士最多？", "那工程院呢？", "工程院院士中哪一年当选的最多？"),
    ("Which institution has the most academicians?", "And in CAE?", "Which institution has the most CAE academicians?"),
])
def test_a_tally_asked_again_of_another_group_is_that_groups_tally(people, tally, again, asked):
    """哪个单位的院士最多？ then 工程院里呢？ was searched as a problem (experts on 工程院 listed): the same tally over the
    academy's members, as the question that says it whole gets."""
    answer, _ = _turns(people, tally, again)
    whole, _ = _turns(people, asked)
    assert answer.text == whole.text and not answer.experts, answer.text


def test_a_name_after_a_tally_is_no_group(people):
    answer, _ = _turns(people, "哪个单位的院士最多？", "郑十哲呢？")
    assert "郑十哲" in answer.text and "最多的单位" not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "age"), [
    (("郑十哲是哪年当选院士的？", "他当选时虚岁多大？"), 2001 - 1930),
    (("郑十哲是哪年当选院士的？", "他当选的时候虚岁几岁？"), 2001 - 1930),
    (("郑十哲今年虚岁多少？",), 2026 - 1930),
])
def test_an_age_asked_by_the_traditional_count_is_answered_with_the_count_said(people, turns, age):
    """他当选时虚岁多大？ gave his age in 2026 (虚岁 broke the reading of an age at the election); the age is the birth
    year's, and the answer says how 虚岁 differs."""
    answer, _ = _turns(people, *turns)
    assert f"约{age}岁" in answer.text and "虚岁" in answer.text, answer.text
