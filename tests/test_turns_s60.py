"""Turns the thirty-sixth session mended (rt110): every holder of an award a count asked, listed when asked with their
years; who of them was youngest when given it, asked after the count."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

AWARD = "国家最高科学技术奖"
WINNERS = [  # (name, born, the award's year)
    ("王一志", 1932, 2001), ("金一濂", 1929, 2002), ("郑一敏", 1924, 2012), ("赵一贤", 1941, 2016), ("孙一栋", 1929, 2009),
    ("吴一超", 1922, 2005), ("李一声", 1931, 2006)]


@pytest.fixture(scope="module")
def winners(expertglm_home, demo_graph, tmp_path_factory):
    """Seven holders of one award, each biography giving the birth date, and one expert without it."""
    records = records_of("s60w", "工程与材料科学", [
        *[(name, "清华大学", "航天技术", [{"name": "中国工程院院士", "year": 1994}, {"name": AWARD, "year": year}],
           f"{name}（{born}.5.1- ）工程专家。") for name, born, year in WINNERS],
        ("李一平", "北京大学", "高分子化学", [{"name": "中国科学院院士", "year": 1991}], "李一平（1935.3.2- ）化学家。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s60w")) as answerer:
        yield answerer


COUNT = "图谱里有多少位获得国家最高科学技术奖的专家？"
COUNT_EN = "How many experts in your graph have received the State Preeminent Science and Technology Award?"


@pytest.mark.parametrize("turns", [
    (COUNT, "把他们全部列出来，附上获奖年份"),
    (COUNT, "全部列出来"),
    (COUNT_EN, "List all of them with the award year, please."),
    (COUNT_EN, "Please list all 7 of them, with their award years"),
])
def test_every_holder_a_count_counted_is_listed_when_asked_with_the_years(winners, turns):
    """"List all of them with the award year, please." after the count showed three: the same three again (rt110);
    in English the count above the list was then dropped by the guard."""
    answer, _ = _turns(winners, *turns)
    assert sorted(e.name for e in answer.experts) == sorted(name for name, _, _ in WINNERS), answer.text
    assert all(f"{year}年获{AWARD}" in answer.text for _, _, year in WINNERS), answer.text
    assert str(len(WINNERS)) in answer.text.split("\n")[0], answer.text
    assert not [d for d in answer.grounding.dropped if d.kind == "census"], answer.grounding.dropped


@pytest.mark.parametrize("turns", [
    (COUNT, "其中获奖时最年轻的是谁？"),
    (COUNT, "把他们全部列出来", "他们中谁获奖时年纪最小？"),
    (COUNT_EN, "Which of them received it at the youngest age?"),
    (COUNT_EN, "List all of them with the award year, please.", "Which of them received it at the youngest age?"),
    (COUNT_EN, "Which of them was the youngest when receiving it?"),
])
def test_the_youngest_at_the_award_a_count_asked_is_of_everyone_it_counted(winners, turns):
    """"Which of them received it at the youngest age?" after the count: the three shown ordered by birth, not ages at
    the award of all it counted (rt110)."""
    ages = {name: year - born for name, born, year in WINNERS}
    youngest = min(ages, key=ages.get)
    answer, _ = _turns(winners, *turns)
    said = [line for line in answer.text.split("\n") if "最年轻的是" in line or "was the youngest" in line]
    assert said and youngest in said[0] and all(n not in said[0] for n in ages if n != youngest), answer.text
    assert all(f"约{age}岁" in answer.text or f"about {age} then" in answer.text for age in ages.values()), answer.text
