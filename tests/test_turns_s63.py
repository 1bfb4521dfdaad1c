"""Turns the thirty-ninth session mended (rt124): an expert's record asked in a form (JSON, a table) is his alone and
in that form; an institution's academicians asked as a table or a list are all of its own and only those; the short
form in brackets after an English institution's name, and a list asked after the count."""

from __future__ import annotations

import json

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

TSINGHUA = "清华大学"
# (name, institution, the year of the CAE seat, awards beside the seat)
PEOPLE = [
    ("于四敏", "中国工程物理研究院", 1980, [{"name": "国家自然科学奖一等奖", "year": 1982},
                                    {"name": "国家科学技术进步奖特等奖", "year": 1985}]),
    ("钱四林", TSINGHUA, 1994, []),
    ("王四志", TSINGHUA, 1995, []),
    ("赵四平", TSINGHUA, 2009, [{"name": "国家技术发明奖二等奖", "year": 2003}]),
    ("孙四宁", "同济大学", 1999, []),
]
AT_TSINGHUA = [name for name, place, _, _ in PEOPLE if place == TSINGHUA]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    """A few academicians, three of one university."""
    rows = [(name, place, "结构工程", [{"name": "中国工程院院士", "year": seat}, *awards],
             "专家 1930年生于江苏。长期从事结构工程研究。") for name, place, seat, awards in PEOPLE]
    with answerer_over(records_of("s63", "工程与材料科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s63")) as answerer:
        yield answerer


@pytest.mark.parametrize("turn", ["于四敏的所有获奖以JSON输出",
                                  "以JSON输出：于四敏的所有获奖（名称、年份、等级），不要遗漏简介里提到的奖",
                                  "List the awards of Yu Simin with name and year as JSON."])
def test_one_experts_awards_asked_as_json_are_his_alone_as_json(people, turn):
    """以JSON输出：于敏的所有获奖… listed three strangers as JSON (于 at the start was read as no name, and the request's
    words as a problem); 不要遗漏简介里提到的奖 was read as asking whether the biography writes 「的奖」; "… with name and
    year as JSON" appended two strangers (rt124)."""
    answer, _ = _turns(people, turn)
    records = json.loads(answer.text[answer.text.index("["):answer.text.rindex("]") + 1])
    assert [r["name"] for r in records] == ["于四敏"], answer.text
    assert any("国家自然科学奖一等奖" in a for a in records[0]["awards"]), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_one_experts_record_in_a_table_and_a_statement_about_him(people):
    """用表格列出于敏的所有获奖: a table of his record; a bare statement about him is still checked as a claim."""
    answer, _ = _turns(people, "用表格列出于四敏的所有获奖")
    assert answer.text.startswith("| 姓名 |") and "于四敏" in answer.text and "钱四林" not in answer.text, answer.text
    answer, _ = _turns(people, "于四敏获得过国家自然科学奖一等奖。")  # a statement, not a request: confirmed
    assert answer.text.startswith("是"), answer.text


@pytest.mark.parametrize("turn", ["列一个表格：清华大学的院士，包括姓名、当选年份", "用表格列出清华大学的院士",
                                  "给我一份清华大学院士名单的表格，包含姓名、当选年份", "清华大学的院士名单",
                                  "列出清华大学的全部院士名单，并统计其中中科院院士和工程院院士各几位"])
def test_an_institutions_academicians_asked_as_a_table_or_list_are_its_own(people, turn):
    """列一个表格：北京理工大学的院士，包括… tabled three strangers and then said none was from there (rt124): the
    institution's count, and all of its own, in a table where one is asked."""
    answer, _ = _turns(people, turn)
    assert f"清华大学的院士共{len(AT_TSINGHUA)}位" in answer.text, answer.text
    assert all(name in answer.text for name in AT_TSINGHUA) and "孙四宁" not in answer.text, answer.text
    assert ("| 姓名 |" in answer.text) == ("表" in turn), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_an_english_count_with_a_short_form_and_a_list_asked_after_it(people):
    """"How many academicians at Beijing Institute of Technology (BIT) are in your graph? List them with their election
    year." counted the whole graph (rt124)."""
    answer, _ = _turns(people, "How many academicians at Tsinghua University (THU) are in your graph? "
                               "List them with their election year.")
    assert f"holds {len(AT_TSINGHUA)} academicians at 清华大学" in answer.text, answer.text
    assert all(name in answer.text for name in AT_TSINGHUA), answer.text
