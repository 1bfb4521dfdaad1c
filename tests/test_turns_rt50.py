"""Turns a blind red team (rt50, 2026-12-04) found answered wrongly: 当选院士已经50年了吧 confirmed whatever the number,
a birth date in brackets without a dash (赵连城（1938.02.18）) read as none."""

from __future__ import annotations

from generation.biography import _BORN, _dated
from generation.year_gaps import asks_years_since, describe_years_since
from retrieval.models import AwardFact, ExpertMatch


def test_years_since_an_election_said_or_asked_are_computed_from_its_record():
    pan = ExpertMatch(id="a", name="潘际銮", score=0.5, awards=[AwardFact(name="中国科学院院士", year=1980)])
    for text in ("潘际銮当选院士已经50年了吧？", "他当选院士有四十年了吧？", "他当选院士多少年了？", "He was elected 50 years ago, right?",
                 "How many years ago was he elected?"):
        assert asks_years_since(text), text
    assert describe_years_since(pan, "潘际銮当选院士已经50年了吧？", this_year=2026) == \
        "不是。按知识图谱的记录，潘际銮1980年当选中国科学院院士。从1980年到2026年相隔46年。"
    assert describe_years_since(pan, "他当选院士已经46年了吧？", this_year=2026).startswith("是。")
    assert describe_years_since(pan, "He was elected 50 years ago, right?", english=True, this_year=2026).startswith("No. ")
    undated = ExpertMatch(id="b", name="袁隆平", score=0.5, awards=[AwardFact(name="国家最高科学技术奖")])
    assert "无法计算" in describe_years_since(undated, "他获得国家最高科学技术奖已经20年了吧？", this_year=2026)
    assert not asks_years_since("潘际銮比林尚扬早几年当选？")  # two records: the gap between them


def test_a_birth_date_in_brackets_without_a_dash_is_read():
    assert _dated(_BORN, ["赵连城（1938.02.18）光电信息科学与工程专家。"]) == "1938"
    assert _dated(_BORN, ["专家顾问委员会委员(1998-2002)"]) is None  # a term of office
