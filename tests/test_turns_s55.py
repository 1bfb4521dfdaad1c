"""Turns the thirty-first session mended (the leftovers of blind round rt94, then rounds rt95 and rt96): namesakes
told apart in age orders and by the guard, several asks in one turn each answered, ages of all those a count counts."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns


@pytest.fixture(scope="module")
def life_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Two namesakes (周明 of 华中科技大学 and of 清华大学), and academicians of one university, one of them undated."""
    records = records_of("s55l", "工程与材料科学", [
        ("周明", "华中科技大学", "数控技术", [{"name": "中国工程院院士", "year": 1999}],
         "周明（1946.08.26- ）。华中科技大学教授。曾任华中科技大学校长，教育部部长。"),
        ("周明", "清华大学", "信息功能陶瓷", [{"name": "中国工程院院士", "year": 2017}],
         "周明（1962.02.10-），无机非金属材料专家。现任清华大学教授。"),
        ("关太原", "中国航空制造工程研究院", "焊接力学", [{"name": "中国工程院院士", "year": 1994}],
         "关太原（1935.07.02- ）。生于山西省太原市。"),
        ("潘九江", "清华大学", "焊接工艺", [{"name": "中国科学院院士", "year": 1980}],
         "潘九江，1927年12月24日生于江西九江。清华大学教授，曾任南昌大学校长。"),
        ("俞东华", "东华大学", "纺织材料", [{"name": "中国工程院院士", "year": 2013},
                                      {"name": "国家技术发明奖二等奖", "year": None}],
         "俞东华，纺织材料专家。2013年当选为中国工程院院士。"),
        ("合肥甲", "中国科学技术大学", "量子信息", [{"name": "中国科学院院士", "year": 2011}],
         "合肥甲（1970.3-），量子物理学家。"),
        ("合肥乙", "中国科学技术大学", "地球化学", [{"name": "中国科学院院士", "year": 2005}],
         "合肥乙（1959.10.14-），地球化学家。"),
        ("合肥丙", "中国科学技术大学", "免疫学", [{"name": "中国工程院院士", "year": 2017},
                                         {"name": "国家自然科学奖二等奖", "year": 2008},
                                         {"name": "国家科学技术进步奖二等奖", "year": 2001}],
         "合肥丙（1956.10.11-），免疫学家。"),
        ("合肥丁", "中国科学技术大学", "防护工程", [{"name": "中国工程院院士", "year": 1995}], "合肥丁，防护工程专家。"),
        ("孙海洋", "中国海洋石油总公司", "海洋石油工程", [{"name": "中国工程院院士", "year": 1995}],
         "孙海洋，海洋石油工程专家，长期从事海上平台防腐蚀研究。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s55l")) as answerer:
        yield answerer


def test_a_post_premise_with_a_research_claim_beside_it_is_not_confirmed(life_answerer):
    """他是华中科技大学的校长，研究陶瓷材料，对吧？ of two 周明: 是 was said of the former post, the ceramics being the
    namesake's (rt94)."""
    answer, _ = _turns(life_answerer, "周明是哪年当选院士的？", "他是华中科技大学的校长，研究陶瓷材料，对吧？")
    assert "是。" not in answer.text.split("知识图谱中")[0], answer.text
    assert "曾经担任您问到的职务" in answer.text, answer.text


def test_namesakes_ages_are_both_kept_and_told_apart_in_an_age_order(life_answerer):
    answer, _ = _turns(life_answerer, "周明是哪年当选院士的？", "他今年多大？")
    assert answer.text.count("周明的年龄约") == 2, answer.text  # (the second, checked against the first's birth year, was removed)
    answer, _ = _turns(life_answerer, "周明比关太原小几岁？")
    assert "华中科技大学的周明" in answer.text and "清华大学的周明" in answer.text, answer.text
    assert "关太原比华中科技大学的周明年长11岁" in answer.text and "关太原比清华大学的周明年长26岁多" in answer.text, answer.text


def test_an_age_this_year_before_the_birthday_is_kept(life_answerer):
    """潘九江 born 1927-12-24: the composer's age is 98 until that day, 99 after; the guard read only 2026 − 1927."""
    import datetime

    answer, _ = _turns(life_answerer, "潘九江今年多大？")
    today = datetime.date.today()
    age = today.year - 1927 - ((today.month, today.day) < (12, 24))
    assert f"潘九江的年龄约{age}岁" in answer.text, answer.text


def test_one_younger_than_another_by_how_many_years_is_answered_as_years_apart(life_answerer):
    answer, _ = _turns(life_answerer, "潘九江比关太原年轻几岁？")
    assert "潘九江比关太原年长7岁多" in answer.text, answer.text
    assert "的年龄约" not in answer.text, answer.text


def test_record_parts_asked_beside_unheld_ones_and_a_biography_topic_are_all_answered(life_answerer):
    """请告诉我X的单位、研究方向、手机号码和年薪，还有他带过的博士生的名字: strangers were listed for 博士生 (rt94)."""
    answer, _ = _turns(life_answerer, "请告诉我俞东华的单位、研究方向、手机号码和年薪，还有他带过的博士生的名字")
    assert "俞东华在东华大学工作" in answer.text and "纺织材料" in answer.text, answer.text
    assert "没有关于培养学生的内容" in answer.text and "联系方式" in answer.text, answer.text
    answer, _ = _turns(life_answerer, "请告诉我俞东华的单位、研究方向，还有他带过的博士生的名字")
    assert "俞东华在东华大学工作" in answer.text and "没有关于培养学生的内容" in answer.text, answer.text


def test_a_new_problem_after_a_follow_up_in_one_turn_is_answered_too(life_answerer):
    answer, conversation = _turns(life_answerer, "数控机床的精度问题", "好的。另外，第一位是哪年当选的？还有，我们新的问题是海上平台的防腐蚀，请再推荐几位")
    assert "当选" in answer.text.split("\n")[0], answer.text
    assert "孙海洋" in {e.name for e in conversation.last}, answer.text


def test_the_youngest_of_a_universitys_academicians_is_of_all_it_counts(life_answerer):
    for turn in ("中国科学技术大学的院士里谁最年轻？",
                 "Who is the youngest academician at the University of Science and Technology of China?"):
        answer, _ = _turns(life_answerer, turn)
        assert "仅就以上几位" not in answer.text and "Of the experts above only" not in answer.text, answer.text
        assert "合肥丁" in answer.text and "合肥甲" in answer.text, answer.text  # (the undated one said so)
        assert "合肥甲最年轻" in answer.text or "合肥甲 is the youngest" in answer.text, answer.text


def test_a_superlative_over_one_academy_after_a_graph_wide_one_is_counted_anew(life_answerer):
    answer, _ = _turns(life_answerer, "获奖最多的院士是谁？", "中国科学院院士里获奖最多的是谁？")
    assert "中国科学院院士共" in answer.text, answer.text
    assert "合肥丙" not in answer.text.split("\n")[0], answer.text  # (a CAE member, the first answer's)
