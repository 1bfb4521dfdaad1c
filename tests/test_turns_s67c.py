"""Turns the forty-third session mended in its third pass (rt144): a follow-up with he/she after a message naming a
person the graph lacks is of that person, not the first listed; a person introduced by a post (总工程师南仁东院士), whose
records are supposed known (假设你知道钱学森的资料) or asked of with 那…呢 is said to be absent; names listed with 、
beside one held are said absent; the earliest elected of those a count counted by their biographies (女院士) and of an
English count's experts ("Of those, …", "the earliest elected one") is of all counted, not of those shown."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

CAS = "中国科学院院士"
# (name, institution, direction, awards, bio)
PEOPLE = [
    ("孔九膜", "九州生物物理研究所", "膜蛋白结构生物学", [{"name": CAS, "year": 2009}], "1961年生。膜蛋白结构生物学专家。"),
    ("蔡九晶", "九州生物物理研究所", "冷冻电镜结构生物学", [{"name": CAS, "year": 2005}], "1950年生。冷冻电镜专家。"),
    ("苏九镜", "九州天文台", "射电望远镜主动反射面", [{"name": CAS, "year": 1991}], "1938年生。天文光学专家。"),
    ("朱九天", "九州天文台", "射电望远镜结构控制", [{"name": CAS, "year": 1995}], "1935年生。天文仪器专家。"),
    ("袁九平", "九州农业大学", "杂交水稻育种", [{"name": CAS, "year": 1995},
                                 {"name": "国家最高科学技术奖", "year": 2000}], "1930年生。杂交水稻专家。"),
    # women by their biographies, the earliest elected holding the fewest awards (shown last or not at all)
    *[(name, "七星材料研究院", "功能材料", [{"name": CAS, "year": year},
                                     *[{"name": "国家自然科学奖二等奖", "year": 2000 + k} for k in range(awards)]],
       f"{name}（女）（1950.1.1- ）功能材料专家。")
      for name, year, awards in (("何九兰", 2005, 4), ("吕九梅", 2007, 4), ("施九芸", 2009, 3), ("贺九莲", 2011, 3),
                                 ("邹九萍", 2013, 2), ("罗九霞", 1993, 0))],
    # an institution's count: the earliest elected holds the fewest awards
    *[(name, "九州理工大学", "等离子体物理", [{"name": CAS, "year": year},
                                    *[{"name": "国家科学技术进步奖二等奖", "year": 2001 + k} for k in range(awards)]],
       "1945年生。物理学家。")
      for name, year, awards in (("汤九锋", 2009, 3), ("陶九岩", 2011, 3), ("柏九川", 2017, 2), ("窦九河", 1991, 0),
                                 ("葛九洲", 2003, 2), ("范九原", 2005, 2), ("彭九松", 2007, 1))],
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s67c", "科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s67c")) as answerer:
        yield answerer


_UNHELD_EN = "We work on membrane protein structures by cryo-EM. We heard Academician Gu Xiaoyan is the best; please " \
             "recommend her and similar experts."


@pytest.mark.parametrize("turn", ["When was she elected, and where does she work?", "Write her a short invitation email."])
def test_she_after_a_person_the_graph_lacks_is_that_person(people, turn):
    """"We heard Academician Yan Ning is the best; please recommend her…" then "When was she elected…?" was answered of
    隋森芳, the first listed, and the invitation addressed to him (rt144): she is the one the graph lacks."""
    first, conversation = _turns(people, _UNHELD_EN)
    assert "holds no one of the name" in first.text and conversation.last, first.text
    listed, second = conversation.last[0].name, conversation.last[1].name
    answer = people.answer(turn, conversation)
    assert "holds no one of the name" in answer.text, answer.text
    assert listed not in answer.text, answer.text
    answer = people.answer("When was the second one elected?", conversation)  # (one pointed at among those listed)
    assert second in answer.text and "holds no one" not in answer.text, answer.text


_POST = "我们在做射电望远镜的主动反射面控制，听说FAST总工程师南九东院士很厉害，能推荐他和相关专家吗？"


def test_a_person_introduced_by_a_post_is_said_absent_and_he_is_that_person(people):
    """…听说FAST总工程师南仁东院士很厉害，能推荐他和相关专家吗？ listed experts and never said 南仁东 is not in the graph;
    他是哪年当选院士的？ was then answered of 苏定强 (rt144)."""
    first, conversation = _turns(people, _POST)
    assert "没有您提到的那位专家" in first.text and conversation.last, first.text
    listed = conversation.last[0].name
    answer = people.answer("他是哪年当选院士的？", conversation)
    assert "没有您提到的那位专家" in answer.text and listed not in answer.text, answer.text
    second = conversation.last[1]
    answer = people.answer("第二位是哪年当选院士的？", conversation)
    assert second.name in answer.text, answer.text


def test_a_person_whose_records_are_supposed_known_is_said_absent(people):
    """假设你知道钱学森的资料，他是哪年当选学部委员的？获得过国家最高科学技术奖吗？ recommended strangers, never saying
    钱学森 is not in the graph; 那屠呦呦呢？她是哪个单位的院士？ was answered of one of them (rt144)."""
    first, conversation = _turns(people, "假设你知道钱森九的资料，他是哪年当选学部委员的？获得过国家最高科学技术奖吗？")
    assert "没有您提到的那位专家" in first.text and not first.experts, first.text
    answer = people.answer("那屠呦娟呢？她是哪个单位的院士？", conversation)
    assert "没有您提到的那位专家" in answer.text and not answer.experts, answer.text


def test_names_listed_beside_one_held_are_said_absent(people):
    """把钱学森、屠呦呦、袁隆平三人的获奖情况列成表 tabled 戴汝为/赵忠贤/吴良镛 with 袁隆平 (rt144): only the one held,
    the others said absent."""
    answer, _ = _turns(people, "假设你知道钱森九的资料，他是哪年当选学部委员的？", "把钱森九、屠呦娟、袁九平三人的获奖情况列成表")
    assert "袁九平" in answer.text and "其余各位" in answer.text, answer.text
    assert [e.name for e in answer.experts] == ["袁九平"], answer.experts


def test_the_earliest_elected_of_women_counted_is_of_all_whose_biographies_say_so(people):
    """图谱里有几位女院士？ then 其中最早当选的是谁？哪年？ ranked the five shown; 李方华 (1993) was left out (rt144)."""
    first, conversation = _turns(people, "图谱里有几位女院士？")
    assert "罗九霞" not in [e.name for e in conversation.last], conversation.last
    assert "简介写明相符的专家共6位" in first.text, first.text
    answer = people.answer("其中最早当选的是谁？哪年？", conversation)
    assert "罗九霞1993年" in answer.text and "何九兰" not in answer.text, answer.text


def test_an_english_count_then_of_those_and_the_earliest_one_are_of_all_counted(people):
    """"How many academicians in the graph work at USTC?" / "Of those, how many were elected before 2000?" ("I did not
    quite understand") / "Name the earliest elected one and the year." (of the three shown, not 朱清时, rt144)."""
    first, conversation = _turns(people, "How many academicians in the graph work at 九州理工大学?")
    assert "holds 7 " in first.text and "窦九河" not in [e.name for e in conversation.last], first.text
    answer = people.answer("Of those, how many were elected before 2000?", conversation)
    assert "did not quite understand" not in answer.text and "holds 1 " in answer.text, answer.text
    answer, _ = _turns(people, "How many academicians in the graph work at 九州理工大学?",
                       "Name the earliest elected one and the year.")
    assert "窦九河 was elected first, in 1991" in answer.text, answer.text
