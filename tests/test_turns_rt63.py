"""Turns a blind red team (rt63, 2026-12-05) found answered wrongly: 他们中有两位在同一个单位吗？ said 不是 and listed two
of 北京理工大学; 国防科技大学 and 国防科学技术大学 were two institutions; 哪两位在同一所大学？ / "Which two are at the same
university?" searched 同一 / "same"; 只要名字，按出生年份排序 gave the shown order as sorted; "List only the names, one
per line, sorted by number of awards." showed three strangers; 谁获得过何梁何利基金奖？ counted none of those holding a
何梁何利基金 prize; 李德群1945年出生，2015年当选 was told its election year differs."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, counted_among_shown, resolve
from generation.grounded import correct_premises, describe_same_place, same_place_asked
from generation.grounded_en import _same_place_en
from retrieval.models import AwardFact, ExpertMatch, same_org

RADAR = [ExpertMatch(id="a", name="保铮", score=1.0, institution="西安电子科技大学", city="西安"),
         ExpertMatch(id="b", name="毛二可", score=1.0, institution="北京理工大学", city="北京"),
         ExpertMatch(id="c", name="王越", score=1.0, institution="北京理工大学", city="北京"),
         ExpertMatch(id="d", name="张履谦", score=1.0, institution="中国航天科技集团公司")]


def test_whether_some_of_them_share_a_place_names_those_who_do():
    some = describe_same_place(RADAR, "他们中有两位在同一个单位吗？")
    assert some.startswith("是。") and "毛二可和王越都在北京理工大学工作" in some
    assert describe_same_place(RADAR, "他们是同一个单位的吗？").startswith("不是。")  # all of them: no
    city = describe_same_place(RADAR, "哪几位在同一个城市？")
    assert "毛二可和王越都在北京" in city and "张履谦的所在城市" in city
    assert _same_place_en(RADAR, "Are any two of them colleagues at the same institution?").startswith(
        "Yes. By the graph's records, 毛二可 and 王越 are both at 北京理工大学")
    assert describe_same_place(RADAR[:2], "有两位在同一个单位吗？").startswith("不是。")
    assert same_place_asked("Which two are at the same university?") == (True, False)


def test_two_spellings_of_one_university_are_one_institution():
    assert same_org("国防科技大学", "国防科学技术大学")
    assert not same_org("北京大学", "北京农业大学")
    nudt = [ExpertMatch(id="x", name="廖湘科", score=1.0, institution="国防科技大学"),
            ExpertMatch(id="y", name="杨学军", score=1.0, institution="国防科学技术大学")]
    assert "廖湘科（国防科技大学）和杨学军（国防科学技术大学）在同一单位" in describe_same_place(nudt, "哪两位在同一个单位？")


@pytest.mark.parametrize("turn", ["哪两位在同一所大学？", "Which two are at the same university?", "哪几位在同一个城市？"])
def test_which_of_them_share_a_place_is_asked_of_the_list(turn):
    intent = resolve(turn, Conversation(last=list(RADAR), shown=list(RADAR), problem="雷达信号处理"))
    assert intent.kind == "list" and intent.same and [e.id for e in intent.experts] == [e.id for e in RADAR]


def test_names_only_in_the_order_asked(demo_retriever):
    _, retriever = demo_retriever
    answerer = ExpertAnswerer(retriever)
    talk = Conversation()
    shown = answerer.answer("注塑件翘曲变形，请推荐5位专家", talk).experts
    by_awards = answerer.answer("List only the names, one per line, sorted by number of awards.", talk).text
    assert by_awards.splitlines() == [e.name for e in sorted(shown, key=lambda e: -len(e.awards))]
    assert [e.id for e in talk.last] == [e.id for e in shown]
    elected = answerer.answer("只要名字，按当选年份排序。", talk).text
    years = {e.name: min((a.year for a in e.awards if a.year and "院士" in a.name), default=None) for e in shown}
    dated = [n for n in elected.rstrip("。").split("、") if years[n] is not None]
    assert dated == sorted(dated, key=lambda n: years[n])


def test_a_funds_prize_asked_is_any_of_its_prizes():
    held = [ExpertMatch(id="y", name="杨学军", score=1.0, awards=[AwardFact(name="何梁何利基金科学与技术成就奖")]),
            ExpertMatch(id="z", name="陈左宁", score=1.0, awards=[AwardFact(name="国家科学技术进步奖特等奖")])]
    asked = counted_among_shown("谁获得过何梁何利基金奖？")
    assert asked and all(r.text == "何梁何利基金" for r in asked)
    assert [e.name for e in held if all(r.met(e) for r in asked)] == ["杨学军"]


def test_a_birth_year_said_beside_an_election_is_no_election_year():
    lee = ExpertMatch(id="l", name="李德群", score=1.0, institution="华中科技大学",
                      awards=[AwardFact(name="中国工程院院士", year=2015)])
    assert correct_premises(lee, "听说华中科技大学李德群院士1945年出生，2015年当选工程院院士。") == []
    assert correct_premises(lee, "听说李德群院士1945年出生，2009年当选工程院院士。")  # a wrong year is still said


def test_a_sex_written_after_a_space_or_before_the_birth_year_is_read():
    """rt64: 陈文新's biography "土壤微生物学家 女，1926年9月生" was said to hold nothing of her sex."""
    from generation.biography import TOPICS
    from retrieval.requirements import states_female

    sex = next(t for t in TOPICS if t.name == "性别")
    for bio in ("土壤微生物学家 女，1926年9月生于湖南浏阳。", "真菌学家 女，1948年7月生"):
        assert sex.says.search(bio) and states_female(bio)
    assert not sex.says.search("男女老少都用的产品，1950年投产。")


@pytest.mark.parametrize("text, names", [
    ("关桥比林尚扬早一年当选，对吗？", ["关桥", "林尚扬"]), ("林尚扬比关桥早一年当选，对吗？", ["林尚扬", "关桥"]),
    ("潘际銮获奖比关桥多，对吗？", ["潘际銮", "关桥"]), ("张三和秦顺全都是院士吗？", ["秦顺全"]),
])
def test_names_jieba_joins_to_a_particle_are_found(text, names):
    """关桥比林尚扬…: jieba reads 比林, so 林尚扬 was not found and only 关桥's awards were given (rt63)."""
    from retrieval.names import NameIndex

    index = NameIndex({n: (f"id-{n}",) for n in ("关桥", "林尚扬", "潘际銮", "秦顺全")})
    assert [n.name for n in index.find(text)] == names


def test_whether_all_of_them_share_a_city_is_not_some():
    assert describe_same_place(RADAR, "他们都在同一个城市吗？").startswith("不都是。按知识图谱的记录，毛二可和王越都在北京。")
    assert describe_same_place(RADAR[1:3], "他们在同一个城市吗？").startswith("是。")
    assert _same_place_en(RADAR, "Are they all in the same city?").startswith("Not all of them. By the graph's records")
