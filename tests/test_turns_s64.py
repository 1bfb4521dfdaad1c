"""Turns the fortieth session mended: a seat said won for a reason (是因为…当选工程院院士的吧？) is the seat asked, not
an award named after the reason; 非 inside a word (非典, 非洲) leaves no kind of expert out."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, the academies' seats with their years, bio)
PEOPLE = [
    ("钟五山", "广州医科大学", "呼吸病学", [{"name": "中国工程院院士", "year": 1996}],
     "呼吸病学学家。长期从事呼吸系统疾病的临床和研究。"),
    ("王五佐", "北京有色金属研究总院", "浮选药剂", [{"name": "中国科学院院士", "year": 1991},
                                          {"name": "中国工程院院士", "year": 1994}],
     "矿物加工专家。长期从事浮选药剂的分子设计研究。"),
    ("李五林", "中南大学", "浮选药剂", [{"name": "中国工程院院士", "year": 2001}],
     "矿物加工专家。长期从事浮选药剂研究。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    rows = [(name, place, direction, seats, bio) for name, place, direction, seats, bio in PEOPLE]
    with answerer_over(records_of("s64", "工程与材料科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s64")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "name"), [
    ("钟五山是因为抗击非典当选中国工程院院士的吧？", "钟五山"),
    ("钟五山是因为呼吸病研究当选工程院院士的吧？", "钟五山"),
    ("王五佐是因为浮选当选工程院院士的吧？", "王五佐"),
])
def test_a_seat_said_won_for_a_reason_is_the_seat_held_and_the_reason_unrecorded(people, turn, name):
    """钟南山是因为抗击非典当选工程院院士的吧？ listed three strangers and left the CAE out (非 of 非典 read as 不是); with
    another reason it said 不是 of the seat he holds (the reason was read into the award's name)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(f"知识图谱记录了{name}获得过您问到的奖项，但获奖记录不写获奖的项目或原因"), answer.text
    assert not any(other in answer.text for other, *_ in PEOPLE if other != name), answer.text


def test_non_inside_a_word_leaves_no_kind_out_and_a_kind_after_it_does(people):
    answer, _ = _turns(people, "我们在非洲的铜矿浮选回收率低，请推荐浮选药剂方面的院士")
    assert "王五佐" in answer.text and "李五林" in answer.text and "不再推荐" not in answer.text, answer.text
    answer, _ = _turns(people, "推荐做浮选药剂的专家，要非中科院的")
    assert "李五林" in answer.text and "王五佐" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["钟五山被誉为什么？", "钟五山被称为呼吸病学之父，对吧？", "浮选药剂之父是谁？",
                                  "谁被誉为中国的呼吸病学泰斗？", "Who is the father of flotation reagents in China?"])
def test_an_epithet_asked_is_said_unrecorded(people, turn):
    """杂交水稻之父是谁？ listed whoever shared a word; 袁隆平被称为杂交水稻之父，对吧？ showed his card with no word on the
    name (fortieth session): the graph records no epithets."""
    answer, _ = _turns(people, turn)
    assert "称号与美誉" in answer.text or "epithets or honorary nicknames" in answer.text, answer.text
    assert not answer.text.startswith(("是", "Yes")), answer.text


def test_a_thing_called_something_in_a_problem_is_no_epithet_asked(people):
    answer, _ = _turns(people, "浮选药剂被称为选矿的味精，我们的铜矿浮选回收率低，请推荐专家")
    assert "称号与美誉" not in answer.text and "李五林" in answer.text, answer.text


def test_a_second_person_asked_with_and_or_what_about_is_that_person(people):
    """"And Tsung-Dao Lee? Is he in the graph?" after a turn on 杨振宁 showed 杨振宁's card again (thirty-ninth session)."""
    answer, _ = _turns(people, "Tell me about Zhong Wushan", "And Tsung-Dao Lee? Is he in the graph?")
    assert "holds no one of the name you mention" in answer.text and "钟五山" not in answer.text, answer.text
    answer, _ = _turns(people, "Tell me about Zhong Wushan", "What about Li Wulin?")
    assert "李五林" in answer.text and "holds no one" not in answer.text, answer.text


def test_a_wade_giles_name_in_three_words_without_hyphens_is_found(people):
    """"Is Chen Ning Yang in the graph?" said no one of the name was held beside 杨振宁's card (Chen Ning was read alone)."""
    answer, _ = _turns(people, "Is Wu Shan Chung in the graph?")
    assert "钟五山" in answer.text and "holds no one" not in answer.text, answer.text


@pytest.mark.parametrize(("turn", "verdict"), [("他们中有在上海的吗？", "其中没有单位记录在上海的专家"),
                                               ("他们中有在北京的吗？", "单位在北京的：王五佐"),
                                               ("Are any of them based in Shanghai?", "None of them is placed in Shanghai"),
                                               ("Are any of them in Beijing?", "In Beijing: 王五佐")])
def test_whether_any_of_a_list_is_in_a_place_is_answered_for_the_list(people, turn, verdict):
    """"Are any of them based in Shanghai?" listed the cities with no word that none was there; 他们中有在上海的吗？ said
    不是 of each (rt128)."""
    answer, _ = _turns(people, "推荐做浮选药剂的专家", turn)
    assert verdict in answer.text, answer.text
    assert answer.text.count(verdict) == 1, answer.text
