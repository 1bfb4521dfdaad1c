"""Matching mends from a blind realistic round (rt68, 2026-12-05): a company's background said before the problem
(我们是一家做低温鲜奶的乳企，另外也做酸奶和奶酪。…) was split off as a first problem, and a cryogenics physicist shown first
for 低温; 江浙沪的最好 was ignored; a problem word found only across a longer word's parts (生虫 in 寄生虫) was given as a
reason."""

from __future__ import annotations

import pytest

from retrieval.lexical import matched_terms
from retrieval.problem import sub_problems
from retrieval.requirements import in_provinces, read_requirements


@pytest.mark.parametrize("message", [
    "我们是一家做低温鲜奶的乳企，另外也做酸奶和奶酪。巴氏奶在保质期第5-6天就出现胀包和苦味，怀疑是耐冷菌，想找专家帮忙。",
    "我们是做工业视觉检测的创业公司，主要产品是锂电池极片缺陷检测，另外给3C厂做外观检测。现在的问题是缺陷样本太少，深度学习模型"
    "换到新产线上漏检率很高。",
])
def test_a_company_background_with_another_product_is_no_problem_of_its_own(message):
    assert sub_problems(message) == [message]


@pytest.mark.parametrize(("message", "parts"), [
    ("我们是做风电叶片的，叶片前缘腐蚀严重，另外叶片运维也很头疼", 2),
    ("数控机床精度保持不住，另外刀具磨损也很快", 2),
])
def test_a_second_matter_after_a_problem_is_still_one_of_its_own(message, parts):
    assert len(sub_problems(message)) == parts


def test_a_region_wished_for_after_the_request_is_read():
    for message in ("想找专家帮忙，江浙沪的最好。", "江浙沪的专家最好"):
        wanted = read_requirements(in_provinces(message))
        assert sorted((r.kind, r.text) for r in wanted) == [("place", "上海"), ("place", "江苏"), ("place", "浙江")]
    assert read_requirements(in_provinces("我们在江浙沪有三个工厂，电机过热")) == []


def test_a_word_found_only_across_a_longer_words_parts_is_no_match():
    assert matched_terms("粮仓发热生虫", "鱼类寄生虫") == []
    assert matched_terms("锂电池容量衰减", "动力电池") == ["电池"]  # a part jieba cuts out of 锂电池 still counts


def test_a_problem_said_in_more_detail_asking_for_someone_more_specialised_keeps_the_problem():
    from generation.conversation import Conversation, resolve

    talk = Conversation(problem="我们是船厂，一艘散货船主机运行时尾部振动很大，船员反映舱室噪声超标。")
    intent = resolve("问题其实是螺旋桨空泡引起的脉动压力，有没有更专门的？", talk)
    assert intent.kind == "problem" and intent.query.startswith("我们是船厂") and "螺旋桨空泡" in intent.query


def test_north_and_south_are_regions_and_a_wish_after_zuihao_is_read():
    wanted = read_requirements(in_provinces("种薯退化严重，想找专家，最好北方的，南方的太远了"))
    places = {r.text for r in wanted if r.kind == "place"}
    assert {"北京", "黑龙江", "甘肃", "山东"} <= places and not places & {"广东", "江苏", "四川"}
    assert read_requirements(in_provinces("南方水稻稻瘟病严重")) == []  # a place of the problem, not of the expert
