"""Wishes a blind realistic round (rt55, 2026-12-05) and an adversarial one (rt56) found read wrongly: 我们在江苏做…，
想找江浙沪的 left 江苏 out; 湖南或者中南地区都可以 was ignored; 不要北京的 was said met by an expert whose institution has
no recorded place; 中国科学院下属研究所, 大连化物所 and 中科院大连化物所 matched no one; 去年当选的, 近十年当选的 and
上世纪当选的 were ignored."""

from __future__ import annotations

import datetime

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from retrieval.census import count_question
from retrieval.models import ExpertMatch, Requirement, abbreviates, same_org
from retrieval.requirements import in_provinces, read_requirements


def _places(text: str) -> set[str]:
    return {r.text for r in read_requirements(in_provinces(text)) if r.kind == "place"}


def test_a_region_keeps_a_province_the_enterprise_named_in_another_clause():
    assert _places("我们在江苏做稀土永磁电机，磁钢高温退磁，想找江浙沪的专家，非院士也行。") == {"江苏", "浙江", "上海"}
    assert _places("有没有在青海或者西部的专家？") >= {"青海", "陕西", "四川"}  # 青海 said once


@pytest.mark.parametrize("text, places", [
    ("挖掘机动臂焊缝疲劳开裂，想找本省的专家，湖南或者中南地区都可以。", {"湖南", "河南", "湖北", "广东", "广西", "海南"}),
    ("挖掘机动臂焊缝疲劳开裂，华中地区都行", {"河南", "湖北", "湖南"}),
    ("焊缝开裂，北京、天津都行", {"北京", "天津"}),
])
def test_places_said_acceptable_in_a_clause_of_their_own_are_a_wish(text, places):
    assert _places(text) == places
    assert _places("西北地区干旱，推荐专家") == set()  # the problem's place, no wish


@pytest.mark.parametrize("text, name", [
    ("推荐大连化物所的院士", "大连化物所"), ("推荐中科院大连化物所的院士", "中科院大连化物所"),
    ("中国科学院下属研究所里做海洋腐蚀的专家是谁？", "中国科学院"), ("中科院所属单位的专家", None),
])
def test_an_institutes_short_name_and_the_units_under_an_institution_are_read(text, name):
    found = [r.text for r in read_requirements(text) if r.kind == "institution"]
    assert found == ([name] if name else [])
    assert not [r for r in read_requirements("公共场所的专家") if r.kind == "institution"]


def test_a_short_institute_name_is_the_recorded_one():
    assert abbreviates("中科院大连化学物理研究所", "中国科学院大连化物所") and same_org("大连化物所", "中国科学院大连化学物理研究所")
    assert not abbreviates("中科院物理所", "中国科学院大连化学物理研究所")
    assert not abbreviates("北京大学", "北京农业大学") and not same_org("中科院化学所", "中科院化学物理所")
    held = ExpertMatch(id="a", name="衣宝廉", score=1.0, institution="中国科学院大连化物所")
    assert Requirement(kind="institution", text="中科院大连化学物理研究所").met(held)
    asked = count_question("大连化物所有哪些院士？")
    assert asked is not None and ("institution", "大连化物所") in {(r.kind, r.text) for r in asked.requirements}


def test_an_election_dated_from_today_is_a_requirement():
    year = datetime.date.today().year
    read = {t: [r.text for r in read_requirements(t) if r.kind == "elected"] for t in (
        "去年当选的做焊接的院士有哪些？", "最近十年当选的做隧道的院士", "近5年入选的院士", "上世纪当选的院士",
        "本世纪以来当选的院士", "有没有80年代当选的做焊接的院士？")}
    assert list(read.values()) == [[f"{year - 1}年"], [f"{year - 10}年以后"], [f"{year - 5}年以后"], ["2000年以前"],
                                   ["2000年以后"], ["1980年至1989年"]]


def test_an_expert_whose_institution_has_no_recorded_place_is_not_said_to_be_elsewhere(demo_retriever):
    answerer = ExpertAnswerer(demo_retriever[1])
    answer = answerer.answer("我们企业在注塑件翘曲上遇到难题，请推荐专家，不要北京的", Conversation())
    unplaced = [e.name for e in answer.experts if not (e.province or e.city) and "北京" not in (e.institution or "")]
    said = "、".join(unplaced) + "的单位在知识图谱中没有所在地记录，无法判断是否在北京。"
    assert (said in answer.text) == bool(unplaced)
    assert all(e.province != "北京" and e.city != "北京" for e in answer.experts)
